import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliDir, runCliAsync } from '../run-cli.js';

const FIXTURES = `${cliDir}test/bad-input/fixtures`;
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-writes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PREVIOUS = 'PREVIOUS\n';

/**
 * A batch of n data files rendered into one folder: the good ones (a, b, …), one with a data error (`bad`),
 * and one whose output name is taken by a folder (`blocked`). Every output already exists from "last time".
 */
function batch(name: string, good: number) {
  const dir = join(tmp, name);
  const out = join(dir, 'out');
  mkdirSync(out, { recursive: true });
  const names = Array.from({ length: good }, (_, i) => `good-${i}`);
  for (const n of names) copyFileSync(join(FIXTURES, 'valid-report.yaml'), join(dir, `${n}.yaml`));
  copyFileSync(join(FIXTURES, 'wrong-types-everywhere.yaml'), join(dir, 'bad.yaml'));
  copyFileSync(join(FIXTURES, 'valid-report.yaml'), join(dir, 'blocked.yaml'));
  for (const n of [...names, 'bad']) writeFileSync(join(out, `${n}.txt`), PREVIOUS);
  mkdirSync(join(out, 'blocked.txt'));
  return { dir, out, names, files: [...names, 'bad', 'blocked'].map((n) => join(dir, `${n}.yaml`)) };
}

describe('a failure in one file of a batch leaves the others intact', () => {
  it.each([
    ['one after another', 1],
    ['on worker threads', 4],
  ])('%s', async (_how, good) => {
    const b = batch(`batch-${good}`, good);
    const r = await runCliAsync(['render', ...b.files, '--format', 'txt', '--out', b.out]);
    expect(r.code).toBe(1);
    // Progress lines go to stderr on worker threads; a stack trace must not, anywhere.
    expect(r.stdout + r.stderr).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
    expect(r.stdout).toContain(`渲染了 ${good} 个文件，2 个失败。`);
    expect(r.stdout).toContain('同名的文件夹');
    for (const n of b.names) expect(readFileSync(join(b.out, `${n}.txt`), 'utf8')).toContain('万源市2023年度法治政府建设情况报告');
    expect(readFileSync(join(b.out, 'bad.txt'), 'utf8')).toBe(PREVIOUS);
    // Nothing else appeared: no temporary files, no partial outputs.
    expect(readdirSync(b.out).sort()).toEqual([...b.names, 'bad', 'blocked'].map((n) => `${n}.txt`).sort());
  }, 60_000);
});

describe('every file the CLI writes goes through writeFileAtomic', () => {
  // Creating folders is fine; writing file content anywhere but write-file-atomic.ts is not.
  const WRITES = /\b(writeFileSync|appendFileSync|createWriteStream|copyFileSync|cpSync|writeFile|appendFile|copyFile|cp|truncate|truncateSync|open(Sync)?\([^)]*['"][wa]\+?['"])\s*\(/;
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

  /** Modules that write only scratch files in the OS temp folder, never a file the user asked for. */
  const SCRATCH_ONLY: Record<string, string> = {
    [join('render', 'pdf.ts')]: 'the .docx handed to LibreOffice, in a private temp folder removed afterwards',
    [join('render', 'pdf-scratch.ts')]: "the id of LibreOffice's process group, in that temp folder, so an interrupted run can stop it",
    [join('fonts', 'fontconfig.ts')]: "fontconfig's substitution file in the temp folder, itself written to a private name and renamed",
  };

  it('no module but output/write-file-atomic.ts writes file content (scratch files in the temp folder aside)', () => {
    const offenders = sources(join(cliDir, 'src'))
      .filter((f) => !f.endsWith(join('output', 'write-file-atomic.ts')))
      .filter((f) => !Object.keys(SCRATCH_ONLY).some((s) => f.endsWith(s)))
      .filter((f) => WRITES.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the check itself sees a direct write', () => {
    expect(WRITES.test("writeFileSync(path, 'x')")).toBe(true);
    expect(WRITES.test('mkdirSync(dir, { recursive: true })')).toBe(false);
  });
});
