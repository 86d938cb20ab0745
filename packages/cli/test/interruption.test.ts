import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cliDir, runCliAsync } from './run-cli.js';
import { INSTALL_HINT, SOFFICE } from './system-tools.js';

/**
 * Real signals sent to the built `fazhi` while it works: what it leaves behind (temporary folders beside the
 * outputs, PDF scratch folders in the OS temp folder, LibreOffice processes) is removed on SIGINT/SIGTERM, and
 * what a SIGKILL leaves is removed by the next run. Leftovers are planted under the running process's own id
 * where the moment of the signal would otherwise decide whether there is one to clean.
 */
const VALID = `${cliDir}test/bad-input/fixtures/valid-report.yaml`;
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-interrupt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const TWO_MINUTES_AGO = new Date(Date.now() - 120_000);
/** A process id above the kernel's largest: never a live process. */
const DEAD_PID = 4_194_305;

function start(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [`${cliDir}bin/fazhi.mjs`, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, pid: child.pid as number, exited, stderr: () => stderr };
}

/** Waits for a condition the run brings about (a progress line, a file), polling; fails after `ms`. */
async function until(what: string, ok: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A batch of `n` data files and an output folder holding a dead run's and (later) this run's leftovers. */
function batch(name: string, n: number) {
  const dir = join(tmp, name);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const files = Array.from({ length: n }, (_, i) => join(dir, `r${i}.yaml`));
  for (const f of files) copyFileSync(VALID, f);
  const stale = join(out, `.r0.txt.fazhi-tmp-${DEAD_PID}-Stale1`);
  mkdirSync(stale);
  writeFileSync(join(stale, 'content'), 'half a report');
  utimesSync(stale, TWO_MINUTES_AGO, TWO_MINUTES_AGO);
  return { dir, out, files, stale };
}

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('fazhi-tmp-'));

/** Whether a process is still running (a zombie waiting for its parent to reap it has stopped). */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
const groupOf = (scratch: string) => Number(readFileSync(join(scratch, 'soffice.pgid'), 'utf8'));
const scratchOf = (pid: number) => readdirSync(tmpdir()).filter((n) => n.startsWith(`fazhi-pdf-${pid}-`)).map((n) => join(tmpdir(), n));
const officeScratchOf = (pid: number) => readdirSync(tmpdir()).filter((n) => n.startsWith(`fazhi-office-${pid}-`)).map((n) => join(tmpdir(), n));

describe('an interrupted batch leaves no temporary folder', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('%s on worker threads: exits 128+n, own and stale leftovers removed, every output whole', async (signal) => {
    const b = batch(signal, 60);
    const run = start(['render', ...b.files, '--format', 'txt', '--out', b.out]);
    // What a worker killed mid-write leaves: a temporary folder named after this very process.
    const own = join(b.out, `.r1.txt.fazhi-tmp-${run.pid}-Own123`);
    mkdirSync(own);
    writeFileSync(join(own, 'content'), 'half a report');
    await until('the first rendered file', () => run.stderr().includes('[1/60]'));
    run.child.kill(signal);
    const r = await run.exited;
    expect(r.code, r.stderr).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(r.stderr).toContain('已中断');
    expect(leftovers(b.out)).toEqual([]);
    const expected = (await runCliAsync(['render', b.files[0] as string, '--format', 'txt', '--out', '-'])).stdout;
    const written = readdirSync(b.out);
    expect(written.length).toBeLessThan(60);
    for (const name of written) expect(readFileSync(join(b.out, name), 'utf8')).toBe(expected);
  }, 120_000);

  it('after a SIGKILL, the next run into that folder removes what the killed one left (once it is a minute old)', async () => {
    const b = batch('SIGKILL', 30);
    const run = start(['render', ...b.files, '--format', 'txt', '--out', b.out]);
    await until('the first rendered file', () => run.stderr().includes('[1/30]'));
    run.child.kill('SIGKILL');
    await run.exited;
    const killed = join(b.out, `.r2.txt.fazhi-tmp-${run.pid}-Kill99`);
    mkdirSync(killed, { recursive: true });
    // A minute passes: what the kill really left (a write it cut short, when it hit one) ages with the planted one.
    for (const name of readdirSync(b.out)) if (name.includes(`fazhi-tmp-${run.pid}-`)) utimesSync(join(b.out, name), TWO_MINUTES_AGO, TWO_MINUTES_AGO);
    const next = await runCliAsync(['render', b.files[0] as string, '--format', 'txt', '--out', `${b.out}/`]);
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(leftovers(b.out)).toEqual([]);
  }, 120_000);
});

describe.skipIf(!SOFFICE)(`an interrupted PDF render stops LibreOffice${SOFFICE ? '' : ` (skipped: LibreOffice not installed; ${INSTALL_HINT})`}`, () => {
  it('SIGTERM: the soffice process group is killed and the scratch folder removed', async () => {
    const run = start(['render', VALID, '--out', join(tmp, 'term.pdf')]);
    await until('LibreOffice to start', () => scratchOf(run.pid).some((d) => existsSync(join(d, 'soffice.pgid'))));
    const [scratch] = scratchOf(run.pid) as [string];
    const group = groupOf(scratch);
    expect(running(group)).toBe(true);
    run.child.kill('SIGTERM');
    const r = await run.exited;
    expect(r.code, r.stderr).toBe(143);
    expect(existsSync(scratch)).toBe(false);
    await until('LibreOffice to stop', () => !running(group), 10_000);
    expect(existsSync(join(tmp, 'term.pdf'))).toBe(false);
  }, 120_000);

  it('SIGKILL: the next PDF render stops the orphaned LibreOffice and removes its scratch folder', async () => {
    const run = start(['render', VALID, '--out', join(tmp, 'kill.pdf')]);
    await until('LibreOffice to start', () => scratchOf(run.pid).some((d) => existsSync(join(d, 'soffice.pgid'))));
    const [scratch] = scratchOf(run.pid) as [string];
    const group = groupOf(scratch);
    run.child.kill('SIGKILL');
    await run.exited;
    expect(running(group)).toBe(true);
    const next = await runCliAsync(['render', VALID, '--out', join(tmp, 'next.pdf')]);
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(existsSync(scratch)).toBe(false);
    await until('the orphaned LibreOffice to stop', () => !running(group), 10_000);
  }, 180_000);

  it('a timeout stops LibreOffice’s whole process tree, not just the soffice script', async () => {
    const run = start(['render', VALID, '--out', join(tmp, 'slow.pdf')], { FAZHI_PDF_TIMEOUT_MS: '1500' });
    let group = 0;
    await until('LibreOffice to start', () => {
      const d = scratchOf(run.pid).find((s) => existsSync(join(s, 'soffice.pgid')));
      if (d) group = groupOf(d);
      return group > 0;
    });
    const r = await run.exited;
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('已停止 LibreOffice');
    await until('LibreOffice to stop', () => !running(group), 10_000);
    expect(scratchOf(run.pid)).toEqual([]);
  }, 120_000);
});

describe.skipIf(!SOFFICE)(`an interrupted import of an old .doc stops LibreOffice${SOFFICE ? '' : ` (skipped: LibreOffice not installed; ${INSTALL_HINT})`}`, () => {
  /** An old Word file, made by LibreOffice from the report rendered to .docx. */
  async function oldWordFile(name: string): Promise<string> {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    const docx = join(dir, 'report.docx');
    expect((await runCliAsync(['render', VALID, '--out', docx])).code).toBe(0);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const made = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, docx], { encoding: 'utf8', timeout: 180_000 });
    expect(made.status, made.stderr).toBe(0);
    return join(dir, 'report.doc');
  }

  // Before: the conversion's folder (a copy of the file, LibreOffice's profile) stayed in the temp folder and
  // LibreOffice ran on, although the run said its temporary files were removed.
  it('SIGINT: the conversion’s LibreOffice group is killed and its scratch folder removed', async () => {
    const doc = await oldWordFile('doc-int');
    const run = start(['import', doc, '--out', join(tmp, 'doc-int', 'imported.yaml')]);
    await until('LibreOffice to start', () => officeScratchOf(run.pid).some((d) => existsSync(join(d, 'soffice.pgid'))));
    const [scratch] = officeScratchOf(run.pid) as [string];
    const group = groupOf(scratch);
    run.child.kill('SIGINT');
    const r = await run.exited;
    expect(r.code, r.stderr).toBe(130);
    expect(existsSync(scratch)).toBe(false);
    await until('LibreOffice to stop', () => !running(group), 10_000);
    expect(existsSync(join(tmp, 'doc-int', 'imported.yaml'))).toBe(false);
  }, 240_000);

  it('SIGKILL: the next .doc import stops the orphaned LibreOffice and removes its scratch folder', async () => {
    const doc = await oldWordFile('doc-kill');
    const run = start(['import', doc, '--out', join(tmp, 'doc-kill', 'killed.yaml')]);
    await until('LibreOffice to start', () => officeScratchOf(run.pid).some((d) => existsSync(join(d, 'soffice.pgid'))));
    const [scratch] = officeScratchOf(run.pid) as [string];
    run.child.kill('SIGKILL');
    await run.exited;
    const next = await runCliAsync(['import', doc, '--out', join(tmp, 'doc-kill', 'next.yaml')]);
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(existsSync(scratch)).toBe(false);
    expect(officeScratchOf(run.pid)).toEqual([]);
  }, 240_000);
});
