// One language server in a child process, spoken to over stdio the way an editor does: it answers the server's
// requests for settings from a settings object, and records each publishDiagnostics with the time it arrived.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

/** `settings` is nested ({ yaml: { schemas } }); a `workspace/configuration` item gets the section it names. */
const section = (settings, name) => (name ? name.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), settings) ?? null : settings);

export class ServerSession {
  /** `command` is a shell command line that starts the server on stdio (`exec`ed, so the pid is the server's). */
  constructor(command, settings) {
    this.child = spawn('/bin/sh', ['-c', `exec ${command}`], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr.resume();
    this.published = [];
    this.waiters = [];
    this.lastTraffic = performance.now();
    const c = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection = c;
    c.onRequest('workspace/configuration', (params) => (params.items ?? []).map((item) => section(settings, item.section)));
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) c.onRequest(method, () => null);
    c.onRequest('workspace/workspaceFolders', () => this.folders ?? null);
    c.onNotification('textDocument/publishDiagnostics', (p) => this.onDiagnostics(p));
    c.onNotification(() => (this.lastTraffic = performance.now()));
    c.listen();
    this.exited = new Promise((resolve) => this.child.on('exit', resolve));
  }

  get pid() {
    return this.child.pid;
  }

  onDiagnostics(p) {
    const event = { at: performance.now(), uri: p.uri, version: p.version, count: p.diagnostics.length };
    this.lastTraffic = event.at;
    this.published.push(event);
    this.waiters = this.waiters.filter((w) => (w.match(event) ? (w.resolve(event), false) : true));
  }

  /** The first diagnostics for `uri` published after index `from`, for `version` or later when the server says its version. */
  diagnostics(uri, from, version, timeoutMs) {
    const match = (e) => decodeURIComponent(e.uri) === decodeURIComponent(uri) && (e.version == null || version === undefined || e.version >= version);
    const seen = this.published.slice(from).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match, resolve: (e) => (clearTimeout(timer), resolve(e)) });
    });
  }

  /** A request and how long its answer took, in ms. */
  async timed(method, params) {
    const start = performance.now();
    const result = await this.connection.sendRequest(method, params);
    this.lastTraffic = performance.now();
    return { result, ms: this.lastTraffic - start };
  }

  /** Resolves once nothing has arrived from the server for `ms` (bounded by `maxMs`): its follow-up work is done. */
  async quiet(ms, maxMs = 30_000) {
    const start = performance.now();
    while (performance.now() - this.lastTraffic < ms && performance.now() - start < maxMs) {
      await new Promise((r) => setTimeout(r, ms - (performance.now() - this.lastTraffic) + 1));
    }
  }

  async close() {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    const exited = await Promise.race([this.exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
    if (!exited) this.child.kill('SIGKILL');
    this.connection.dispose();
  }
}
