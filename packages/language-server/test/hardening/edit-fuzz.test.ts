import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, TemplateCatalog, validateReport } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
import { MAX_PUBLISHED_DIAGNOSTICS } from '../../src/features/diagnostics.js';
import { LspClient, REPO } from '../lsp-client.js';

/**
 * Random edit sequences sent to the real server, as an editor sends them while someone types, pastes and
 * deletes: the server never falls over, and what it publishes after the last edit is exactly what it publishes
 * for the final text opened fresh (no state leaks from one version into the next), which is what core's own
 * parseReport + validateReport say about that text (the server's piecewise parsing of large files included).
 * FAZHI_FUZZ_RUNS raises the number of sequences.
 */
const RUNS = Number(process.env.FAZHI_FUZZ_RUNS ?? 12);
const VALID = readFileSync(`${REPO}packages/cli/test/bad-input/fixtures/valid-report.yaml`, 'utf8');
/** Over 32 KB: the server parses and validates such a file in reused pieces, a different path from core's. */
const LARGE = VALID.replace('  items:\n', `  items:\n${'    - title: 依法行政工作\n      text: 依法行政，全面推进。\n'.repeat(600)}`);
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [`${REPO}templates`], cwd: REPO }));

/**
 * The server publishes core's first MAX_PUBLISHED_DIAGNOSTICS findings and then one `more-diagnostics` entry: what
 * it sent, less that entry, must be exactly core's first ones, and the entry must be there exactly when core has more.
 */
function expectCoreSaid(published: Diagnostic[], core: string[]): void {
  const shown = published.filter((d) => d.code !== 'more-diagnostics');
  expect(shown.map(key).sort()).toEqual(core.slice(0, MAX_PUBLISHED_DIAGNOSTICS).sort());
  expect(published.length - shown.length).toBe(core.length > MAX_PUBLISHED_DIAGNOSTICS ? 1 : 0);
}

/** What core itself says about a text, in the server's terms and core's order: one implementation, two edges. */
function coreSays(text: string): string[] {
  const parsed = parseReport(text, { source: 'x.yaml', locale: 'zh' });
  const lines = parsed.lines;
  const severity = { error: 1, warning: 2, info: 3, hint: 4 } as const;
  return validateReport(parsed, { locale: 'zh', templates: catalog }).map((d) =>
    key({ range: { start: lines.positionAt(d.range.start), end: lines.positionAt(d.range.end) }, severity: severity[d.severity], code: d.code, message: d.message }),
  );
}

const piece = fc.oneof(
  fc.constantFrom(':', '：', '-', ' ', '  ', '\n', '\r\n', '\t', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '${', '}', '，', '。', '\ud800', '😀', '\u0007'),
  fc.constantFrom('template: national\n', 'year: 2024\n', '  - title: 新的一项\n', 'measures:\n', 'stats:\n  cases: 3\n', '依法行政', '${cases}'),
  fc.string({ maxLength: 6 }),
);
/** One edit as offsets into the text before it (scaled to the text's length when applied), or a whole new text. */
const edit = fc.oneof(
  { weight: 9, arbitrary: fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 20 }), text: piece }) },
  { weight: 1, arbitrary: fc.record({ whole: fc.constantFrom(VALID, LARGE, '', 'template: national\n', VALID.replace(/\n/g, '\r\n')) }) },
);

type Edit = { from: number; length: number; text: string } | { whole: string };

const key = (d: Pick<Diagnostic, 'range' | 'severity' | 'code' | 'message'>) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${String(d.code)} ${d.message}`;

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

  // Bad input inside a large file, where the server parses in pieces: each must come out as core says.
  it.each([
    ['a YAML tag', '      text: !!binary 依法行政\n'],
    ['a list as a key', '      [text]: 依法行政\n'],
    ['deep brackets', `      text: ${'['.repeat(100)}${']'.repeat(100)}\n`],
    ['a control character', '      text: 依法\u001b[31m行政\n'],
    ['an alias without anchor', '      text: *nowhere\n'],
    ['a tab', '\t  text: 依法行政\n'],
  ])('a large file with %s: the server says what core says', async (_what, line) => {
    const text = LARGE.replace('      text: 依法行政，全面推进。\n', line);
    const uri = pathToFileURL(`${REPO}scratch/edit-fuzz/large-${++n}.yaml`).href;
    await client.open(uri, text);
    const published = await client.waitDiagnostics(uri, (p) => p.version === 1);
    expectCoreSaid(published.diagnostics, coreSays(text));
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('never crash it, and the last diagnostics equal those of the final text opened fresh', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(VALID, LARGE), fc.array(edit, { minLength: 1, maxLength: 25 }), async (start: string, edits: Edit[]) => {
        n++;
        const uri = pathToFileURL(`${REPO}scratch/edit-fuzz/${n}.yaml`).href;
        // The editor's copy: positions are computed the way the server's TextDocument counts them.
        let doc = TextDocument.create(uri, 'yaml', 1, start);
        await client.open(uri, start);
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
        expectCoreSaid(fresh.diagnostics, coreSays(doc.getText()));
        for (const u of [uri, freshUri]) await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
      }),
      { numRuns: RUNS, verbose: 1, ...(process.env.FAZHI_FUZZ_SEED ? { seed: Number(process.env.FAZHI_FUZZ_SEED) } : {}) },
    );
    // Still answering after all of it.
    const completion = await client.request<unknown>('textDocument/completion', { textDocument: { uri: pathToFileURL(`${REPO}scratch/edit-fuzz/1.yaml`).href }, position: { line: 0, character: 0 } });
    expect(completion === null || typeof completion === 'object').toBe(true);
  }, 120_000);
});
