#!/usr/bin/env node
// How long a template maintainer waits: an edit to national's partials/item.hbs (the pack every other extends) until
// its diagnostics (templates lint of the whole pack plus a render of its example) are published, and a completion
// inside `{{#each points}}`. The built server over stdio, as an editor runs it.
//
//   node packages/language-server/bench/template-edit.bench.mjs        (after pnpm build; EDITS=30 for more)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../../..');
const EDITS = Number(process.env.EDITS ?? 20);
const file = resolve(repo, 'templates/national/partials/item.hbs');
const uri = pathToFileURL(file).href;
const text = readFileSync(file, 'utf8');

const child = spawn(process.execPath, [resolve(here, '../bin/fazhi-language-server.mjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification('textDocument/publishDiagnostics', (p) => waiting.get(p.version)?.(p));
connection.listen();
await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(repo).href, capabilities: {}, workspaceFolders: [{ uri: pathToFileURL(repo).href, name: 'repo' }] });
await connection.sendNotification('initialized', {});

const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
let first = published(1);
await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'handlebars', version: 1, text } });
await first;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const diagnostics = [];
const completions = [];
const line = text.split('\n').findIndex((l) => l.includes('{{> item-heading}}'));
for (let version = 2; version < EDITS + 2; version++) {
  // Each edit types one more character of a path into the item's paragraph: a finding comes and goes.
  const edited = text.replace('{{> item-heading}}', `{{> item-heading}}{{${'title'.slice(0, version % 5 + 1)}}}`);
  const started = performance.now();
  const done = published(version);
  await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
  await done;
  diagnostics.push(performance.now() - started);
  const asked = performance.now();
  await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character: (text.split('\n')[line] ?? '').indexOf('{{> item-heading}}') + '{{> item-heading}}{{'.length } });
  completions.push(performance.now() - asked);
}
console.log(`template edit (national item.hbs, ${EDITS} edits): diagnostics ${median(diagnostics).toFixed(0)} ms median (max ${Math.max(...diagnostics).toFixed(0)}), completion ${median(completions).toFixed(0)} ms median; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await connection.sendRequest('shutdown');
await connection.sendNotification('exit');
connection.dispose();
