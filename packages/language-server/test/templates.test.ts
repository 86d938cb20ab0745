import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { LspClient } from './lsp-client.js';

const REPORT = 'template: local-pack\nyear: 2023\njurisdiction:\n  name: 示例县\n  kind: county\n';

describe('workspace templates', () => {
  it('picks up a pack added to the workspace templates folder without a restart', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fazhi-ws-'));
    const client = await LspClient.start({ rootPath: root });
    const uri = pathToFileURL(join(root, 'annual.report.yaml')).href;
    await client.open(uri, REPORT);
    const before = await client.waitDiagnostics(uri);
    expect(before.diagnostics.map((d) => d.code)).toContain('unknown-template');

    const manifest = join(root, 'templates', 'local-pack', 'template.yaml');
    mkdirSync(join(root, 'templates', 'local-pack'), { recursive: true });
    writeFileSync(manifest, 'id: local-pack\nname: 本地格式\nextends: national\ndescription: 工作区里的模板\n');
    const count = client.published(uri).length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(manifest).href, type: 1 }] });
    const after = await client.waitDiagnostics(uri, () => client.published(uri).length > count);
    expect(after.diagnostics.map((d) => d.code)).not.toContain('unknown-template');

    // Completion of template ids now lists it.
    const result = await client.request<CompletionList | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 10 } });
    const items = Array.isArray(result) ? result : result.items;
    // Listed by its name, writing its id.
    const local = items.find((i) => i.textEdit && 'newText' in i.textEdit && i.textEdit.newText === 'local-pack');
    expect(local?.label).toBe('本地格式');
    await client.stop();
  });

  it('uses the built-in templates folder given by the client (a bundled server)', async () => {
    const builtin = mkdtempSync(join(tmpdir(), 'fazhi-builtin-'));
    mkdirSync(join(builtin, 'only-pack'));
    writeFileSync(join(builtin, 'only-pack', 'template.yaml'), 'id: only-pack\nname: 唯一的格式\n');
    const client = await LspClient.start({ rootPath: mkdtempSync(join(tmpdir(), 'fazhi-ws-')), initializationOptions: { builtinTemplatesDir: builtin } });
    const uri = 'untitled:report-1';
    await client.open(uri, 'template: only-pack\nyear: 2023\n');
    const published = await client.waitDiagnostics(uri);
    expect(published.diagnostics.map((d) => d.code)).not.toContain('unknown-template');
    await client.stop();
  });
});
