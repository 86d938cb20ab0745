import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CompletionItem, CompletionList, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO } from '../lsp-client.js';

/**
 * The CLI's bad-input catalogue (packages/cli/test/bad-input) opened in the real server over JSON-RPC: each
 * case gets its diagnostics published (the same code at the same place `fazhi check` reports), and the server
 * still answers a completion request right after. Imported by path: the catalogue belongs to the CLI's tests.
 */
interface CatalogueCase {
  id: string;
  fixture?: string;
  generate?: () => string | Uint8Array;
  alsoChecks?: string[];
  check: { exit: number; code?: string; at?: string };
}
const BAD_INPUT = `${REPO}packages/cli/test/bad-input/`;
const { CASES } = (await import(pathToFileURL(`${BAD_INPUT}catalogue.ts`).href)) as { CASES: CatalogueCase[] };

/** The text an editor would hand the server: files are read as UTF-8 (the default), whatever they hold. */
function textOf(c: CatalogueCase): { text: string; sameAsCli: boolean } | undefined {
  if (c.generate) {
    const made = c.generate();
    return typeof made === 'string' ? { text: made, sameAsCli: true } : { text: new TextDecoder('utf-8').decode(made), sameAsCli: false };
  }
  const path = `${BAD_INPUT}fixtures/${c.fixture ?? c.id}.yaml`;
  return existsSync(path) ? { text: readFileSync(path, 'utf8'), sameAsCli: true } : undefined;
}

const at = (d: PublishDiagnosticsParams['diagnostics'][number]) => `${d.range.start.line + 1}:${d.range.start.character + 1}`;

describe('bad input in the language server', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start({ configuration: { files: ['**/*.yaml'], templatesFolder: 'packages/cli/test/bad-input/packs' } });
  });
  afterAll(async () => {
    await client.stop();
  });

  const cases = CASES.filter((c) => textOf(c) !== undefined);

  it.each(cases.map((c) => [c.id, c] as const))('%s: diagnostics published, then completion and hover answered (hover within 100 ms)', async (_id, c) => {
    const { text, sameAsCli } = textOf(c) as { text: string; sameAsCli: boolean };
    const uri = pathToFileURL(`${REPO}scratch/bad-input/${c.id}.yaml`).href;
    await client.open(uri, text);
    const published = await client.waitDiagnostics(uri, (p) => p.version === 1);
    const found = published.diagnostics.map((d) => `${String(d.code)}@${at(d)}`);
    if (sameAsCli && c.check.code) {
      // One implementation, two edges: the editor shows what `fazhi check` prints, at the same place.
      expect(found).toContain(`${c.check.code}@${c.check.at}`);
      for (const also of c.alsoChecks ?? []) expect(found).toContain(also);
    }
    if (c.id === 'huge-file') expect(found).toContain('file-too-large@1:1');
    const position = { line: 0, character: 1 };
    const completion = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position });
    expect(completion === null || Array.isArray(completion) || Array.isArray(completion.items)).toBe(true);
    // Responsive while the file is open: the median of three hovers within 100 ms (issue 12's bar).
    const times: number[] = [];
    let hover: Hover | null = null;
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      times.push(performance.now() - start);
    }
    expect(times.sort((a, b) => a - b)[1]).toBeLessThanOrEqual(100);
    expect(hover === null || typeof hover.contents === 'object').toBe(true);
    // Where the file is fine, hover on `template:` really answers (not just "null, fast").
    if (c.check.exit === 0 && text.startsWith('template:')) expect(hover).not.toBeNull();
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    // The catalogue holds megabyte files (garbage, 20,000 keys): minutes on a machine shared with other work.
  }, 180_000);

  it.each(['pack-symlink-out', 'pack-symlink-report'])('%s: the preview never shows or quotes the file its link points to outside the pack', async (id) => {
    const uri = pathToFileURL(`${REPO}scratch/bad-input/preview-${id}.yaml`).href;
    await client.open(uri, readFileSync(`${BAD_INPUT}fixtures/${id}.yaml`, 'utf8'));
    await client.waitDiagnostics(uri, (p) => p.version === 1);
    // Answered or refused, neither the HTML nor the error may hold the outside text.
    const answer = await client.request<unknown>('fazhi/render', { uri }).then(
      (result) => JSON.stringify(result),
      (error: Error) => error.message,
    );
    expect(answer.length).toBeGreaterThan(0);
    expect(answer).not.toContain('SECRET-OUTSIDE');
    if (id === 'pack-symlink-report') expect(answer).toContain('data-block');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('is still healthy after the whole catalogue', async () => {
    const uri = pathToFileURL(`${REPO}scratch/bad-input/after.yaml`).href;
    await client.open(uri, readFileSync(`${BAD_INPUT}fixtures/syntax-fullwidth-colon.yaml`, 'utf8'));
    const published = await client.waitDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => d.code)).toContain('fullwidth-colon');
  });
});
