import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as protocol from '../src/protocol.js';
import { LspClient, REPO, uriFor } from './lsp-client.js';

/** Every RequestType the protocol module declares, by method. */
const declared = new Map(
  (Object.values(protocol) as unknown[])
    .filter((v): v is { method: string } => typeof v === 'object' && v !== null && typeof (v as { method?: unknown }).method === 'string')
    .map((t) => [t.method, t]),
);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

describe('the protocol module', () => {
  it('declares every custom method, and nothing else in server or extension names one', () => {
    expect([...declared.keys()].sort()).toEqual(['fazhi/compare', 'fazhi/import', 'fazhi/jurisdictionKind', 'fazhi/render', 'fazhi/renderPack', 'fazhi/renderToFile', 'fazhi/scaffold', 'fazhi/templates']);
    const protocolFile = join(REPO, 'packages/language-server/src/protocol.ts');
    const elsewhere = [...sources(join(REPO, 'packages/language-server/src')), ...sources(join(REPO, 'extension/src'))]
      .filter((file) => file !== protocolFile)
      .filter((file) => /['"]fazhi\/[A-Za-z]/.test(readFileSync(file, 'utf8')));
    expect(elsewhere, 'use the RequestType from @fazhi/language-server/protocol').toEqual([]);
  });

  it('builds to a module that imports nothing but the protocol library and its plain values (types are erased)', () => {
    const importsOf = (file: string) => {
      const built = readFileSync(join(REPO, 'packages/language-server/dist', file), 'utf8');
      return [...built.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    };
    expect(importsOf('protocol.js')).toEqual(['vscode-languageserver-protocol', './protocol-constants.js']);
    // What the extension's first bundle reads before the server starts: nothing else at all.
    expect(importsOf('protocol-constants.js')).toEqual([]);
  });
});

describe('the built server answers each declared request', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client.stop();
  });

  it('with the declared result types', async () => {
    const packs = await client.connection.sendRequest(protocol.TemplatesRequest);
    expect(packs.find((p) => p.id === 'national')?.suits.length).toBeGreaterThan(0);
    const { kind } = await client.connection.sendRequest(protocol.JurisdictionKindRequest, { name: '示例县' });
    expect(kind).toBe('county');
    const { text } = await client.connection.sendRequest(protocol.ScaffoldRequest, { template: 'national', year: 2025, jurisdiction: '示例县' });
    const uri = uriFor('protocol.report.yaml');
    await client.open(uri, text);
    const rendered = await client.connection.sendRequest(protocol.RenderRequest, { uri });
    expect(rendered.html).toContain('data-block');
    expect(Array.isArray(rendered.problems)).toBe(true);
  });

  it('every method is registered: a request the server cannot serve fails with its own error, never MethodNotFound', async () => {
    const unopened = uriFor('not-open.report.yaml');
    const params: Record<string, unknown> = {
      'fazhi/render': { uri: unopened },
      'fazhi/renderToFile': { uri: unopened, format: 'txt', outDir: '/proc/fazhi-nowhere' },
      'fazhi/import': { fileName: 'x.txt', data: Buffer.from('x').toString('base64'), template: 'no-such-pack' },
      'fazhi/scaffold': { template: 'no-such-pack', year: 2025, jurisdiction: '示例县' },
      'fazhi/compare': { uri: unopened },
      'fazhi/templates': undefined,
      'fazhi/jurisdictionKind': { name: '' },
      'fazhi/renderPack': { uri: unopened }, // a file of no pack: its own error
    };
    for (const method of declared.keys()) {
      const outcome = await client.connection.sendRequest(method, params[method]).then(
        () => 'answered',
        (error: unknown) => (error instanceof ResponseError ? error.code : String(error)),
      );
      expect(outcome, method).not.toBe(ErrorCodes.MethodNotFound);
      expect(outcome === 'answered' || outcome === 1, `${method}: ${String(outcome)}`).toBe(true);
    }
  });
});
