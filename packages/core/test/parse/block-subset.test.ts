import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readBlockSubset } from '../../src/parse/block-subset/read-block-subset.js';
import { typedTagOf, typedTagsOf } from '../../src/parse/block-subset/typed-tags.js';
import { YAML_OPTIONS } from '../../src/parse/parse-report.js';
import { editedValid, mutated, reportLike } from '../hardening/fuzz-arbitraries.js';
import { blockLines } from './block-subset-arbitraries.js';

/**
 * The fast path is only allowed to answer when it answers exactly as yaml does: same node classes, values,
 * scalar types and formats, same ranges, and never for a text yaml finds an error or a warning in.
 */
const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 300);
const read = (text: string) => readBlockSubset(text, { yaml: YAML_OPTIONS, maxDepth: 32 });

/** Every difference between two node trees, as path: what. Comments are left out (the fast path skips them). */
function differences(a: unknown, b: unknown, path = '$', out: string[] = []): string[] {
  if (out.length > 5) return out;
  const kind = (n: unknown) => (n === null ? 'null' : isScalar(n) ? 'Scalar' : isMap(n) ? 'Map' : isSeq(n) ? 'Seq' : isPair(n) ? 'Pair' : typeof n);
  if (kind(a) !== kind(b)) return [...out, `${path}: ${kind(a)} vs ${kind(b)}`];
  if (isPair(a) && isPair(b)) {
    differences(a.key, b.key, `${path}.key`, out);
    differences(a.value, b.value, `${path}.value`, out);
    return out;
  }
  if (!isScalar(a) && !isMap(a) && !isSeq(a)) return out;
  const n = b as typeof a;
  if (JSON.stringify(a.range) !== JSON.stringify(n.range)) out.push(`${path}: range ${JSON.stringify(a.range)} vs ${JSON.stringify(n.range)}`);
  if (isScalar(a) && isScalar(n)) {
    for (const prop of ['value', 'source', 'type', 'format', 'minFractionDigits', 'tag'] as const) {
      if (!Object.is(a[prop], n[prop])) out.push(`${path}: ${prop} ${JSON.stringify(a[prop])} vs ${JSON.stringify(n[prop])}`);
    }
    return out;
  }
  const items = (a as { items: unknown[] }).items;
  const other = (n as { items: unknown[] }).items;
  if (items.length !== other.length) return [...out, `${path}: ${items.length} vs ${other.length} items`];
  items.forEach((item, i) => differences(item, other[i], `${path}[${i}]`, out));
  return out;
}

/** The property every test checks: no answer, or yaml's answer. Returns whether the fast path answered. */
function agreesWithYaml(text: string): boolean {
  const reading = read(text);
  if (!reading) return false;
  const fast = reading.doc;
  const reference = parseDocument(text, YAML_OPTIONS);
  expect(reference.errors.map((e) => e.message), 'the fast path accepted a text yaml rejects').toEqual([]);
  expect(reference.warnings.map((e) => e.message), 'the fast path accepted a text yaml warns about').toEqual([]);
  expect(differences(fast.contents, reference.contents), JSON.stringify(text)).toEqual([]);
  expect(fast.range).toEqual(reference.range);
  // The data built alongside is what yaml's toJS makes (own properties and all: `__proto__` is a key).
  // (toEqual and JSON rather than toStrictEqual, which compares `.constructor`: a key here, so never identical.)
  expect(reading.data).toEqual(reference.toJS());
  expect(JSON.stringify(reading.data)).toBe(JSON.stringify(reference.toJS())); // own keys, in order
  expect(fast.toJS()).toEqual(reference.toJS());
  return true;
}

const repo = join(__dirname, '../../../..');
const yamlFiles = [
  ...readdirSync(join(repo, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(repo, 'examples', f)),
  ...readdirSync(join(repo, 'templates'))
    .map((d) => join(repo, 'templates', d, 'example.yaml'))
    .filter((f) => {
      try {
        readFileSync(f);
        return true;
      } catch {
        return false;
      }
    }),
];

describe('the block-subset fast path', () => {
  it.each(yamlFiles.map((f) => [f.slice(repo.length + 1), f]))('reads %s exactly as yaml does', (_name, file) => {
    // The examples are what writers' files look like: they must take the fast path, or it buys nothing. A table's
    // rows are lists of lists (`- - 行政复议`), outside the block subset today: such a file may take yaml's path.
    const text = readFileSync(file, 'utf8');
    if (/^\s*- - /m.test(text)) agreesWithYaml(text);
    else expect(agreesWithYaml(text)).toBe(true);
  });

  it.each([
    ['values of every plain type', 'a: 1\nb: -2\nc: 98.50\nd: true\ne: ~\nf: null\ng: text\nh: 2024-03-19\ni: 1e3\nj: 0x1f\nk: .inf\n'],
    ['empty values, and comments after values', 'a:\nb:\nc:\n  - \n  -\n  - d\ne: v # trailing\nf: "q"  # c\n'],
    ['lists aligned with their key and compact maps', 'a:\n- x: 1\n  y:\n  - p\n  - q\n  z: 2\n- plain\nb: c\n'],
    ['quoted scalars', 'a: "q: # not a comment"\nb: \'it\'\'s\'  # c\nc: "" \nd: \'\'\n'],
    ['block scalars with each chomping', 'a: |\n  l1\n\n  l2\n   more\nb: >-\n  f1\n  f2\n\n\n  f3\n\nc: |+\n  k\n\n\nd: >\n  x\ne: 1\n'],
    ['block scalar at the end of the text without a line break', 'a:\n  - >-\n    last line'],
    ['comments at any indentation, blank lines with spaces', '# head\n\na: 1\n      # deep comment\n  \nb:\n  # inner\n  c: 2\n# tail\n'],
    ['a list at the top', '- a\n- b: 1\n  c: 2\n-\n  d: 3\n'],
    ['an indented root', '  a: 1\n  b: 2\n'],
    ['keys an object already has', '__proto__: x\nconstructor:\n  toString: 1\nhasOwnProperty: y\n'],
    ['keys with spaces, CJK and colons inside', '标题 一: 值：内容\nurl: http://x.y/z\na:b: c\n'],
    // Only ASCII spellings are typed (typed-tags.ts skips the patterns for a value that starts otherwise).
    ['typed-looking values after a non-ASCII first character', 'a: １２\nb: ～\nc: 　1\nd: ¹2\ne: ０x1f\nf: ．inf\ng: Ｔrue\nh: 中1\n'],
    ['maps with one, two and many keys, lists of each, nested', 'a:\n  b: 1\nc:\n  - x: 1\n    y: 2\n  - z: 3\n  - w\nd:\n  e:\n    f: 1\n    g:\n      - 1\n      - 2\n'],
    ['repeated keys in sibling maps (one string per key)', 'l:\n  - title: 甲\n    text: 乙\n  - title: 丙\n    text: 丁\n'],
  ])('agrees with yaml on %s', (_name, text) => {
    agreesWithYaml(text);
  });

  it.each([
    ['flow collections', 'a: [1, 2]\n'],
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['a multi-line plain scalar', 'a: one\n  two\n'],
    ['a multi-line quoted scalar', 'a: "one\n  two"\n'],
    ['escapes', 'a: "\\u4e00"\n'],
    ['tabs', 'a:\t1\n'],
    ['CR line ends', 'a: 1\r\nb: 2\r\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a full-width colon (an input-method slip)', 'a：1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a value on the key line and below', 'a: 1\n  b: 2\n'],
    ['a list item among keys', 'a: 1\n- b\n'],
    ['a comment ending a list aligned with its key (yaml stretches the list over it)', 'a:\n  b:\n  - x\n  # c\n  d: 1\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a numeric key', '1: a\n'],
    ['an empty document', '# only a comment\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(read(text)).toBeUndefined();
  });

  it('types a plain scalar only when it starts with an ASCII character, as every typed tag requires', () => {
    // What lets typedTagOf skip the patterns for a value starting otherwise: each pattern is anchored, and its
    // first position admits only ASCII (no `.`, negated or Unicode classes, or escapes of non-ASCII characters).
    const doc = read('a: 1\n')?.doc;
    const tags = typedTagsOf(doc as NonNullable<typeof doc>);
    expect(tags.length).toBeGreaterThan(5);
    for (const tag of tags) {
      const source = (tag.test as RegExp).source.replace(/\\\./g, '');
      expect(source.startsWith('^'), source).toBe(true);
      expect(/\.|\[\^|\\[SWDPpux]/.test(source), source).toBe(false);
      expect(/[^\x00-\x7f]/.test(source), source).toBe(false);
    }
    for (const typed of ['1', '-2', '98.50', 'true', 'False', '~', 'null', '1e3', '0x1f', '0o7', '.inf', '.NaN']) {
      expect(typedTagOf(tags, typed), typed).toBeDefined();
      for (const lead of ['中', '１', '\u00a0', '\u3000']) expect(typedTagOf(tags, lead + typed)).toBeUndefined();
    }
    expect(typedTagOf(tags, '')).toBeDefined(); // an empty value is null
  });

  it('agrees with yaml on generated block-style lines (or leaves them to it)', () => {
    let answered = 0;
    fc.assert(
      fc.property(blockLines, (text) => {
        if (agreesWithYaml(text)) answered++;
      }),
      { numRuns: RUNS },
    );
    // The generator must reach the fast path often enough for the comparison to mean something.
    expect(answered).toBeGreaterThan(RUNS / 5);
  }, 120_000);

  it('agrees with yaml on report-shaped YAML, edited or not', () => {
    fc.assert(
      fc.property(fc.oneof(reportLike, mutated(reportLike), editedValid), (text) => {
        agreesWithYaml(text);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
