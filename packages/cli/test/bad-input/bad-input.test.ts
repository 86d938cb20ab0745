import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../run-cli.js';
import { CASES, type BadInputCase, type Expect } from './catalogue.js';

/**
 * Every catalogued bad input through the built `fazhi check` and `fazhi render`, as a user runs them: the
 * message names file:line:col and says what to do, the exit code is right, nothing is printed as a stack
 * trace, and a failing render leaves the previous output file exactly as it was.
 */
const HERE = 'packages/cli/test/bad-input';
const PACKS = `${HERE}/packs`;
const PREVIOUS = 'PREVIOUS OUTPUT: a failed render must leave this untouched.\n';

interface Outcome {
  file: string;
  outPath: string;
  check: { code: number | null; stdout: string; stderr: string };
  render: { code: number | null; stdout: string; stderr: string };
}

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-bad-input-'));
const outcomes = new Map<string, Outcome>();

function prepare(c: BadInputCase): { file: string; outPath: string } {
  const dir = join(tmp, c.id);
  mkdirSync(dir);
  let file = `${HERE}/fixtures/${c.fixture ?? c.id}.yaml`;
  if (c.generate) {
    file = join(dir, `${c.id}.yaml`);
    writeFileSync(file, c.generate());
  }
  if (c.render.out) {
    // The places an output cannot go: under a regular file, and a name taken by a folder.
    writeFileSync(join(dir, 'a-file'), 'a regular file\n');
    mkdirSync(join(dir, 'a-folder', 'valid-report.html'), { recursive: true });
    return { file, outPath: c.render.out(dir) };
  }
  const outPath = join(dir, 'out', 'report.html');
  mkdirSync(dirname(outPath));
  writeFileSync(outPath, PREVIOUS);
  return { file, outPath };
}

async function runCase(c: BadInputCase): Promise<void> {
  const { file, outPath } = prepare(c);
  const packs = c.packs ? ['--templates', PACKS] : [];
  const [check, render] = await Promise.all([runCliAsync(['check', file, ...packs]), runCliAsync(['render', file, '--out', outPath, ...packs])]);
  outcomes.set(c.id, { file, outPath, check, render });
}

beforeAll(async () => {
  const queue = [...CASES];
  const worker = async () => {
    for (let c = queue.shift(); c; c = queue.shift()) await runCase(c);
  };
  await Promise.all([worker(), worker()]);
}, 240_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function expectMessage(r: { code: number | null; stdout: string; stderr: string }, e: Expect, file: string) {
  expect(r.code, r.stdout + r.stderr).toBe(e.exit);
  expect(r.stderr).toBe('');
  expect(r.stdout).not.toMatch(/^\s+at .*(:\d+:\d+\)?|native\))$/m);
  expect(r.stdout).not.toMatch(/内部出错|internal-error|this is a bug/);
  expect(r.stdout).toContain(e.says);
  if (e.code) expect(r.stdout).toMatch(new RegExp(`^${escape(file)}:${e.at ?? '\\d+:\\d+'}  \\S+  ${e.code}  `, 'm'));
  if (e.where) expect(r.stdout).toContain(e.where);
}

describe.each(CASES)('bad input: $id ($input)', (c) => {
  it(`fazhi check: exit ${c.check.exit}${c.check.code ? `, ${c.check.code} at ${c.check.at}` : ''}`, () => {
    const o = outcomes.get(c.id) as Outcome;
    expectMessage(o.check, c.check, o.file);
    for (const also of c.alsoChecks ?? []) {
      const [code, at] = also.split('@');
      expect(o.check.stdout).toMatch(new RegExp(`^${escape(o.file)}:${at}  \\S+  ${code}  `, 'm'));
    }
  });

  it(`fazhi render: exit ${c.render.exit}, ${c.render.exit ? 'no output written' : 'output written'}`, () => {
    const o = outcomes.get(c.id) as Outcome;
    expectMessage(o.render, c.render, o.file);
    const folder = c.render.out ? join(tmp, c.id) : dirname(o.outPath);
    // No temporary file of the atomic write is left behind, whatever happened.
    expect(readdirSync(folder, { recursive: true }).filter((f) => String(f).split(/[\\/]/).some((p) => p.startsWith('.')))).toEqual([]);
    if (c.render.out) {
      expect(existsSync(o.outPath) && statSync(o.outPath).isFile()).toBe(false);
      return;
    }
    const written = readFileSync(o.outPath, 'utf8');
    if (c.render.exit === 1) {
      expect(written).toBe(PREVIOUS);
      return;
    }
    expect(written).not.toBe(PREVIOUS);
    for (const s of c.render.has ?? []) expect(written).toContain(s);
    for (const s of c.render.lacks ?? []) {
      if (typeof s === 'string') expect(written).not.toContain(s);
      else expect(written).not.toMatch(s);
    }
  });
});
