import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO, uriFor } from './lsp-client.js';

// What the server reads only when a request needs it (scripts/bundle-lean.mjs, core's writers and importers):
// checked on the built server, by recording every module file its process loads.
const loads = join(mkdtempSync(join(tmpdir(), 'fazhi-loads-')), 'loads.txt');
const loaded = (pattern: RegExp) => existsSync(loads) && readFileSync(loads, 'utf8').split('\n').some((line) => pattern.test(line));
const OPENCC = /opencc/;
const WORD_WRITER = /build-docx-[\w-]+\.js$/;
const IMPORTERS = /(mammoth|pdfjs|postal-mime|opencc-t2cn)/;
// Node's own modules that only some requests need (scripts/bundle-lean.mjs, LAZY_BUILTINS): ~1 MiB once loaded.
const LAZY_BUILTINS = /^(require|import) (node:)?(crypto|child_process)$/;
// The server's own parts read on first use (src/features/import.ts, render.ts, templates-editor/): the importer and
// the pack templates' lint; fflate (the importer's unzip) requires worker_threads as it loads.
const IMPORT_FEATURE = /import-file-[\w-]+\.js$/;
const PACK_LINT = /hbs-diagnostics-[\w-]+\.js$/;
const PREVIEW = /render-document-[\w-]+\.js$/;
const WORKER_THREADS = /^(require|import) (node:)?worker_threads$/;

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start({
    nodeOptions: ['--import', new URL('./fixtures/record-loads.mjs', import.meta.url).href],
    env: { ...process.env, FAZHI_RECORD_LOADS: loads },
  });
});
afterAll(async () => {
  await client.stop();
});

describe('the server loads what a request needs when it first needs it', () => {
  it('checks and previews a simplified-script report without OpenCC, the Word writer or the importers', async () => {
    const uri = uriFor('hans.report.yaml');
    await client.open(uri, readFileSync(join(REPO, 'templates/national/example.yaml'), 'utf8'));
    await client.waitDiagnostics(uri);
    expect(loaded(PREVIEW)).toBe(false); // checked without the renderer
    await client.request('fazhi/render', { uri });
    expect(loaded(/bundle\/server\.js$/)).toBe(true); // the recording works
    expect(loaded(PREVIEW)).toBe(true);
    expect(loaded(IMPORT_FEATURE)).toBe(false);
    expect(loaded(PACK_LINT)).toBe(false);
    expect(loaded(WORKER_THREADS)).toBe(false);
    expect(loaded(OPENCC)).toBe(false);
    expect(loaded(WORD_WRITER)).toBe(false);
    expect(loaded(IMPORTERS)).toBe(false);
    expect(loaded(LAZY_BUILTINS)).toBe(false);
  });

  it('reads the Word writer for the first render to Word, and still not OpenCC', async () => {
    const uri = uriFor('word.report.yaml');
    await client.open(uri, readFileSync(join(REPO, 'templates/national/example.yaml'), 'utf8'));
    await client.request('fazhi/renderToFile', { uri, format: 'docx', outDir: mkdtempSync(join(tmpdir(), 'fazhi-lazy-')) });
    expect(loaded(WORD_WRITER)).toBe(true);
    expect(loaded(OPENCC)).toBe(false);
  });

  it('reads OpenCC simplified → traditional for the first preview of a traditional-script pack, and only that one', async () => {
    const uri = uriFor('hant.report.yaml');
    await client.open(uri, readFileSync(join(REPO, 'examples/ludu-2023.yaml'), 'utf8'));
    const { html } = await client.request<{ html: string }>('fazhi/render', { uri });
    expect(html).toMatch(/[為過這]/); // rendered in traditional script
    expect(loaded(/opencc-cn2t\.cjs/)).toBe(true);
    expect(loaded(IMPORTERS)).toBe(false);
  });
});
