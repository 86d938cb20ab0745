import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO } from '../lsp-client.js';

/**
 * Random edit sequences sent to the real server, as an editor sends them while someone types, pastes and
 * deletes: the server never falls over, and what it publishes after the last edit is exactly what it publishes
 * for the final text opened fresh (no state leaks from one version into the next).
 * FAZHI_FUZZ_RUNS raises the number of sequences.
 */
const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 12);
const VALID = readFileSync(`${REPO}packages/cli/test/bad-input/fixtures/valid-report.yaml`, 'utf8');

const piece = fc.oneof(
  fc.constantFrom(':', '：', '-', ' ', '  ', '\n', '\r\n', '\t', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '${', '}', '，', '。', '\ud800', '😀', '\u0007'),
  fc.constantFrom('template: national\n', 'year: 2024\n', '  - title: 新的一项\n', 'measures:\n', 'stats:\n  cases: 3\n', '依法行政', '${cases}'),
  fc.string({ maxLength: 6 }),
);
/** One edit as offsets into the text before it (scaled to the text's length when applied), or a whole new text. */
const edit = fc.oneof(
  { weight: 9, arbitrary: fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 20 }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ whole: fc.constantFrom(VALID, '', 'template: national\n', VALID.replace(/\n/g, '\r\n')) }) },
);

type Edit = { from: number; length: number; text: string } | { whole: string };

const key = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`;

describe('random edits to the real server', () => {
  let client: LspClient;
  let n = 0;
  beforeAll(async () => {
    client = await LspClient.start({ configuration: { files: ['**/*.yaml'] } });
    // The settings arrive after startup; until then a file without `template:` is no report. Wait until they
    // apply, or the first sequence could compare a publish made under the defaults with one made under these.
    const uri = pathToFileURL(`${REPO}scratch/edit-fuzz/settings.yaml`).href;
    await client.open(uri, 'year: 2023\n');
    await client.waitDiagnostics(uri, (p) => p.diagnostics.length > 0);
  });
  afterAll(async () => {
    await client.stop();
  });

  it('never crash it, and the last diagnostics equal those of the final text opened fresh', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 25 }), async (edits: Edit[]) => {
        n++;
        const uri = pathToFileURL(`${REPO}scratch/edit-fuzz/${n}.yaml`).href;
        // The editor's copy: positions are computed the way the server's TextDocument counts them.
        let doc = TextDocument.create(uri, 'yaml', 1, VALID);
        await client.open(uri, VALID);
        let version = 1;
        for (const e of edits) {
          if ('whole' in e) {
            version = await client.change(uri, e.whole);
            doc = TextDocument.update(doc, [{ text: e.whole }], version);
            continue;
          }
          const text = doc.getText();
          const start = Math.floor(e.from * text.length);
          const range = { start: doc.positionAt(start), end: doc.positionAt(Math.min(text.length, start + e.length)) };
          version = await client.changeRange(uri, range, e.text);
          doc = TextDocument.update(doc, [{ range, text: e.text }], version);
        }
        const edited = await client.waitDiagnostics(uri, (p) => p.version === version);
        const freshUri = `${uri}.fresh.yaml`;
        await client.open(freshUri, doc.getText());
        const fresh = await client.waitDiagnostics(freshUri, (p) => p.version === 1);
        expect(edited.diagnostics.map(key).sort()).toEqual(fresh.diagnostics.map(key).sort());
        for (const u of [uri, freshUri]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
      }),
      { numRuns: RUNS, verbose: 1, ...(process.env.FAZHI_FUZZ_SEED ? { seed: Number(process.env.FAZHI_FUZZ_SEED) } : {}) },
    );
    // Still answering after all of it.
    const completion = await client.request<unknown>('textDocument/completion', { textDocument: { uri: pathToFileURL(`${REPO}scratch/edit-fuzz/1.yaml`).href }, position: { line: 0, character: 0 } });
    expect(completion === null || typeof completion === 'object').toBe(true);
  }, 120_000);
});
