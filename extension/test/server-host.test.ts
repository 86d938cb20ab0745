import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import type { Prewarm } from '@fazhi/language-server/protocol';
import { ServerHost, type ServerHome } from '../src/server-host.js';
import { serverWire } from '../src/server-wire.js';

// The built bundle (pnpm build), as the extension ships it: server.mjs for a process, server-worker.mjs for a worker.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const example = fileURLToPath(new URL('../../examples/haian-2023.yaml', import.meta.url));
const built = existsSync(`${dist}/server-worker.mjs`);

describe.skipIf(!built)('the language server host (the built bundle)', () => {
  const connections: ProtocolConnection[] = [];
  const hosts: ServerHost[] = [];
  afterEach(() => {
    for (const c of connections.splice(0)) c.dispose();
    for (const h of hosts.splice(0)) h.dispose();
  });

  /**
   * A client connection to a server started by a host, with the host's log lines. `early`: started before the client
   * comes (`startEarly`), and `ahead`, `waitMs` later, with what it may check meanwhile.
   */
  async function connect(home: ServerHome, early?: { ahead?: Prewarm; waitMs?: number }) {
    const log: string[] = [];
    const host = new ServerHost(dist, () => home);
    host.logTo((line) => log.push(line));
    hosts.push(host);
    if (early) host.startEarly(early.ahead);
    if (early?.waitMs) await new Promise((resolve) => setTimeout(resolve, early.waitMs));
    const { reader, writer } = host.transports(serverWire);
    const connection = createProtocolConnection(reader, writer);
    connections.push(connection);
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    for (const method of ['client/registerCapability', 'window/workDoneProgress/create']) connection.onRequest(method, () => null);
    const logs: string[] = [];
    connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
    connection.listen();
    return { host, connection, log, logs, reader };
  }

  async function diagnoses(connection: ProtocolConnection): Promise<string[]> {
    const published = new Promise<{ diagnostics: Array<{ code?: unknown }> }>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    const folder = pathToFileURL(dirname(example)).href;
    const initializationOptions = { builtinTemplatesDir: fileURLToPath(new URL('../templates', import.meta.url)) };
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'examples' }], capabilities: {}, initializationOptions });
    await connection.sendNotification('initialized', {});
    const text = readFileSync(example, 'utf8').replace(/^year: .*$/m, 'year：2023');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: pathToFileURL(example).href, languageId: 'yaml', version: 1, text } });
    return (await published).diagnostics.map((d) => String(d.code));
  }

  test.each(['worker', 'process'] as const)('runs the server in a %s that checks a report', async (home) => {
    const { connection, logs } = await connect(home, {});
    expect(await diagnoses(connection)).toContain('fullwidth-colon');
    await expect.poll(() => logs.find((l) => l.startsWith('startup:'))).toMatch(new RegExp(`ms after its ${home} started: bundle running \\d+`));
  });

  test('a worker started ahead checks the open report before its client comes, and then diagnoses it the same', async () => {
    const plain = await connect('worker');
    const expected = await diagnoses(plain.connection);
    const text = readFileSync(example, 'utf8').replace(/^year: .*$/m, 'year：2023');
    // As early-server.ts starts it: the folders, the built-in packs beside the bundle, the reports open.
    const ahead = { folders: [dirname(example)], builtinTemplatesDir: fileURLToPath(new URL('../templates', import.meta.url)), documents: [{ uri: pathToFileURL(example).href, text }] };
    const { connection, logs } = await connect('worker', { ahead, waitMs: 1500 });
    expect(await diagnoses(connection)).toEqual(expected);
    // It checked ahead, and `initialize`, naming the same folders and packs, took the workspace it had made.
    await expect.poll(() => logs.find((l) => l.startsWith('startup:'))).toMatch(/modules evaluated \d+, checked ahead \d+, initialize \d+, the workspace made ahead taken \d+/);
  });

  test('a worker that ends, however it ends, is seen gone by the client’s reader (which then restarts it)', async () => {
    const { host, connection, reader } = await connect('worker');
    await diagnoses(connection);
    const closed = [new Promise<void>((resolve) => reader.onClose(() => resolve())), new Promise<void>((resolve) => connection.onClose(() => resolve()))];
    host.dispose(); // ends the worker, as a crash would, without a word on the connection
    await Promise.all(closed);
  });

  test('a stopping client’s server gets time to exit; one that does not is ended', async () => {
    const { host, connection } = await connect('worker');
    await diagnoses(connection);
    const closed = new Promise<void>((resolve) => connection.onClose(() => resolve()));
    const started = performance.now();
    host.stopped(); // told nothing: no shutdown, no exit
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: pathToFileURL(example).href } })).toBeDefined();
    await closed;
    expect(performance.now() - started).toBeGreaterThanOrEqual(1900);
  });
});
