#!/usr/bin/env node
// The server's cold start by itself: spawn → `initialize` answered → first diagnostics of a 15 KB report opened
// right after `initialized`, as an editor does, a fresh process per run. Prints the server's own start-up line
// (src/startup-clock.ts: ms after its process started) beside the client's times, then the medians. The
// extension's cold start in code-server (extension/bench/cold-start.mjs) is this plus VS Code's part.
//
//   node bench/startup.mjs [server.js]   (after pnpm build; default: the bundle the bin runs)
//   RUNS=9 NODE_ARGS='--cpu-prof' node bench/startup.mjs ../../extension/dist/server.mjs
//   node bench/startup.mjs ../../extension/dist/server-worker.mjs    (in a worker thread, as the extension runs it)
//   AHEAD_MS=600 node bench/startup.mjs …/server-worker.mjs   (the client connects that long after the worker started,
//                                                              as VS Code activates the extension after loading it)
import { spawn } from 'node:child_process';
import { MessageChannel, Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, PortMessageReader, PortMessageWriter, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
const server = resolve(process.argv[2] ?? join(here, '..', 'dist', 'bundle', 'server.js'));
const file = resolve(process.env.REPORT ?? join(here, 'data', 'report-15k-errors.yaml'));
const root = pathToFileURL(dirname(file)).href;
const nodeArgs = (process.env.NODE_ARGS ?? '').split(' ').filter(Boolean);
const templates = join(here, '..', '..', '..', 'templates');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The server in a child process on stdio, or in a worker thread over a MessagePort (extension/src/server-host.ts). */
function startServer(start) {
  if (server.endsWith('server-worker.mjs')) {
    const { port1, port2 } = new MessageChannel();
    // Started ahead of the client, the worker gets the open report to check first, as the extension gives it.
    const ahead = { folders: [dirname(file)], builtinTemplatesDir: templates, documents: [{ uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') }] };
    const workerData = { port: port2, startedAt: performance.timeOrigin + start, ...(process.env.AHEAD_MS ? { ahead } : {}) };
    const worker = new Worker(server, { workerData, transferList: [port2] });
    const exited = new Promise((r) => worker.once('exit', r));
    return { reader: new PortMessageReader(port1), writer: new PortMessageWriter(port1), exited, stop: () => worker.terminate() };
  }
  const child = spawn(process.execPath, [...nodeArgs, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((r) => child.once('exit', r));
  return { reader: new StreamMessageReader(child.stdout), writer: new StreamMessageWriter(child.stdin), exited, stop: () => (child.kill(), exited) };
}

async function oneStart() {
  const start = performance.now();
  const { reader, writer, exited, stop } = startServer(start);
  const ahead = Number(process.env.AHEAD_MS ?? 0);
  if (ahead) await new Promise((r) => setTimeout(r, ahead));
  const c = createProtocolConnection(reader, writer);
  let line = '';
  c.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  for (const method of ['client/registerCapability', 'window/workDoneProgress/create']) c.onRequest(method, () => null);
  c.onRequest('workspace/workspaceFolders', () => null);
  c.onNotification('window/logMessage', (p) => p.message.startsWith('startup:') && (line = p.message));
  const diagnosed = new Promise((r) => c.onNotification('textDocument/publishDiagnostics', r));
  c.listen();
  const folders = [{ uri: root, name: 'data' }];
  // The built-in packs as the extension passes them (its copy of templates/): a check reads its report's pack.
  const initializationOptions = { builtinTemplatesDir: templates };
  await c.sendRequest('initialize', { processId: process.pid, rootUri: root, workspaceFolders: folders, capabilities: { workspace: { configuration: true } }, initializationOptions });
  const initialized = performance.now() - start;
  await c.sendNotification('initialized', {});
  const text = readFileSync(file, 'utf8');
  await c.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(file).href, languageId: 'yaml', version: 1, text } });
  await diagnosed;
  const diagnostics = performance.now() - start;
  await new Promise((r) => setTimeout(r, 300)); // the startup line follows the diagnostics
  // Shut down as an editor does, so that a --cpu-prof in NODE_ARGS is written.
  await c.sendRequest('shutdown');
  await c.sendNotification('exit');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 2000))]);
  await stop();
  c.dispose();
  return { initialized, diagnostics, line: line.replace(/^startup: the server, ms after its (process|worker) started: /, '') };
}

const runs = [];
for (let i = 0; i < Number(process.env.RUNS ?? 5); i++) {
  const run = await oneStart();
  runs.push(run);
  console.log(`run ${i + 1}: initialize answered ${run.initialized.toFixed(0)} ms, diagnostics ${run.diagnostics.toFixed(0)} ms | server: ${run.line}`);
}
console.log(`median: initialize answered ${median(runs.map((r) => r.initialized)).toFixed(0)} ms, diagnostics ${median(runs.map((r) => r.diagnostics)).toFixed(0)} ms (${server})`);
