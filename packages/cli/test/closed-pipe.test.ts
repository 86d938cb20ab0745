import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDir, repoRoot } from './run-cli.js';

/** Runs the CLI with its stdout read until the first line, then closed, as `| head -1` does. */
function firstLineThenClose(args: string[]): Promise<{ code: number | null; first: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${cliDir}bin/fazhi.mjs`, ...args], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let first = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (first) return;
      first = chunk.toString('utf8').split('\n')[0] ?? '';
      child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, first, stderr }));
  });
}

describe('output into a pipe the reader closed', () => {
  it('is dropped without a stack trace, and the exit code still says what was found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-pipe-'));
    // Enough findings that the output outgrows the pipe's buffer after the reader has gone.
    const files = Array.from({ length: 400 }, (_, i) => {
      const file = join(dir, `r${i}.yaml`);
      writeFileSync(file, 'template: nope\nyear: 一\n');
      return file;
    });
    const { code, first, stderr } = await firstLineThenClose(['check', ...files]);
    expect(first).toContain('r0.yaml:1:');
    expect(stderr).not.toMatch(/EPIPE|at .*\.js:\d+/);
    expect(code).toBe(1);
  }, 60_000);
});
