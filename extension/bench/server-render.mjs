#!/usr/bin/env node
// How long the live preview waits on the language server: the bundled server (dist/server.mjs, as in the .vsix)
// over stdio, one report open, then for each round an edit (didChange) followed at once by `fazhi/render` (the page
// in pieces, as the preview asks), timed until the answer arrives. The end-to-end figure (keystroke → webview) is
// bench/preview-latency.mjs.
//
//   pnpm --filter ./extension bench     (builds nothing: run `pnpm --filter ./extension build` first)
//   node bench/server-render.mjs [report.yaml] [rounds]
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = `${root}dist/server.mjs`;
const file = process.argv[2] ?? fileURLToPath(new URL('../../examples/haian-2023.yaml', import.meta.url));
const rounds = Number(process.argv[3] ?? 40);
if (!existsSync(server)) {
  console.error(`${server} is missing: run \`pnpm --filter ./extension build\` first`);
  process.exit(1);
}

const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
connection.onNotification(() => undefined);
connection.onRequest(() => null); // workspace/configuration and registrations: nothing to add
connection.listen();

const uri = pathToFileURL(file).href;
let text = readFileSync(file, 'utf8');
await connection.sendRequest('initialize', {
  processId: process.pid,
  rootUri: null,
  workspaceFolders: null,
  capabilities: {},
  initializationOptions: { builtinTemplatesDir: `${root}templates` },
});
connection.sendNotification('initialized', {});
connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
await connection.sendRequest('fazhi/render', { uri, page: true }); // warm-up: first parse, template compile

const times = [];
const anchor = text.indexOf('- title: ') + '- title: '.length;
for (let version = 2; version < rounds + 2; version++) {
  const at = anchor + (version % 5);
  const edit = { range: position(text, at), text: '改' };
  text = text.slice(0, at) + '改' + text.slice(at);
  const start = performance.now();
  connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [edit] });
  const result = await connection.sendRequest('fazhi/render', { uri, page: true });
  times.push(performance.now() - start);
  if (!result?.page?.blocks.length) throw new Error('fazhi/render returned no page');
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
console.log(`preview render after an edit, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB report, ${rounds} rounds: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms (load average ${loadavg()[0].toFixed(1)})`);
connection.dispose();
child.kill();

/** An LSP range of zero length at a UTF-16 offset. */
function position(source, offset) {
  const before = source.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { start: { line, character }, end: { line, character } };
}
