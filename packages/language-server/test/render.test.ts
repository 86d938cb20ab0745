import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO, uriFor } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

const EXAMPLE = readFileSync(join(REPO, 'templates/national/example.yaml'), 'utf8');

interface Rendered {
  html: string;
  blocks: Array<{ index: number; range?: { start: { line: number }; end: { line: number } } }>;
}

interface Paged {
  html?: string;
  version: number;
  page: { lang: string; style: string; blocks: string[] };
}

describe('fazhi/render', () => {
  it('returns preview HTML and maps each block back to its YAML', async () => {
    const uri = uriFor('r.yaml');
    await client.open(uri, EXAMPLE);
    const result = await client.request<Rendered>('fazhi/render', { uri });
    expect(result.html).toContain('data-block="0"');
    expect(result.html).toContain('示例县2023年度法治政府建设情况报告');
    expect(result.blocks.length).toBeGreaterThan(5);
    // The block that prints 强化组织领导 comes from the line that says it.
    const lines = EXAMPLE.split('\n');
    const line = lines.findIndex((l) => l.includes('强化组织领导'));
    const index = [...result.html.matchAll(/data-block="(\d+)"[^>]*>([^]*?)<\/(p|h\d|div)>/g)].find((m) => (m[2] ?? '').includes('强化组织领导'))?.[1];
    const block = result.blocks[Number(index)];
    expect(block?.range && block.range.start.line <= line && line <= block.range.end.line).toBe(true);
  });

  it('follows the edited text, not the file on disk', async () => {
    const uri = uriFor('s.yaml');
    await client.open(uri, EXAMPLE);
    await client.change(uri, EXAMPLE.replace('强化组织领导', '强化组织保障'));
    const result = await client.request<Rendered>('fazhi/render', { uri });
    expect(result.html).toContain('强化组织保障');
  });

  it('answers the page in pieces when asked: one element per block, the same blocks as the HTML', async () => {
    const uri = uriFor('p.yaml');
    await client.open(uri, EXAMPLE);
    const whole = await client.request<Rendered>('fazhi/render', { uri });
    const first = await client.request<Paged>('fazhi/render', { uri, page: true });
    const { page, html } = first;
    expect(html).toBeUndefined();
    expect(page.lang).toBe('zh-Hans');
    expect(whole.html).toContain(`<style>${page.style}</style>`);
    expect(whole.html).toContain(`<main class="report">\n${page.blocks.join('\n')}\n</main>`);
    page.blocks.forEach((b, i) => expect(b).toMatch(new RegExp(`^<(\\w+)[^>]* data-block="${i}"[^]*</\\1>$`)));

    // An edit inside one paragraph changes that block's text; the others differ at most in their source offsets and
    // their figures' (a figure's range is its `stats:` entry, after the edit).
    await client.change(uri, EXAMPLE.replace('强化组织领导', '强化组织领导工作'));
    const changed = await client.request<Paged>('fazhi/render', { uri, page: true });
    expect(changed.version).toBe(first.version + 1);
    const after = changed.page;
    const withoutSource = (b: string) => b.replace(/ data-(src|figure)-(start|end)="\d+"/g, '');
    const differing = after.blocks.flatMap((b, i) => (withoutSource(b) === withoutSource(page.blocks[i] ?? '') ? [] : [i]));
    expect(differing).toHaveLength(1);
    expect(after.blocks[differing[0] ?? -1]).toContain('强化组织领导工作');
  });

  it('sets each figure apart in the preview (name, stats entry); the HTML written to a file has the bare value', async () => {
    const uri = uriFor('figures.report.yaml');
    await client.open(uri, EXAMPLE);
    const result = await client.request<Rendered>('fazhi/render', { uri });
    const span = /<span class="fz-figure" data-figure="reconsideration\.received" data-figure-start="(\d+)" data-figure-end="(\d+)"[^>]*>35<\/span>/.exec(result.html);
    expect(span).not.toBeNull();
    expect(EXAMPLE.slice(Number(span![1]), Number(span![2]))).toBe('35');
    const outDir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-'));
    const { path } = await client.request<{ path: string }>('fazhi/renderToFile', { uri, format: 'html', outDir });
    const printed = readFileSync(path, 'utf8');
    expect(printed).toContain('办理行政复议案件35件');
    expect(printed).not.toContain('fz-figure');
  });

  it('answers an error naming the problem when the template is unknown', async () => {
    const uri = uriFor('t.report.yaml');
    await client.open(uri, EXAMPLE.replace('template: national', 'template: nowhere'));
    await expect(client.request('fazhi/render', { uri })).rejects.toThrow(/nowhere/);
  });
});

describe('fazhi/renderToFile', () => {
  it('writes txt, md and html into the folder asked for', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-'));
    const uri = uriFor('annual.report.yaml');
    await client.open(uri, EXAMPLE);
    for (const format of ['txt', 'md', 'html']) {
      const { path } = await client.request<{ path: string }>('fazhi/renderToFile', { uri, format, outDir });
      expect(path).toMatch(new RegExp(`annual\\.${format}$`));
      expect(readFileSync(path, 'utf8')).toContain('强化组织领导');
    }
    // Only the three outputs: no temporary file is left behind.
    expect(readdirSync(outDir).map((f) => f.replace(/^\d+-/, '')).sort()).toEqual(['annual.html', 'annual.md', 'annual.txt']);
  });

  it('writes a Word file that is a real .docx (a zip holding word/document.xml with the text)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-'));
    const uri = uriFor('word.report.yaml');
    await client.open(uri, EXAMPLE);
    const { path } = await client.request<{ path: string }>('fazhi/renderToFile', { uri, format: 'docx', outDir });
    expect(path).toMatch(/word\.docx$/);
    const files = unzipSync(readFileSync(path));
    expect(strFromU8(files['word/document.xml'] as Uint8Array)).toContain('强化组织领导');
  });

  it('refuses an unknown format', async () => {
    const uri = uriFor('u.yaml');
    await client.open(uri, EXAMPLE);
    await expect(client.request('fazhi/renderToFile', { uri, format: 'pdfx', outDir: tmpdir() })).rejects.toThrow(/pdfx/);
  });
});
