import { fork, type ChildProcess } from 'node:child_process';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { Prewarm } from '@fazhi/language-server/protocol';
import type { MessageTransports } from 'vscode-languageclient/node';

/** How long a server that was told to exit may take before it is ended (vscode-languageclient's own wait). */
const EXIT_GRACE_MS = 2000;
/** A worker whose heap outgrows this ends alone, as a process would, and the client restarts it. */
const WORKER_HEAP_LIMIT_MB = 2048;

/** Where the language server runs: a worker thread of the extension host (the default) or a Node process of its own. */
export type ServerHome = 'worker' | 'process';

/**
 * The protocol library's readers and writers over a server's channel. This file is in the bundle VS Code loads first
 * (boot.ts), which must not evaluate that library before the server starts; the client, which loads it anyway, gives
 * them (server-wire.ts).
 */
export interface Wire {
  port(port: MessagePort): MessageTransports;
  ipc(child: ChildProcess): MessageTransports;
}

interface Running {
  readonly transports: (wire: Wire) => MessageTransports;
  readonly alive: () => boolean;
  /** Ends it now. */
  readonly end: () => void;
}

/** Ends a server now, or, when it was told to exit, after a grace period if it has not. */
function stop(running: Running, grace: boolean): void {
  if (!grace) running.end();
  else setTimeout(() => running.alive() && running.end(), EXIT_GRACE_MS).unref();
}

/**
 * Starts the bundled language server for the client, early if asked: early-server.ts starts it as VS Code loads the
 * extension when a report is already open, so that the server is ready, and has checked that report once, by the
 * time the client connects.
 *
 * In a worker thread by default: it starts without a new Node process (the process's boot alone is ~120 ms here and
 * several times that while VS Code itself starts) and holds no second Node runtime; a crash, an endless loop or a
 * heap overrun still ends only the worker, which the client restarts. In a process (`fazhi.server.runIn`), as
 * vscode-languageclient would fork it: for `--inspect`, or should a worker ever misbehave in some editor.
 * docs/extension.md, "Where the server runs"; docs/performance.md, cold start.
 */
export class ServerHost {
  private early: Running | undefined;
  private current: Running | undefined;
  private readonly pending: string[] = [];
  private output: ((line: string) => void) | undefined;
  /** When the server was started early (performance.now()), for the start-up log. */
  earlyAt: number | undefined;

  /** `dist`: the folder of the server's bundle. */
  constructor(
    private readonly dist: string,
    private readonly home: () => ServerHome,
  ) {}

  /** Where the server's own output goes (kept until this is set: the host may be made before the output channel). */
  logTo(output: (line: string) => void): void {
    this.output = output;
    for (const line of this.pending.splice(0)) output(line);
  }

  /**
   * Starts the server now, for the client to take when it starts. `ahead`: what the server may check before the
   * client connects (a worker only).
   */
  startEarly(ahead?: Prewarm): void {
    if (this.early) return;
    this.earlyAt = performance.now();
    this.early = this.start(ahead);
  }

  /** The transports of a running server: the one started early if it is still alive, a new one otherwise. */
  transports(wire: Wire): MessageTransports {
    const early = this.early;
    this.early = undefined;
    this.current = early?.alive() ? early : this.start();
    return this.current.transports(wire);
  }

  /**
   * The client is stopping (its public state is Stopped from the moment it starts to shut the server down): the
   * server, told to exit, is ended if it has not within a grace period.
   */
  stopped(): void {
    if (this.current) stop(this.current, true);
    this.current = undefined;
  }

  /** The extension is deactivated (after its client stopped): whatever still runs ends now. */
  dispose(): void {
    for (const running of [this.early, this.current]) if (running) stop(running, false);
    this.early = this.current = undefined;
  }

  private log(line: string): void {
    if (this.output) this.output(line);
    else this.pending.push(line);
  }

  /** What a server writes itself (a crash's stack on stderr) goes to the log. */
  private logOutput(streams: ReadonlyArray<NodeJS.ReadableStream | null>): void {
    for (const stream of streams) stream?.on('data', (data: Buffer) => this.log(data.toString('utf8').trimEnd()));
  }

  private start(ahead?: Prewarm): Running {
    // Debugging the extension host: a process the debugger can attach to, as before.
    const inspect = process.execArgv.some((arg) => /^--(inspect|debug)(-brk)?(=|$)/.test(arg));
    return inspect || this.home() === 'process' ? this.startProcess(inspect) : this.startWorker(ahead);
  }

  private startWorker(ahead?: Prewarm): Running {
    // A channel of our own rather than the worker itself: when the worker ends, however it ends, the port closes
    // and the client's reader sees the server gone.
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(`${this.dist}/server-worker.mjs`, {
      workerData: { port: port2, startedAt: performance.timeOrigin + performance.now(), ahead },
      transferList: [port2],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_LIMIT_MB },
      stdout: true,
      stderr: true,
    });
    let alive = true;
    this.logOutput([worker.stdout, worker.stderr]);
    worker.on('error', (error) => this.log(`the language server's worker: ${error.stack ?? error.message}`));
    worker.once('exit', () => {
      alive = false;
      port1.close();
    });
    return {
      transports: (wire) => wire.port(port1),
      alive: () => alive,
      end: () => void worker.terminate(),
    };
  }

  private startProcess(inspect: boolean): Running {
    const child: ChildProcess = fork(`${this.dist}/server.mjs`, ['--node-ipc', `--clientProcessId=${process.pid}`], {
      silent: true,
      execArgv: inspect ? ['--inspect=6011'] : [],
      // VS Code's extension host runs in Electron's binary: this makes the child a plain Node.
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    });
    this.logOutput([child.stdout, child.stderr]);
    child.once('error', (error) => this.log(`the language server's process: ${error.message}`));
    return {
      transports: (wire) => wire.ipc(child),
      alive: () => child.exitCode === null && child.signalCode === null,
      end: () => void child.kill(),
    };
  }
}
