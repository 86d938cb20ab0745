import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const BIN = fileURLToPath(new URL('../bin/fazhi-language-server.mjs', import.meta.url));
export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface StartOptions {
  locale?: string;
  rootPath?: string;
  initializationOptions?: unknown;
  /** Answer workspace/configuration with these settings (else the client says it cannot). */
  configuration?: unknown;
  /** Options for the server's `node` (before the script), and its environment. */
  nodeOptions?: string[];
  env?: NodeJS.ProcessEnv;
}

/** The built server in a child process, spoken to over stdio exactly as an editor does. */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  private readonly diagnostics: PublishDiagnosticsParams[] = [];
  private waiters: Array<{ match: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  private version = new Map<string, number>();

  /** What the server answered to `initialize` (its capabilities). */
  initializeResult: unknown;
  /** The messages of its `window/logMessage` notifications, in order. */
  readonly logs: string[] = [];

  private constructor(options: StartOptions) {
    this.child = spawn(process.execPath, [...(options.nodeOptions ?? []), BIN, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: options.env ?? process.env });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.push(p);
      this.waiters = this.waiters.filter((w) => (w.match(p) ? (w.resolve(p), false) : true));
    });
    this.connection.onNotification('window/logMessage', (p: { message: string }) => void this.logs.push(p.message));
    this.connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<LspClient> {
    const client = new LspClient(options);
    const root = options.rootPath ?? REPO;
    if (options.configuration !== undefined) {
      client.connection.onRequest('workspace/configuration', () => [options.configuration]);
    }
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale ?? 'zh-cn',
      rootUri: pathToFileURL(root).href,
      workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'root' }],
      initializationOptions: options.initializationOptions,
      capabilities: {
        workspace: { configuration: options.configuration !== undefined },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          publishDiagnostics: { versionSupport: true },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** Resolves with the first diagnostics for `uri` (already received or coming) that match. */
  waitDiagnostics(uri: string, match: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.find((p) => p.uri === uri && match(p));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.waiters.push({ match: (p) => p.uri === uri && match(p), resolve }));
  }

  published(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.filter((p) => p.uri === uri);
  }

  async open(uri: string, text: string): Promise<void> {
    this.version.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /**
   * Full-text changes written in one piece, so that they all wait in the server's input together, as a burst of
   * typing does when the server is busy (sent one by one, a loaded machine may let the server read each alone).
   * Returns the last version.
   */
  async changeAll(uri: string, texts: string[]): Promise<number> {
    let version = this.version.get(uri) ?? 1;
    const frames = texts.map((text) => {
      version++;
      const body = JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text }] } });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    this.version.set(uri, version);
    await new Promise<void>((resolve, reject) => this.child.stdin!.write(frames.join(''), (error) => (error ? reject(error) : resolve())));
    return version;
  }

  async changeRange(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<number> {
    const version = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return version;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    await new Promise<void>((resolve) => (this.child.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    this.connection.dispose();
  }
}

/** A fixture with `|` marking the cursor: the text without it, and the cursor's position. */
export function withCursor(marked: string): { text: string; position: { line: number; character: number } } {
  const at = marked.indexOf('|');
  if (at < 0) throw new Error('fixture has no | cursor');
  const text = marked.slice(0, at) + marked.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  return { text, position: { line: before.length - 1, character: (before[before.length - 1] ?? '').length } };
}

let counter = 0;
/** A fresh URI in the repository (so relative globs and workspace templates apply). */
export function uriFor(name: string): string {
  counter++;
  return pathToFileURL(`${REPO}scratch/${counter}-${name}`).href;
}
