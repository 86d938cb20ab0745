import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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
  newPack?: { id: string; yaml: string };
}

/** An invented report whose points are numbered ① ②: no shipped pack prints them, so one is inferred. */
const CIRCLED = `示例县2023年度法治政府建设情况报告
2023年，示例县全面推进法治政府建设。
一、主要举措和成效
（一）完善依法决策机制。县政府严格落实重大行政决策程序。
①开展合法性审查。全年审查规范性文件18件。
②发挥法律顾问作用。法律顾问列席县政府常务会议24次。
二、存在的不足和原因
（一）依法决策意识有待增强。个别单位对合法性审查重视不够。
①审查流于形式。部分文件送审时间过短。`;

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

  it('refuses a zip bomb dressed as a .docx before unzipping it, a PDF stream bomb, and a page nested 100,000 deep', async () => {
    const { docxBomb, docxBombBehindLyingHeaders, pdfBomb } = (await import(`${REPO}packages/cli/test/bad-input/generate.ts`)) as Record<string, () => Uint8Array>;
    await expect(client.request('fazhi/import', { fileName: 'bomb.docx', data: base64(docxBomb!()) })).rejects.toThrow(/bomb\.docx：解压后超过 64 MB/);
    await expect(client.request('fazhi/import', { fileName: 'bomb.pdf', data: base64(pdfBomb!()) })).rejects.toThrow(/bomb\.pdf：其中的压缩内容解压后超过 64 MB/);
    // Local headers that say 0 bytes: mammoth reads only the parts counted, so the 65 MB run is never inflated.
    await expect(client.request('fazhi/import', { fileName: 'liar.docx', data: base64(docxBombBehindLyingHeaders!()) })).rejects.toThrow(/liar\.docx：不是有效的 \.docx 文件/);
    const page = `<html><body>${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</body></html>`;
    await expect(client.request('fazhi/import', { fileName: 'deep.html', data: base64(page) })).rejects.toThrow(/deep\.html：网页的元素嵌套超过 256 层/);
    // And the server still answers, here with another refusal.
    await expect(client.request('fazhi/import', { fileName: 'broken.docx', data: base64('not a zip') })).rejects.toThrow(/broken\.docx：不是有效的 \.docx 文件/);
  }, 120_000);

  it('infers a pack when none prints the report as published, as fazhi import does; the data file beside it checks and renders', async () => {
    const result = await client.request<Imported>('fazhi/import', { fileName: '示例县2023.txt', data: base64(CIRCLED), packIdsInUse: ['imported-2023'] });
    // The id comes from the file name (its Latin letters and digits), past the pack folder already in use.
    expect(result.newPack?.id).toBe('imported-2023-2');
    expect(result.templateId).toBe('imported-2023-2');
    expect(parse(result.newPack?.yaml ?? '')).toMatchObject({ id: 'imported-2023-2', numbering: { item: { style: '（一）', layout: 'run-in' }, point: { style: '①', layout: 'paragraphs' } } });
    expect(parse(result.yaml)).toMatchObject({ template: 'imported-2023-2' });
    expect(result.warnings.join('\n')).toContain('已按原文推断出新模板“imported-2023-2”');

    // Written as 导入已有报告 writes them: the data file, and templates/<id>/ beside it, in a folder of its own.
    const dir = join(mkdtempSync(join(tmpdir(), 'fazhi-lsp-import-')), 'reports');
    mkdirSync(join(dir, 'templates', 'imported-2023-2'), { recursive: true });
    writeFileSync(join(dir, 'templates', 'imported-2023-2', 'template.yaml'), result.newPack?.yaml ?? '');
    writeFileSync(join(dir, '示例县2023.report.yaml'), result.yaml);
    const uri = pathToFileURL(join(dir, '示例县2023.report.yaml')).href;
    await client.open(uri, result.yaml);
    const published = await client.waitDiagnostics(uri);
    expect(published.diagnostics.filter((d) => d.severity === 1)).toEqual([]);
    const rendered = await client.request<{ html: string }>('fazhi/render', { uri });
    const text = rendered.html.replace(/<[^>]+>/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
    expect(text).toEqual(expect.arrayContaining(['①开展合法性审查。全年审查规范性文件18件。', '②发挥法律顾问作用。法律顾问列席县政府常务会议24次。']));
    // And completion of `template:` there offers it beside the shipped packs.
    const line = result.yaml.split('\n').findIndex((l) => l.startsWith('template:'));
    const completion = await client.request<{ items: Array<{ detail?: string }> } | Array<{ detail?: string }>>('textDocument/completion', { textDocument: { uri }, position: { line, character: 'template: '.length } });
    const items = Array.isArray(completion) ? completion : completion.items;
    expect(items.map((i) => i.detail)).toEqual(expect.arrayContaining(['imported-2023-2', 'national']));
  });

  it('infers nothing when asked not to, or when a pack is named', async () => {
    const off = await client.request<Imported>('fazhi/import', { fileName: 'a.txt', data: base64(CIRCLED), learnFormat: false });
    expect([off.newPack, off.templateId === 'national' || !off.templateId.startsWith('imported-')]).toEqual([undefined, true]);
    const named = await client.request<Imported>('fazhi/import', { fileName: 'a.txt', data: base64(CIRCLED), template: 'national' });
    expect([named.newPack, named.templateId]).toEqual([undefined, 'national']);
    await expect(client.request('fazhi/import', { fileName: 'a.txt', data: base64(CIRCLED), newTemplate: 'Bad Id' })).rejects.toThrow(/新模板的编号/);
  });

  it('names a misspelt template and suggests the right one', async () => {
    await expect(client.request('fazhi/import', { fileName: 'a.txt', data: base64('报告'), template: 'natinal' })).rejects.toThrow(/natinal.*national/);
  });
});
