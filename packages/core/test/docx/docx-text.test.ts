import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, renderReport, writeDocx, writeText, type ReportDocument } from '@fazhi/core';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { catalog, repoRoot } from '../helpers.js';
import { simplified, traditional } from './documents.js';
import { openDocx } from './open-docx.js';

/** The paragraphs Word shows, read back by mammoth; a title's line breaks are not paragraph breaks. */
async function wordParagraphs(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value
    .split('\n\n')
    .map((p) => p.replace(/\n/g, ''))
    .filter((p) => p !== '');
}

const textLines = (doc: ReportDocument) => writeText(doc).split('\n').filter((l) => l !== '');

const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const rendered = (file: string) => {
  const text = readFileSync(join(repoRoot, 'examples', file), 'utf8');
  const result = renderReport(parseReport(text, { source: file }), catalog);
  if (!result.document) throw new Error(`${file}: ${result.problems.map((p) => p.message).join('; ')}`);
  return result.document;
};

describe('docx text read back with mammoth is the txt output', () => {
  it.each([
    ['simplified', simplified],
    ['traditional', traditional],
  ])('hand-made %s document', async (_, doc) => {
    expect(await wordParagraphs(await writeDocx(doc))).toEqual(textLines(doc));
  });

  // Rendering loads OpenCC's dictionaries for the traditional example: seconds on a loaded machine.
  it.each(examples)('examples/%s', { timeout: 60_000 }, async (file) => {
    const doc = rendered(file);
    expect(await wordParagraphs(await writeDocx(doc))).toEqual(textLines(doc));
  });
});

describe('docx is always a file Word opens', () => {
  it('characters XML cannot carry are dropped, markup characters are escaped', async () => {
    const hostile: ReportDocument = {
      ...simplified,
      meta: { ...simplified.meta, title: 'A\u0001B' },
      blocks: [
        { kind: 'title', text: '标题\u0000\u0008\u000B\u000C含控制字符\uFFFE\uFFFF' },
        { kind: 'paragraph', role: 'body', runs: [{ text: '正文<w:p>&amp;\u001F\r\n\t半个代理对\uD800结束' }] },
        { kind: 'signature', organization: '机关\u0007', date: '2024年3月19日' },
      ],
    };
    const bytes = await writeDocx(hostile);
    const { parts } = openDocx(bytes);
    for (const [name, xml] of Object.entries(parts)) {
      if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
      // eslint-disable-next-line no-control-regex
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(await wordParagraphs(bytes)).toEqual(['标题含控制字符', '正文<w:p>&amp;半个代理对结束', '机关', '2024年3月19日']);
    expect(parts['docProps/core.xml']).toContain('<dc:title>AB</dc:title>');
  });

  it('an empty document is still a document', async () => {
    const bytes = await writeDocx({ ...simplified, blocks: [] });
    expect(Object.keys(openDocx(bytes).parts)).toContain('word/document.xml');
  });
});
