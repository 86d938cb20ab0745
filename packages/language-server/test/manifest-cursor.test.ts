import { describe, expect, it } from 'vitest';
import { arrayLines } from '../src/cursor/block-path.js';
import { manifestCursor } from '../src/manifest/manifest-cursor.js';
import { withCursor } from './lsp-client.js';

/** The cursor context of a marked fixture, with the text its range covers. */
function at(marked: string) {
  const { text, position } = withCursor(marked);
  const lines = text.split('\n');
  const cursor = manifestCursor(arrayLines(lines), position.line, position.character);
  return cursor && { ...cursor, covers: (lines[position.line] ?? '').slice(cursor.from, cursor.to) };
}

describe('what is typed at the cursor of a template.yaml', () => {
  it('block style: keys at their depth, values after the colon, list items', () => {
    expect(at('id: t\nnumbering:\n  item:\n    lay|')).toMatchObject({ mode: 'key', path: ['numbering', 'item'], covers: 'lay' });
    expect(at('numbering:\n  item:\n    layout: own|-line  # 单独成行')).toMatchObject({ mode: 'value', path: ['numbering', 'item', 'layout'], covers: 'own-line' });
    expect(at('requires:\n  - recipient\n  - sig|')).toMatchObject({ mode: 'key', path: ['requires', 1], covers: 'sig' });
  });

  it('flow style: list items by index, mapping keys and values, as far as the cursor', () => {
    expect(at('order: [measures, pl|ans]')).toMatchObject({ mode: 'value', path: ['order', 1], covers: 'plans' });
    expect(at('numbering:\n  point: { style: 1., lay|')).toMatchObject({ mode: 'key', path: ['numbering', 'point'], covers: 'lay' });
    expect(at('numbering:\n  point: { style: 1., layout: |, continuous: true }')).toMatchObject({ mode: 'value', path: ['numbering', 'point', 'layout'], covers: '' });
    expect(at("parts:\n  plans: { numbering: { item: { style: '（一）', layout: r| } } }")).toMatchObject({ mode: 'value', path: ['parts', 'plans', 'numbering', 'item', 'layout'], covers: 'r' });
  });

  it('a label value: the name inside an unclosed ${', () => {
    expect(at('labels:\n  plans: ${next|}年工作打算')).toMatchObject({ mode: 'variable', path: ['labels', 'plans'], covers: 'next' });
    expect(at('labels:\n  plans: ${year}年|')).toMatchObject({ mode: 'value', path: ['labels', 'plans'] });
  });

  it('nothing in a comment', () => {
    expect(at('# order: [mea|')).toBeUndefined();
    expect(at('order: [measures]  # pl|')).toBeUndefined();
  });
});
