import type * as vscode from 'vscode';
import { loadStartedAt } from './early-server.js';

/** Set by the last line of the extension's second bundle (scripts/extension-builds.mjs); absent when the sources run unbundled. */
declare const __fazhiBundleEnd: number | undefined;

/** The line bench/cold-start.mjs looks for in the output channel's log. */
export const FIRST_DIAGNOSTICS_LINE = 'startup: first diagnostics';

/**
 * How long a cold start takes, step by step, from the extension's activation: written to its output channel (the
 * "Fazhi Report" log), where a writer or the cold-start benchmark (bench/cold-start.mjs) can read it. Times are
 * from one clock in the extension host, so the server's start-up and its first check are both inside them.
 */
export class StartupTiming {
  private readonly activated = performance.now();
  private firstDiagnostics = false;

  constructor(private readonly output: vscode.LogOutputChannel) {
    if (loadStartedAt !== undefined && typeof __fazhiBundleEnd === 'number') {
      output.info(`startup: the extension's bundle evaluated in ${(__fazhiBundleEnd - loadStartedAt).toFixed(0)} ms, activate() called ${(this.activated - __fazhiBundleEnd).toFixed(0)} ms after`);
    }
  }

  /** A step of the start-up (the client started, the server answered initialize…). */
  step(what: string): void {
    this.output.info(`startup: ${what} ${this.elapsed()} ms after activation`);
  }

  /** Something that happened at `at` (performance.now()), before or after activation. */
  since(what: string, at: number): void {
    const ms = at - this.activated;
    this.output.info(`startup: ${what} ${Math.abs(ms).toFixed(0)} ms ${ms < 0 ? 'before' : 'after'} activation`);
  }

  /** Diagnostics arrived for a document: the first time, says when. */
  diagnostics(uri: string): void {
    if (this.firstDiagnostics) return;
    this.firstDiagnostics = true;
    const loading = loadStartedAt !== undefined ? `, ${(performance.now() - loadStartedAt).toFixed(0)} ms after this bundle began to load` : '';
    this.output.info(`${FIRST_DIAGNOSTICS_LINE} ${this.elapsed()} ms after activation${loading} (${uri})`);
  }

  private elapsed(): string {
    return (performance.now() - this.activated).toFixed(0);
  }
}
