import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client.js';

// What an editor other than VS Code sees: no settings sent, no workspace/configuration, no dynamic watcher
// registration (Neovim 0.7 and others). LspClient declares none of these unless asked.
let client: LspClient;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fazhi-plain-'));
  client = await LspClient.start({ rootPath: root });
});
afterAll(async () => {
  await client.stop();
});

const BODY = 'year: 2023\njurisdiction:\n  name: 示例县\n  kind: county\n';
const codes = async (uri: string, match: (n: number) => boolean = () => true) =>
  (await client.waitDiagnostics(uri, (p) => match(p.version ?? 0))).diagnostics.map((d) => d.code);

describe('which files are reports, without settings', () => {
  it('keeps a file a report when its template id is mistyped, and says so', async () => {
    const uri = pathToFileURL(join(root, 'annual.yaml')).href;
    await client.open(uri, `template: nationl\n${BODY}`);
    expect(await codes(uri)).toContain('unknown-template');
  });

  it('keeps a file a report when the id is erased while editing: the diagnostics do not vanish', async () => {
    const uri = pathToFileURL(join(root, 'erased.yaml')).href;
    await client.open(uri, `template: national\n${BODY}`);
    expect((await codes(uri)).length).toBeGreaterThan(0);
    const version = await client.change(uri, `template:\n${BODY}`);
    const after = await codes(uri, (v) => v === version);
    expect(after).toContain('wrong-type');
    expect(after).toContain('missing-part');
  });

  it('treats *.report.yaml as a report by default, and leaves other YAML alone', async () => {
    const report = pathToFileURL(join(root, 'x.report.yaml')).href;
    await client.open(report, 'year: 2023\n');
    expect(await codes(report)).toContain('missing-key');
    const other = pathToFileURL(join(root, 'ci.yaml')).href;
    await client.open(other, 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
    await client.open(report.replace('x.report', 'y.report'), 'year: 2023\n');
    await client.waitDiagnostics(report.replace('x.report', 'y.report'));
    expect(client.published(other)).toEqual([]);
  });
});

describe('pack changes, without file watchers', () => {
  it('re-reads the templates folder when a document is saved or opened', async () => {
    const uri = pathToFileURL(join(root, 'local.yaml')).href;
    await client.open(uri, `template: later-pack\n${BODY}`);
    expect(await codes(uri)).toContain('unknown-template');

    mkdirSync(join(root, 'templates', 'later-pack'), { recursive: true });
    writeFileSync(join(root, 'templates', 'later-pack', 'template.yaml'), 'id: later-pack\nname: 后加的格式\nextends: national\nrequires: [recipient]\n');
    const count = client.published(uri).length;
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    const after = await client.waitDiagnostics(uri, () => client.published(uri).length > count);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('unknown-template');
    expect(after.diagnostics.map((d) => d.code)).toContain('template-requires');

    // Changed again on disk, noticed when another file is opened.
    writeFileSync(join(root, 'templates', 'later-pack', 'template.yaml'), 'id: later-pack\nname: 后加的格式\nextends: national\n');
    const seen = client.published(uri).length;
    await client.open(pathToFileURL(join(root, 'other.yaml')).href, 'a: 1\n');
    const again = await client.waitDiagnostics(uri, () => client.published(uri).length > seen);
    expect(again.diagnostics.map((d) => d.code)).not.toContain('template-requires');
  });

  it('declares save notifications, which such clients need to send didSave', () => {
    const sync = (client.initializeResult as { capabilities: { textDocumentSync: { save?: unknown } } }).capabilities.textDocumentSync;
    expect(sync.save).toBeTruthy();
  });
});
