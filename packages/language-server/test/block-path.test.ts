import { describe, expect, it } from 'vitest';
import { arrayLines, blockPath, siblingKeys } from '../src/cursor/block-path.js';
import { withCursor } from './lsp-client.js';

const at = (marked: string) => {
  const { text, position } = withCursor(marked);
  const lines = arrayLines(text.split('\n'));
  return { path: blockPath(lines, position.line, position.character), keys: siblingKeys(lines, position.line, position.character) };
};

describe('blockPath (unit: the text-only reading completion relies on)', () => {
  it('finds the top level', () => {
    expect(at('template: national\n|\nyear: 2023\n')).toEqual({ path: [], keys: new Set(['template', 'year']) });
  });
  it('finds a nested mapping', () => {
    expect(at('jurisdiction:\n  name: 县\n  |\nyear: 1\n').path).toEqual(['jurisdiction']);
  });
  it('counts sequence items, compact or indented', () => {
    const doc = 'measures:\n  items:\n  - title: a\n    text: b\n  - title: c\n    |\n    points: []\n';
    expect(at(doc)).toEqual({ path: ['measures', 'items', 1], keys: new Set(['title', 'points']) });
    const indented = 'measures:\n  items:\n    - title: a\n    - title: c\n      points:\n        - title: x\n          |\n';
    expect(at(indented).path).toEqual(['measures', 'items', 1, 'points', 0]);
  });
  it('reads a key typed on a new dash line', () => {
    expect(at('plans:\n  points:\n    - title: a\n    - |\n').path).toEqual(['plans', 'points', 1]);
  });
});
