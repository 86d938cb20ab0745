import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('the preview goes before diagnostics (preview-first.ts)', () => {
  it('answers the render of an edit before publishing that edit’s diagnostics, and publishes them after', async () => {
    const uri = uriFor('preview-first.report.yaml');
    await client.open(uri, EXAMPLE);
    await client.waitDiagnostics(uri, (p) => p.version === 1);
    await client.request('fazhi/render', { uri, page: true }); // the preview follows the document from now on
    // The edit and the render request leave together, as the extension sends them; the diagnostics would run first.
    const version = await client.change(uri, EXAMPLE.replace('强化组织领导', '强化组织领导工作'));
    // Messages reach the client in the order the server wrote them, each handled before the next is read.
    const published = () => client.published(uri).some((p) => p.version === version);
    const rendered = await client.request<{ version: number }>('fazhi/render', { uri, page: true }).then((r) => ({ ...r, diagnosticsBefore: published() }));
    expect(rendered).toMatchObject({ version, diagnosticsBefore: false });
    // …and they follow.
    expect((await client.waitDiagnostics(uri, (p) => p.version === version)).version).toBe(version);
  });

  it('publishes an edit’s diagnostics when no render comes (the preview was closed)', async () => {
    const uri = uriFor('preview-closed.report.yaml');
    await client.open(uri, EXAMPLE);
    await client.request('fazhi/render', { uri, page: true });
    const version = await client.change(uri, EXAMPLE.replace('强化组织领导', '强化组织'));
    const published = await client.waitDiagnostics(uri, (p) => p.version === version);
    expect(published.version).toBe(version);
  });

  it('never answers a render older than the edits the server had', async () => {
    const uri = uriFor('preview-latest.report.yaml');
    await client.open(uri, EXAMPLE);
    await client.request('fazhi/render', { uri, page: true });
    let version = 1;
    for (const word of ['甲', '乙', '丙']) version = await client.change(uri, EXAMPLE.replace('强化组织领导', word));
    const result = await client.request<{ version: number; page: { blocks: string[] } }>('fazhi/render', { uri, page: true });
    expect(result.version).toBe(version);
    expect(result.page.blocks.join('')).toContain('丙');
  });
});
