import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanFigureReferences, type FigureReference, type MalformedReference } from '../../src/figures/references.js';

const NAME = /^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*(?:\.[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_\u4e00-\u9fff]*)*$/;

/** The reading the scanner must reproduce: the one regex it replaced, match by match. */
function byRegex(value: string): { refs: FigureReference[]; malformed: MalformedReference[] } {
  const refs: FigureReference[] = [];
  const malformed: MalformedReference[] = [];
  for (const m of value.matchAll(/([$￥])([{｛])([^}｝\n]*)([}｝]?)/g)) {
    const [whole, dollar, open, inner = '', close] = m;
    const start = m.index;
    const end = start + whole.length;
    const name = inner.trim();
    if (dollar === '$' && open === '{' && close === '}' && NAME.test(name)) refs.push({ start, end, name });
    else if (close && NAME.test(name)) malformed.push({ start, end, replacement: `\${${name}}` });
    else if (dollar === '$' || open === '｛') malformed.push({ start, end });
  }
  return { refs, malformed };
}

describe('scanFigureReferences', () => {
  it.each([
    ['canonical references', '学法${study}次，复议${reconsideration.received}件'],
    ['input-method spellings', '￥｛study｝次，$｛a｝、￥{b}、${c｝'],
    ['unclosed and empty ones', '${ 、${}、${a b}、$${x}、${x\n}、￥{'],
    ['a reference at the very end, unclosed', '共${study'],
    ['no reference at all', '全年开展执法检查，{没有}美元符号'],
  ])('reads %s as the regex does', (_name, value) => {
    expect(scanFigureReferences(value)).toEqual(byRegex(value));
  });

  it('reads any mix of the characters that matter as the regex does', () => {
    const pieces = fc.constantFrom('$', '￥', '{', '｛', '}', '｝', '\n', ' ', 'a', '_', '.', '1', '学', '次', '$$', '${', '￥｛');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')), (value) => {
        expect(scanFigureReferences(value)).toEqual(byRegex(value));
      }),
      { numRuns: 2000 },
    );
  });
});
