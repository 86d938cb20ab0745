import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport, renderReport, TemplateCatalog, writeDocx } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO } from './lsp-client.js';

interface Imported {
  yaml: string;
  templateId: string;
  warnings: string[];
  notes: string[];
}

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

const base64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

describe('fazhi/import', () => {
  it('is announced beside the render requests', () => {
    const experimental = (client.initializeResult as { capabilities: { experimental: Record<string, unknown> } }).capabilities.experimental;
    expect(experimental).toMatchObject({ fazhiImport: true, fazhiRender: true });
  });

  it('turns a published report (text) into a data file in its jurisdiction’s format', async () => {
    const seed = readFileSync(join(REPO, 'examples/seeds/wanyuan-2023.txt'), 'utf8');
    const result = await client.request<Imported>('fazhi/import', { fileName: 'wanyuan-2023.txt', data: base64(seed) });
    expect(result.templateId).toBe('wanyuan-county-city');
    const data = parse(result.yaml) as { template: string; year: number; jurisdiction: { name: string } };
    expect(data).toMatchObject({ template: 'wanyuan-county-city', year: 2023, jurisdiction: { name: '万源市' } });
    expect(result.yaml).toContain('动态调整充实由市长任组长');
  });

  it('reads a Word file: a report rendered to .docx comes back with its text', async () => {
    const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [join(REPO, 'templates')], cwd: REPO }));
    const rendered = renderReport(parseReport(readFileSync(join(REPO, 'templates/national/example.yaml'), 'utf8')), catalog);
    const docx = await writeDocx(rendered.document!);
    const result = await client.request<Imported>('fazhi/import', { fileName: '示例县.docx', data: base64(docx), template: 'national' });
    expect(result.templateId).toBe('national');
    expect(result.yaml).toContain('强化组织领导');
  });

  it('refuses a file that is not a report, saying why', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    await expect(client.request('fazhi/import', { fileName: 'scan.txt', data: base64(png) })).rejects.toThrow(/scan\.txt：这不是文本文件/);
    await expect(client.request('fazhi/import', { fileName: 'bad.pdf', data: base64('%PDF-1.4 garbage') })).rejects.toThrow(/bad\.pdf：无法读取这个 PDF/);
    await expect(client.request('fazhi/import', { fileName: 'broken.docx', data: base64('not a zip') })).rejects.toThrow(/broken\.docx：不是有效的 \.docx 文件/);
  });

  it('refuses a zip bomb dressed as a .docx before unzipping it, and a page nested 100,000 deep', async () => {
    const { docxBomb } = (await import(`${REPO}packages/cli/test/bad-input/generate.ts`)) as { docxBomb: () => Uint8Array };
    await expect(client.request('fazhi/import', { fileName: 'bomb.docx', data: base64(docxBomb()) })).rejects.toThrow(/bomb\.docx：解压后超过 64 MB/);
    const page = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
    await expect(client.request('fazhi/import', { fileName: 'deep.html', data: base64(page) })).rejects.toThrow(/deep\.html：网页的元素嵌套超过 256 层/);
    // And the server still answers, here with another refusal.
    await expect(client.request('fazhi/import', { fileName: 'broken.docx', data: base64('not a zip') })).rejects.toThrow(/broken\.docx：不是有效的 \.docx 文件/);
  }, 120_000);

  it('names a misspelt template and suggests the right one', async () => {
    await expect(client.request('fazhi/import', { fileName: 'a.txt', data: base64('报告'), template: 'natinal' })).rejects.toThrow(/natinal.*national/);
  });
});
