import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseReport, validateReport, TemplateCatalog } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

interface Pack {
  id: string;
  name: string;
  description: string;
  suits: string[];
  manifestUri?: string;
}

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

describe('fazhi/templates', () => {
  it('lists every pack the server uses, with its Chinese name and its manifest', async () => {
    const packs = await client.request<Pack[]>('fazhi/templates', {});
    const ids = packs.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['national', 'haian-dev-zone', 'ludu-street-office', 'wanyuan-county-city']));
    const national = packs.find((p) => p.id === 'national') as Pack;
    expect(national.name).toMatch(/[\u4e00-\u9fff]/);
    expect(national.description.length).toBeGreaterThan(5);
    expect(existsSync(fileURLToPath(national.manifestUri as string))).toBe(true);
    // A pack that extends another inherits what it suits.
    for (const pack of packs) expect(pack.suits.length).toBeGreaterThan(0);
  });
});

describe('fazhi/scaffold', () => {
  it("writes core's scaffold: it parses, names the pack, and the validator asks only for the placeholders and the signature", async () => {
    const { text } = await client.request<{ text: string }>('fazhi/scaffold', { template: 'haian-dev-zone', year: 2025, jurisdiction: '海安高新区', kind: 'development-zone' });
    const parsed = parseReport(text, { source: 'new.report.yaml' });
    expect(parsed.problems).toEqual([]);
    expect(parsed.data).toMatchObject({ template: 'haian-dev-zone', year: 2025, jurisdiction: { name: '海安高新区', kind: 'development-zone' } });
    const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()] }));
    const codes = new Set(validateReport(parsed, { templates: catalog, today: new Date('2026-03-01') }).map((d) => d.code));
    expect(codes.has('placeholder')).toBe(true);
    // The signature is written commented out, so the writer is reminded to sign.
    expect([...codes].filter((c) => /missing|schema|syntax|unknown/.test(c))).toEqual(['missing-signature']);
  });

  it('names a misspelt pack and suggests the right one', async () => {
    await expect(client.request('fazhi/scaffold', { template: 'natinal', year: 2025, jurisdiction: '示例县' })).rejects.toThrow(/natinal.*national/);
  });
});
