import { pathToFileURL } from 'node:url';
import type { Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO } from '../lsp-client.js';

/**
 * The hostile files of issue 12 open in the real server over JSON-RPC: the work per file is bounded (at most
 * 1,000 diagnostics published, then one that counts the rest) and the server stays responsive: a hover
 * answers within 100 ms while the file is open, after opening and after a keystroke. Before, 50,000 unknown
 * keys blocked a hover for 89 s and 5 MB of garbage sent 542,263 diagnostics in a 153 MB message.
 */
const MAX_PUBLISHED = 1000;
const HOVER_MS = 100;
const generate = `${REPO}packages/cli/test/bad-input/generate.ts`;
const { garbage, manyUnknownKeys } = (await import(pathToFileURL(generate).href)) as { garbage: () => string; manyUnknownKeys: (n: number) => string };

const HOSTILE: Array<[string, () => string]> = [
  ['5 MB of garbage after `template:`', () => garbage()],
  ['50,000 unknown keys', () => manyUnknownKeys(50_000)],
];

/** Median of five hovers on `template:`, in ms: the server answers from the analysis it already has. */
async function hoverMs(client: LspClient, uri: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    times.push(performance.now() - start);
    expect(hover).not.toBeNull();
  }
  return times.sort((a, b) => a - b)[2] as number;
}

function expectCapped(published: PublishDiagnosticsParams, hidden: boolean) {
  expect(published.diagnostics.length).toBeLessThanOrEqual(MAX_PUBLISHED + 1);
  const last = published.diagnostics[published.diagnostics.length - 1];
  if (hidden) {
    expect(published.diagnostics).toHaveLength(MAX_PUBLISHED + 1);
    expect(last?.code).toBe('more-diagnostics');
    expect(last?.message).toMatch(/还有 \d+ 条问题没有显示/);
  }
}

describe('hostile files in the language server', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client.stop();
  });

  it.each(HOSTILE)('%s: diagnostics capped, hover within 100 ms after opening and after a keystroke', async (name, make) => {
    const uri = pathToFileURL(`${REPO}scratch/hostile/${name.replace(/\W+/g, '-')}.yaml`).href;
    const text = make();
    await client.open(uri, text);
    expectCapped(await client.waitDiagnostics(uri, (p) => p.version === 1), name.startsWith('50,000'));
    expect(await hoverMs(client, uri)).toBeLessThanOrEqual(HOVER_MS);
    // A keystroke at the start of the last line: the next analysis is bounded too.
    const lastLine = text.split('\n').length - 2;
    await client.changeRange(uri, { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, 'x');
    expectCapped(await client.waitDiagnostics(uri, (p) => p.version === 2), name.startsWith('50,000'));
    expect(await hoverMs(client, uri)).toBeLessThanOrEqual(HOVER_MS);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }, 300_000);
});
