import { describe, expect, test } from 'vitest';
import { countCharacters, looksLikeReport, templateIdOf } from '../src/report-text.js';

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
});
