import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { installIntoTemporaryPrefix, REPO, userEnv } from './installed.js';

// The installed `fazhi-language-server --stdio`, started by name from PATH as another editor starts it, outside the
// repository: it answers initialize and publishes a diagnostic for a report with an error, using its built-in packs.
let stop = () => {};
let root = '';
let env: NodeJS.ProcessEnv = {};

beforeAll(() => {
  const installed = installIntoTemporaryPrefix();
  root = installed.root;
  env = userEnv(installed.bin);
});
afterAll(() => {
  stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

it('starts over stdio, answers initialize and publishes diagnostics', async () => {
  const child = spawn('fazhi-language-server', ['--stdio'], { cwd: root, env, stdio: ['pipe', 'pipe', 'inherit'], shell: process.platform === 'win32' });
  stop = () => child.kill();
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      if (p.diagnostics.length) resolve(p);
    });
  });
  connection.listen();
  const init = (await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'work' }],
    capabilities: {},
  })) as { capabilities: Record<string, unknown> };
  expect(init.capabilities.completionProvider).toBeTruthy();
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(join(root, 'haian.yaml')).href;
  const text = readFileSync(join(REPO, 'examples', 'haian-2023.yaml'), 'utf8').replace(/^year: 2023$/m, 'year: 二〇二三');
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  const published = await diagnostics;
  expect(published.uri).toBe(uri);
  expect(published.diagnostics.some((d) => d.range.start.line === text.split('\n').findIndex((l) => l.startsWith('year:')))).toBe(true);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
});
