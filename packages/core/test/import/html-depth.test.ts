import { describe, expect, it } from 'vitest';
import { readPublishedReport, UnreadableFileError } from '../../src/index.js';
import { MAX_HTML_DEPTH } from '../../src/import/html-paragraphs.js';

/** A saved page that nests without end is refused at once, with a message; real nesting reads as before. */
const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}依法行政${'</div>'.repeat(n)}</body></html>`;
const page = (html: string) => readPublishedReport(new TextEncoder().encode(html), 'page.html', 'zh');

describe('HTML nesting', () => {
  it('refuses 100,000 nested <div> quickly, naming the file and the limit', async () => {
    const start = performance.now();
    await expect(page(nested(100_000))).rejects.toThrow(UnreadableFileError);
    await expect(page(nested(100_000))).rejects.toThrow(/page\.html：网页的元素嵌套超过 256 层/);
    // Refused at the 257th level: the rest is never parsed (before: 13 s).
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('counts unclosed elements too (100,000 <span> never closed)', async () => {
    await expect(page(`<p>${'<span>x'.repeat(100_000)}</p>`)).rejects.toThrow(UnreadableFileError);
  });

  it('reads a page nested just within the limit, and void elements do not count', async () => {
    const html = `<html><body>${'<div>'.repeat(MAX_HTML_DEPTH - 3)}依法行政${'<br>'.repeat(1000)}${'</div>'.repeat(MAX_HTML_DEPTH - 3)}</body></html>`;
    expect((await page(html)).text).toBe('依法行政');
  });
});
