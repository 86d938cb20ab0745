import { describe, expect, test } from 'vitest';
import { DOCUMENT_SELECTOR, REPORT_LANGUAGE } from '../src/document-selector.js';

describe('the documents the language server receives', () => {
  const filters = DOCUMENT_SELECTOR.map((f) => (typeof f === 'string' ? { language: f } : f));

  test('report files in their mode and plain YAML, saved or not', () => {
    expect(filters).toEqual(expect.arrayContaining([{ scheme: 'file', language: REPORT_LANGUAGE }, { scheme: 'untitled', language: REPORT_LANGUAGE }, { scheme: 'file', language: 'yaml' }]));
  });

  test('a template.yaml whatever its mode, and no other file by name alone', () => {
    const byName = filters.filter((f) => 'pattern' in f && f.pattern !== undefined && !('language' in f && f.language));
    expect(byName).toEqual([{ scheme: 'file', pattern: '**/template.yaml' }]);
  });
});
