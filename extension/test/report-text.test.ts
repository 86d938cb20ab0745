import { describe, expect, test } from 'vitest';
import { countCharacters, looksLikeReport, shortPackName, templateIdOf } from '../src/report-text.js';

describe('which YAML files are reports', () => {
  test('a top-level template key with a pack id makes a report', () => {
    expect(templateIdOf('year: 2023\ntemplate: haian-dev-zone  # 海安\n')).toBe('haian-dev-zone');
    expect(templateIdOf("template: 'national'\n")).toBe('national');
  });

  test('as the language server decides: a mistyped or erased id keeps the file a report', () => {
    expect(looksLikeReport('template: nationl\n')).toBe(true);
    expect(looksLikeReport('template:\nyear: 2023\njurisdiction:\n  name: 万源市\n')).toBe(true);
  });

  test('other YAML is left alone: CI workflows, nested or empty template keys', () => {
    expect(looksLikeReport('on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n')).toBe(false);
    expect(looksLikeReport('spec:\n  template:\n    metadata: {}\n')).toBe(false);
    expect(looksLikeReport('template:\n')).toBe(false);
  });
});

describe('character count of the rendered report', () => {
  test('counts text without markup, whitespace or the head', () => {
    const html = '<html><head><title>不计</title><style>p{}</style></head><body><main>\n<h1 data-block="0">标题</h1>\n<p>一是&amp;好。</p></main></body></html>';
    expect(countCharacters(html)).toBe('标题一是&好。'.length);
  });

  test('a character outside the Basic Multilingual Plane is one character (a rare name: 𠀾, two UTF-16 units)', () => {
    expect(countCharacters('<p>张𠀾同志 𠀾𠀾</p>')).toBe(6);
    // A lone surrogate (a broken paste) still counts, once.
    expect(countCharacters('<p>甲\uD840乙\uDC3E</p>')).toBe(4);
  });
});

describe('a pack named as a writer reads it', () => {
  test('the name without its parenthesised gloss', () => {
    expect(shortPackName('海安高新区格式（江苏开发区）')).toBe('海安高新区格式');
    expect(shortPackName('全国通用格式')).toBe('全国通用格式');
    expect(shortPackName('（无名）')).toBe('（无名）');
  });
});
