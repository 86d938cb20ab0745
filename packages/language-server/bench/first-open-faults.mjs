#!/usr/bin/env node
// The first open of a large report in our server: how long until its diagnostics, and how many pages of memory the
// server touched for the first time meanwhile (minor page faults, from /proc) with its resident set before and after.
// On the 2-core development machine a first touch of a 4 KiB page costs ~11.5 µs, so fresh memory is a cost of its
// own there (docs/performance.md, issue 18). A fresh server per run.
//
//   node bench/first-open-faults.mjs [file.yaml]     (after pnpm build; default: bench/data/report-3m.yaml)
//   RUNS=5 node bench/first-open-faults.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ServerSession } from './driver/session.mjs';

const here = dirname(fileURLToPath(import.meta.url));
if (!process.argv[2]) execFileSync(process.execPath, [join(here, 'generate-data.mjs'), join(here, 'data')], { stdio: 'inherit' });
const file = resolve(process.argv[2] ?? join(here, 'data', 'report-3m.yaml'));
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;
const root = pathToFileURL(dirname(file)).href;
const server = `node ${join(here, '..', 'bin', 'fazhi-language-server.mjs')} --stdio`;

/** Minor page faults so far and the resident set in MiB, of a process. */
function usage(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;
  return { faults: Number(fields[7]), rss };
}

for (let run = 1; run <= Number(process.env.RUNS ?? 3); run++) {
  const settings = { fazhi: { files: ['**/*.yaml'] } };
  const session = new ServerSession(server, settings);
  session.folders = [{ uri: root, name: basename(dirname(file)) }];
  try {
    await session.timed('initialize', { processId: process.pid, rootUri: root, workspaceFolders: session.folders, capabilities: { workspace: { configuration: true } } });
    await session.connection.sendNotification('initialized', {});
    await session.quiet(500);
    const before = usage(session.pid);
    const start = performance.now();
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    const first = await session.diagnostics(uri, 0, 1, 120_000);
    const after = usage(session.pid);
    const faults = after.faults - before.faults;
    console.log(`run ${run}: open→diagnostics ${(first.at - start).toFixed(0)} ms, ${faults} pages touched first (${((faults * 4) / 1024).toFixed(1)} MiB), RSS ${before.rss.toFixed(1)} → ${after.rss.toFixed(1)} MiB`);
  } finally {
    await session.close();
  }
}
