#!/usr/bin/env node
// Where a server's peak resident memory is reached: the same session as lsp.bench.mjs (initialize, the warm-up's
// quiet time, open, 30 completions at two places, 20 full-text edits), with the kernel's figures read after each
// phase: VmHWM (the peak, what the benchmark reports), VmRSS, anonymous and file-backed resident memory
// (/proc/<pid>/smaps_rollup: the V8 heap and malloc against the pages of the `node` binary and its libraries)
// and the number of threads.
//
//   node bench/memory-phases.mjs [file.yaml] [runs]        (after pnpm build; default bench/data/report-15k.yaml)
//   SERVER="node --no-opt bin/fazhi-language-server.mjs --stdio" node bench/memory-phases.mjs   (another command)
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ServerSession } from './driver/session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const server = process.env.SERVER ?? `node ${join(here, '..', 'bin', 'fazhi-language-server.mjs')} --stdio`;
const file = resolve(process.argv[2] ?? join(here, 'data', 'report-15k.yaml'));
const runs = Number(process.argv[3] ?? 1);
const settings = { fazhi: { files: ['**/*.yaml'] } };
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const root = pathToFileURL(dirname(file)).href;
const mib = (kb) => (kb / 1024).toFixed(1);

function snapshot(pid, phase) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (text, key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
  return { phase, 'VmHWM MiB': mib(kb(status, 'VmHWM')), 'VmRSS MiB': mib(kb(status, 'VmRSS')), 'anonymous MiB': mib(kb(rollup, 'Anonymous')), 'file MiB': mib(kb(rollup, 'Rss') - kb(rollup, 'Anonymous')), threads: kb(status, 'Threads') };
}

for (let run = 1; run <= runs; run++) {
  const session = new ServerSession(server, settings);
  session.folders = [{ uri: root, name: basename(dirname(file)) }];
  const rows = [];
  try {
    await session.timed('initialize', {
      processId: process.pid,
      locale: 'en',
      rootUri: root,
      workspaceFolders: session.folders,
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { completion: { completionItem: { snippetSupport: true } }, publishDiagnostics: { versionSupport: true } } },
    });
    rows.push(snapshot(session.pid, 'initialize answered'));
    await session.connection.sendNotification('initialized', {});
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    await session.quiet(500);
    rows.push(snapshot(session.pid, 'warm-up done'));
    let version = 1;
    const before = session.published.length;
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    await session.diagnostics(uri, before, version, 120_000);
    await session.quiet(500);
    rows.push(snapshot(session.pid, 'opened, first diagnostics'));
    for (const [line, character] of [[15, 4], [1, 10]]) {
      for (let i = 0; i < 30; i++) await session.timed('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    }
    rows.push(snapshot(session.pid, '2 × 30 completions'));
    const lines = text.split('\n');
    const middle = Math.floor(lines.length / 2) + 1;
    for (let i = 1; i <= 20; i++) {
      const edited = [...lines];
      edited[middle] = i % 2 ? `${lines[middle]}x` : lines[middle];
      const from = session.published.length;
      await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: edited.join('\n') }] });
      await session.diagnostics(uri, from, version, 120_000);
      await session.quiet(100, 10_000);
    }
    rows.push(snapshot(session.pid, '20 edits'));
  } finally {
    await session.close();
  }
  console.log(`run ${run}: ${server} on ${basename(file)}`);
  console.table(rows);
}
