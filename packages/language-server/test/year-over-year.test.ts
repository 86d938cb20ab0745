import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Hover } from 'vscode-languageserver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO } from './lsp-client.js';

const FIXTURES = join(REPO, 'packages/core/test/years/fixtures');

describe('last year in the editor (real server over JSON-RPC)', () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  let text: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fazhi-lsp-years-'));
    copyFileSync(join(FIXTURES, 'tanggu-2023.yaml'), join(dir, 'tanggu-2023.yaml'));
    text = readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8')
      .replace('binhai_services: 2725', 'binhai_services: 240')
      .replace('        - 每个社区的法律服务驿站均已建成，律师按排班表驻点，为居民提供法律咨询。', '        - 街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。');
    uri = pathToFileURL(join(dir, 'tanggu-2024.yaml')).href;
    client = await LspClient.start({ rootPath: dir });
    await client.open(uri, text);
  });
  afterAll(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the year-over-year findings once last year is found, each pointing into last year’s file', async () => {
    const published = await client.waitDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'recycled-text'));
    const codes = published.diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(['figure-jump', 'recycled-share', 'recycled-text']);
    const recycled = published.diagnostics.find((d) => d.code === 'recycled-text')!;
    expect(recycled.range.start).toEqual({ line: 25, character: 10 });
    expect(recycled.relatedInformation?.[0]?.location).toEqual({
      uri: pathToFileURL(join(dir, 'tanggu-2023.yaml')).href,
      range: { start: { line: 20, character: 10 }, end: { line: 20, character: 49 } },
    });
    const jump = published.diagnostics.find((d) => d.code === 'figure-jump')!;
    expect(jump.relatedInformation?.[0]?.location.range.start).toEqual({ line: 11, character: 19 });
  });

  it('hover on a figure shows last year’s value, in stats and in prose', async () => {
    await client.waitDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'recycled-text'));
    const onStats = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 12, character: 4 } });
    expect(JSON.stringify(onStats.contents)).toContain('去年：**2400**（今年 -90%）');
    const line = text.split('\n').findIndex((l) => l.includes('${binhai_services}'));
    const character = (text.split('\n')[line] as string).indexOf('${binhai_services}') + 3;
    const inProse = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line, character } });
    expect(JSON.stringify(inProse.contents)).toContain('去年：**2400**');
  });

  it('a code lens with the recycled share, and fazhi/compare returns the comparison page', async () => {
    await client.waitDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'recycled-text'));
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0]?.command?.command).toBe('fazhi.compareWithLastYear');
    expect(lenses[0]?.command?.title).toMatch(/照搬 1\d% · 安排无下文 0 · 数字突变 1/);
    const page = await client.request<{ html: string; previous: string }>('fazhi/compare', { uri });
    expect(page.html).toContain('街道把法律明白人编入社区网格');
    expect(page.previous).toBe(pathToFileURL(join(dir, 'tanggu-2023.yaml')).href);
  });

  it('the jump factor is a setting (fazhi.jumpFactor): 2400 → 240 is no jump at 20, and is again at 10', async () => {
    await client.waitDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'figure-jump'));
    const codes = (p: { diagnostics: Array<{ code?: string | number }> }) => p.diagnostics.map((d) => d.code).sort();
    const mark = client.published(uri).length;
    const after = (match: (p: { diagnostics: Array<{ code?: string | number }> }) => boolean) => client.waitDiagnostics(uri, (p) => client.published(uri).indexOf(p) >= mark && match(p));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fazhi: { jumpFactor: 20 } } });
    expect(codes(await after((p) => !p.diagnostics.some((d) => d.code === 'figure-jump')))).toEqual(['recycled-share', 'recycled-text']);
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    expect(lenses[0]?.command?.title).toMatch(/数字突变 0/);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { fazhi: { jumpFactor: 10 } } });
    expect(codes(await after((p) => p.diagnostics.some((d) => d.code === 'figure-jump')))).toEqual(['figure-jump', 'recycled-share', 'recycled-text']);
  });

  it('an edit that removes the copied passage clears its finding (the rule runs on the whole report)', async () => {
    const version = await client.change(uri, text.replace('街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。', '每个社区的法律服务驿站均已建成，律师按排班表驻点。'));
    const published = await client.waitDiagnostics(uri, (p) => p.version === version);
    expect(published.diagnostics.map((d) => d.code)).toEqual(['figure-jump']);
  });
});
