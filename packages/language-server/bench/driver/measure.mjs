// One benchmark run against one server and one file, as an editor would drive it: initialize, open the file,
// wait for its first diagnostics; ask for completion at given places (repeated); make full-text edits one after
// another (a character added, then removed, on one line in the middle), each timed until its diagnostics; then
// read the server's peak memory. A fresh server per run, so one run's caches never help the next.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { memoryOf } from './process-memory.mjs';
import { ServerSession } from './session.mjs';
import { summary } from './stats.mjs';

/**
 * @param {{ server: string, file: string, settings?: object, completionAt?: string[], completionReps?: number,
 *   edits?: number, settleMs?: number, timeoutMs?: number }} options  completionAt: "line:column", 1-based.
 */
export async function measure(options) {
  const { server, settings = {}, completionAt = [], completionReps = 30, edits = 0, settleMs = 500, timeoutMs = 120_000 } = options;
  const file = resolve(options.file);
  const text = readFileSync(file, 'utf8');
  const uri = pathToFileURL(file).href;
  const root = pathToFileURL(dirname(file)).href;
  const result = { server_cmd: server, file, file_bytes: Buffer.byteLength(text), errors: [] };
  const session = new ServerSession(server, settings);
  session.folders = [{ uri: root, name: basename(dirname(file)) }];
  try {
    const init = await session.timed('initialize', {
      processId: process.pid,
      locale: 'en',
      rootUri: root,
      workspaceFolders: session.folders,
      initializationOptions: settings.initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    result.initialize_ms = round(init.ms);
    await session.connection.sendNotification('initialized', {});
    await session.connection.sendNotification('workspace/didChangeConfiguration', { settings });
    await session.quiet(settleMs);

    let version = 1;
    const opened = performance.now();
    const before = session.published.length;
    await session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
    const first = await session.diagnostics(uri, before, version, timeoutMs);
    result.open = { first_diagnostics_ms: round(first.at - opened), diagnostics: first.count };
    await session.quiet(settleMs);

    result.completion = [];
    for (const at of completionAt) {
      const [line, column] = at.split(':').map(Number);
      const times = [];
      let items = 0;
      for (let i = 0; i < completionReps; i++) {
        const r = await session.timed('textDocument/completion', { textDocument: { uri }, position: { line: line - 1, character: column - 1 } });
        times.push(r.ms);
        items = (Array.isArray(r.result) ? r.result : (r.result?.items ?? [])).length;
      }
      result.completion.push({ at, items, ...summary(times) });
    }

    if (edits > 0) {
      const lines = text.split('\n');
      const line = editableLine(lines);
      const times = [];
      for (let i = 1; i <= edits; i++) {
        const edited = [...lines];
        edited[line] = i % 2 ? `${lines[line]}x` : lines[line];
        const from = session.published.length;
        const start = performance.now();
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: edited.join('\n') }] });
        times.push((await session.diagnostics(uri, from, version, timeoutMs)).at - start);
        await session.quiet(100, 10_000); // not timed: let any further publish for this version arrive first
      }
      result.edits = { line: line + 1, ...summary(times) };
    }
    result.peak_rss_kb = memoryOf(session.pid).peakKb || undefined;
  } catch (err) {
    result.errors.push(err.message);
  } finally {
    await session.close();
  }
  return result;
}

/** A line of prose nearest the middle: not blank, not a comment, not a key opening a block. */
function editableLine(lines) {
  const mid = Math.floor(lines.length / 2);
  const ok = (i) => i >= 0 && i < lines.length && lines[i].trim() !== '' && !lines[i].trim().startsWith('#') && !/:\s*$/.test(lines[i]);
  for (let d = 0; d < lines.length; d++) {
    if (ok(mid + d)) return mid + d;
    if (ok(mid - d)) return mid - d;
  }
  return mid;
}

const round = (x) => Math.round(x * 100) / 100;
