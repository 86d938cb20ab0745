import { reportSchema } from '@fazhi/schema';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { VALID } from '../helpers.js';

/** Every property name in the report schema: what a writer (or an importer) actually types as keys. */
export const REPORT_KEYS: string[] = (() => {
  const keys = new Set<string>();
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((p) => keys.add(p));
        walk(v);
      }
    }
  };
  walk(reportSchema);
  return [...keys].sort();
})();

const cjk = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
/** C1 controls and invisible format characters (bidi overrides and isolates, zero-width, separators): issue 12. */
const invisible = fc.oneof(fc.integer({ min: 0x80, max: 0x9f }).map((c) => String.fromCharCode(c)), fc.constantFrom(...'\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff'.split('')));
/** Characters that mean something to YAML, Handlebars, HTML, Markdown or the report's own syntax. */
const significant = fc.constantFrom(...':-?[]{},#&*!|>\'"%@`\t\n\r \\<>/${}　：，。“”（）【】\u00a0\ufeff\u2028'.split(''), '${', '{{', '}}', '---', '...', '<script>', '&amp;', '__proto__', 'constructor');

/** Any text: mostly CJK and YAML syntax, with lone surrogates, astral characters and controls mixed in. */
export const anyText = fc.string({
  unit: fc.oneof(
    { weight: 4, arbitrary: cjk },
    { weight: 4, arbitrary: significant },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: surrogate },
    { weight: 1, arbitrary: astral },
    { weight: 1, arbitrary: control },
    { weight: 1, arbitrary: invisible },
  ),
  maxLength: 400,
});

const prose = fc.oneof(
  anyText,
  fc.array(fc.oneof(cjk, fc.constantFrom('，', '。', '${cases.received}', '${year}', '一是', '（一）', '2023年', '<b>')), { maxLength: 30 }).map((a) => a.join('')),
);

/** A value tree whose keys come from the report schema: YAML that looks like a report, right or wrong. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    prose,
    fc.integer({ min: -5, max: 3000 }),
    fc.constantFrom(null, true, '2024-03-19', 'national', 'county-city', 2023),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...REPORT_KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;

export const reportLike = fc
  .record({ rest: fc.dictionary(fc.constantFrom(...REPORT_KEYS), value, { maxKeys: 8 }), template: fc.constantFrom('national', 'ludu-street-office', 'wanyuan-county-city', 'nope', '../x') })
  .map(({ rest, template }) => stringify({ template, year: 2023, ...rest }));

/** A text with a few edits: a character typed, a span deleted, a span duplicated. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), insert: fc.oneof(significant, cjk, anyText), kind: fc.constantFrom('insert', 'delete', 'duplicate') });
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 6 })).map(([text, edits]) =>
    edits.reduce((t, e) => {
      const at = t.length === 0 ? 0 : e.at % (t.length + 1);
      if (e.kind === 'insert') return t.slice(0, at) + e.insert + t.slice(at);
      if (e.kind === 'delete') return t.slice(0, at) + t.slice(at + e.length);
      return t.slice(0, at + e.length) + t.slice(at, at + e.length) + t.slice(at + e.length);
    }, text),
  );
}

/** The valid report with edits: most of it still renders, so the writers get exercised too. */
export const editedValid = mutated(fc.constant(VALID));
