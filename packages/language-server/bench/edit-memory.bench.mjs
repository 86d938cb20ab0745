#!/usr/bin/env node
// Does the server's memory stay bounded over a long editing session? Starts the built server (pnpm build),
// opens the national example, sends EDITS incremental edits as someone typing and deleting in a paragraph
// (waiting for the diagnostics of every 10th version, asking for completion every 100th), and prints the
// server's resident set size at the start and after each quarter.
//
//   node bench/edit-memory.bench.mjs [EDITS=10000] [FILE=templates/national/example.yaml]
// A FILE over 32 KB exercises the server's piecewise parsing (bench/generate-data.mjs writes some).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const EDITS = Number(process.argv[2] ?? 10_000);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/fazhi-language-server.mjs', import.meta.url));
const FILE = process.argv[3] ?? `${REPO}templates/national/example.yaml`;
const TEXT = readFileSync(FILE, 'utf8');

const child = spawn(process.execPath, [BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => {
  const resolve = waiting.get(p.version);
  if (resolve) {
    waiting.delete(p.version);
    resolve(p);
  }
});
connection.onRequest('workspace/configuration', () => [{ files: ['**/*.yaml'] }]);
connection.listen();

const rssKb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(REPO).href, capabilities: { workspace: { configuration: true } } });
await connection.sendNotification('initialized', {});
const uri = pathToFileURL(`${REPO}scratch/edit-memory.yaml`).href;
const first = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: TEXT } });
await first;

// Type into the end of the first prose line with a `text:` key, then delete what was typed, over and over.
const lines = TEXT.split('\n');
const line = lines.findIndex((l) => /^\s+text: /.test(l));
const base = lines[line].length;
const typed = '依法行政，${cases}。';
let length = 0;
const samples = [{ edits: 0, rssMb: rssKb() / 1024 }];
const started = performance.now();
for (let version = 2; version <= EDITS + 1; version++) {
  const typing = length < typed.length && (version % 40 < 30 || length === 0);
  const change = typing
    ? { range: { start: { line, character: base + length }, end: { line, character: base + length } }, text: typed[length] }
    : { range: { start: { line, character: base + length - 1 }, end: { line, character: base + length } }, text: '' };
  length += typing ? 1 : -1;
  const done = version % 10 === 0 ? published(version) : undefined;
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  if (done) await done;
  if (version % 100 === 0) await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: line + 1, character: 4 } });
  if ((version - 1) % (EDITS / 4) === 0) samples.push({ edits: version - 1, rssMb: rssKb() / 1024 });
}
const seconds = (performance.now() - started) / 1000;
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');

console.log(`${FILE} (${(TEXT.length / 1024).toFixed(0)} K characters)`);
console.log(`${EDITS} edits in ${seconds.toFixed(1)} s (${((seconds * 1000) / EDITS).toFixed(2)} ms/edit); ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}`);
for (const s of samples) console.log(`  after ${String(s.edits).padStart(6)} edits: RSS ${s.rssMb.toFixed(1)} MB`);
const growth = samples[samples.length - 1].rssMb - samples[1].rssMb;
console.log(`growth over the last three quarters: ${growth.toFixed(1)} MB`);
