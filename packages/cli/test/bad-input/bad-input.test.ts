import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_EXCERPT } from '../../src/output/terminal-safe.js';
import { runCliAsync } from '../run-cli.js';
import { CASES, type BadInputCase, type Expect } from './catalogue.js';

/**
 * Every catalogued bad input through the built `fazhi check` and `fazhi render`, as a user runs them: the
 * message names file:line:col and says what to do, the exit code is right, nothing is printed as a stack
 * trace, and a failing render leaves the previous output file exactly as it was.
 *
 * Cases run in batches, one child process per batch and expected exit code (a process per case would cost a
 * minute of CPU): a batch that should exit 0 proves each of its files does, and every file of a batch that
 * should exit 1 must show its own error. A crash on any file would cut the batch short and fail the rest.
 */
const HERE = 'packages/cli/test/bad-input';
const PACKS = ['--templates', `${HERE}/packs`];
const PREVIOUS = 'PREVIOUS OUTPUT: a failed render must leave this untouched.\n';

type Run = { code: number | null; stdout: string; stderr: string };
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-bad-input-'));
const outDir = join(tmp, 'out');
const files = new Map<string, string>();
const runs = new Map<string, Run>();
/** An output-path case's folder (and its --out target) before the run: what a refused render must leave as it was. */
const before = new Map<string, Map<string, string>>();
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The data file a case runs on: its fixture, or the file its generator writes. */
function dataFile(c: BadInputCase): string {
  if (!c.generate) return `${HERE}/fixtures/${c.fixture ?? c.id}.yaml`;
  const path = join(tmp, 'data', `${c.id}.yaml`);
  writeFileSync(path, c.generate());
  return path;
}
const outputOf = (c: BadInputCase) => join(outDir, `${basename(files.get(c.id) as string, '.yaml')}.html`);

beforeAll(async () => {
  mkdirSync(join(tmp, 'data'));
  mkdirSync(outDir);
  for (const c of CASES) files.set(c.id, dataFile(c));
  const batch = (pick: (c: BadInputCase) => boolean) => CASES.filter(pick).map((c) => files.get(c.id) as string);
  // Every output already exists from "last time"; a failing render must not touch it.
  for (const c of CASES) if (!c.render.out) writeFileSync(outputOf(c), PREVIOUS);
  const special = CASES.filter((c) => c.render.out);
  const jobs: Array<[string, Promise<Run>]> = [
    ['check 0', runCliAsync(['check', ...batch((c) => c.check.exit === 0), ...PACKS])],
    ['check 1', runCliAsync(['check', ...batch((c) => c.check.exit === 1), ...PACKS])],
    ['render 0', runCliAsync(['render', ...batch((c) => !c.render.out && c.render.exit === 0), '--out', `${outDir}/`, ...PACKS])],
    ['render 1', runCliAsync(['render', ...batch((c) => !c.render.out && c.render.exit === 1), '--out', `${outDir}/`, ...PACKS])],
    ...special.map((c): [string, Promise<Run>] => {
      // The places an output cannot go: under a regular file, and a name taken by a folder; and the case's own.
      const dir = join(tmp, c.id);
      mkdirSync(join(dir, 'a-folder', 'valid-report.html'), { recursive: true });
      writeFileSync(join(dir, 'a-file'), 'a regular file\n');
      c.render.setup?.(dir);
      const out = c.render.out?.(dir) as string;
      before.set(c.id, snapshot(dir, out));
      const inputs = c.render.inputs?.(dir) ?? [files.get(c.id) as string];
      return [`render ${c.id}`, runCliAsync(['render', ...inputs, '--out', out, ...(c.render.args ?? [])])];
    }),
  ];
  for (const [name, run] of jobs) runs.set(name, await run);
}, 240_000);

/** Every entry under `dir` (and `extra`) with its kind, link target or content: devices and FIFOs are never opened. */
function snapshot(dir: string, extra: string): Map<string, string> {
  const describe = (p: string) => {
    let s;
    try {
      s = lstatSync(p);
    } catch {
      return 'absent';
    }
    if (s.isSymbolicLink()) return `link → ${readlinkSync(p)}`;
    if (s.isFile()) return `file ${readFileSync(p).toString('base64')}`;
    return s.isDirectory() ? 'folder' : s.isFIFO() ? 'fifo' : s.isCharacterDevice() ? `device ${s.rdev}` : 'other';
  };
  const entries = readdirSync(dir, { recursive: true }).map(String).sort();
  return new Map([...entries.map((e): [string, string] => [e, describe(join(dir, e))]), ['--out', describe(extra.replace(/\/$/, ''))]]);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The lines a file owns in a batch's output: its messages, their source excerpts and fixes. */
function linesOf(stdout: string, file: string): string {
  const all = [...files.values()];
  let owner: string | undefined;
  const mine: string[] = [];
  for (const line of stdout.split('\n')) {
    const starter = all.find((f) => line.startsWith(`${f}:`) || line.startsWith(`${f}：`));
    if (starter) owner = starter;
    else if (!line.startsWith(' ')) owner = undefined;
    if (owner === file) mine.push(line);
  }
  return mine.join('\n');
}

function batchRun(kind: 'check' | 'render', c: BadInputCase): Run {
  const e = kind === 'check' ? c.check : c.render;
  return runs.get(kind === 'render' && c.render.out ? `render ${c.id}` : `${kind} ${e.exit}`) as Run;
}

function expectMessage(run: Run, e: Expect, file: string, ownError = true) {
  expect(run.code, run.stdout + run.stderr).toBe(e.exit);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at .*(:\d+:\d+\)?|native\))$/m);
  expect(run.stdout + run.stderr).not.toMatch(/内部出错|内部错误|internal-error|this is a bug/);
  const mine = linesOf(run.stdout, file);
  if (e.code) expect(mine).toMatch(new RegExp(`^${escape(file)}:${e.at ?? '\\d+:\\d+'}  \\S+  ${e.code}  `, 'm'));
  // In a batch that fails, each file must show an error of its own.
  if (e.exit === 1 && ownError) expect(mine).toMatch(new RegExp(`^${escape(file)}(:\\d+:\\d+  错误  |：)`, 'm'));
  if (e.where) expect(mine).toContain(e.where);
  return mine;
}

describe('the batches', () => {
  it('check prints nothing on stderr (no runtime warnings, no traces)', () => {
    expect(runs.get('check 0')?.stderr).toBe('');
    expect(runs.get('check 1')?.stderr).toBe('');
  });

  it('source excerpts stay short, even for a line of 100,000 brackets', () => {
    const excerpts = [...runs.values()].flatMap((r) => r.stdout.split('\n').filter((l) => /^ +\d+ \| /.test(l)));
    expect(excerpts.length).toBeGreaterThan(10);
    for (const line of excerpts) expect(line.length).toBeLessThanOrEqual(MAX_EXCERPT + 12);
  });
});

describe.each(CASES)('bad input: $id ($input)', (c) => {
  it(`fazhi check: exit ${c.check.exit}${c.check.code ? `, ${c.check.code} at ${c.check.at}` : ''}`, () => {
    const file = files.get(c.id) as string;
    const mine = expectMessage(batchRun('check', c), c.check, file);
    if (c.check.exit === 1 || c.check.code) expect(mine).toContain(c.check.says);
    for (const also of c.alsoChecks ?? []) {
      const [code, at] = also.split('@');
      expect(mine).toMatch(new RegExp(`^${escape(file)}:${at}  \\S+  ${code}  `, 'm'));
    }
  });

  it(`fazhi render: exit ${c.render.exit}, ${c.render.exit ? 'no output written' : 'output written'}`, () => {
    const file = files.get(c.id) as string;
    const run = batchRun('render', c);
    // A write failure is about the output path, not the data file: the run is the case's own.
    const mine = expectMessage(run, c.render, file, !c.render.out);
    if (c.render.out) {
      const dir = join(tmp, c.id);
      expect(run.stdout + run.stderr).toContain(c.render.says);
      const target = c.render.out(dir);
      if (c.render.exit !== 0) {
        // Nothing written (the --out target included), nothing replaced (a device stays a device), nothing
        // half-written or temporary left behind.
        expect(snapshot(dir, target)).toEqual(before.get(c.id));
        return;
      }
      const file = c.render.written?.(dir) ?? target;
      const written = readFileSync(file, 'utf8');
      for (const s of c.render.has ?? []) expect(written).toContain(s);
      // Everything that was there keeps its kind (a link stays a link); the only new entry is the output itself.
      const was = before.get(c.id) as Map<string, string>;
      const now = snapshot(dir, target);
      const kind = (d: string | undefined) => d?.replace(/^(file|link|device) .*$/, '$1');
      const mine = (name: string) => name === relative(dir, file) || (name === '--out' && file === target);
      for (const [name, d] of was) if (!mine(name)) expect([name, kind(now.get(name))]).toEqual([name, kind(d)]);
      expect([...now.keys()].filter((n) => !was.has(n))).toEqual(was.has(relative(dir, file)) ? [] : [relative(dir, file)]);
      return;
    }
    const written = readFileSync(outputOf(c), 'utf8');
    if (c.render.exit === 1) {
      expect(mine).toContain(c.render.says);
      expect(written).toBe(PREVIOUS);
      return;
    }
    expect(run.stdout).toMatch(new RegExp(`已生成 .*${escape(basename(outputOf(c)))}（`));
    expect(written).not.toBe(PREVIOUS);
    for (const s of c.render.has ?? []) expect(written).toContain(s);
    for (const s of c.render.lacks ?? []) {
      if (typeof s === 'string') expect(written).not.toContain(s);
      else expect(written).not.toMatch(s);
    }
  });
});

describe('the output folder after both batches', () => {
  it('holds exactly one file per case: no temporary files of the atomic writes', () => {
    const expected = CASES.filter((c) => !c.render.out).map((c) => basename(outputOf(c)));
    expect(readdirSync(outDir).sort()).toEqual(expected.sort());
  });
});
