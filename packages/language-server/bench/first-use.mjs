#!/usr/bin/env node
// What the first use of a part the server reads on demand costs (src/features/render.ts, import.ts): after the first
// diagnostics of the 15 KB report and the warm-up, three preview renders or two imports of a published report, each
// timed request → answer. The first includes reading and compiling its chunk; the next ones show the steady cost.
//
//   node bench/first-use.mjs <server.js> render
//   node bench/first-use.mjs <server.js> import haian-2023.html      (a file in examples/rendered/)
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '../../..');
const file = join(here, 'data', 'report-15k-errors.yaml');
const root = pathToFileURL(dirname(file)).href;
const child = spawn(process.execPath, [resolve(process.argv[2]), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const c = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
c.onRequest('workspace/configuration', (p) => p.items.map(() => null));
c.onRequest('client/registerCapability', () => null);
const diagnosed = new Promise((r) => c.onNotification('textDocument/publishDiagnostics', r));
c.listen();
// The extension's bundle is given the packs beside it, as the extension does; the language server's finds core's.
const packs = join(dirname(resolve(process.argv[2])), '..', 'templates');
const initializationOptions = existsSync(packs) ? { builtinTemplatesDir: packs } : {};
await c.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'data' }], capabilities: {}, initializationOptions });
await c.sendNotification('initialized', {});
const uri = pathToFileURL(file).href;
await c.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: readFileSync(file, 'utf8') } });
await diagnosed;
await new Promise((r) => setTimeout(r, 400)); // past the warm-up
const timed = async (f) => { const t = performance.now(); await f(); return (performance.now() - t).toFixed(1); };
const what = process.argv[3];
const out = [];
if (what === 'render') for (let i = 0; i < 3; i++) out.push(await timed(() => c.sendRequest('fazhi/render', { uri })));
if (what === 'import') { const data = readFileSync(join(repo, 'examples/rendered/' + process.argv[4])).toString('base64'); for (let i = 0; i < 2; i++) out.push(await timed(() => c.sendRequest('fazhi/import', { fileName: process.argv[4], data }))); }
console.log(what, out.join(' / '));
await c.sendRequest('shutdown'); await c.sendNotification('exit');
await new Promise((r) => child.once('exit', r)); c.dispose();
