import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliDir, runCli } from './run-cli.js';

// `fazhi check --fix` applies the fixes the diagnostics carry, in place, and says what it changed;
// `--dry-run` prints the same change as a unified diff and writes nothing.
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function copyOf(name: string): string {
  const file = join(tmp, `${name}.yaml`);
  copyFileSync(join(cliDir, 'test/fixtures/one-of-each.yaml'), file);
  return file;
}

type Row = { code: string; fix?: unknown };
const json = (file: string): Row[] => JSON.parse(runCli(['check', file, '--format', 'json']).stdout) as Row[];

describe('fazhi check --fix', () => {
  it('applies every fix in place, lists them, and leaves only the problems without one', () => {
    const file = copyOf('fix');
    const before = json(file);
    const fixable = before.filter((d) => d.fix).map((d) => d.code);
    expect(fixable.length).toBeGreaterThan(5);
    const r = runCli(['check', file, '--fix', '--lang', 'en'], { cwd: tmp });
    expect(r.stdout).toMatch(/fix\.yaml: fixed \d+ problems:/);
    for (const code of fixable) expect(r.stdout).toMatch(new RegExp(`fix\\.yaml:\\d+:\\d+  ${code}  `));
    const after = json(file);
    expect(after.filter((d) => d.fix)).toEqual([]);
    expect(after.map((d) => d.code).sort()).toEqual(before.filter((d) => !d.fix).map((d) => d.code).sort());
    expect(readdirSync(tmp).filter((f) => f.startsWith('.'))).toEqual([]); // the atomic writer's temporary folder is gone
  });

  it('changes nothing in a file that has nothing to fix', () => {
    const file = join(tmp, 'clean.yaml');
    copyFileSync(join(cliDir, '../../examples/haian-2023.yaml'), file);
    const r = runCli(['check', file, '--fix']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('已修复');
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(join(cliDir, '../../examples/haian-2023.yaml'), 'utf8'));
  });

  it('with --dry-run prints a unified diff of exactly what --fix writes, and writes nothing', () => {
    const file = copyOf('dry');
    const original = readFileSync(file, 'utf8');
    const r = runCli(['check', 'dry.yaml', '--fix', '--dry-run'], { cwd: tmp });
    expect(r.code).toBe(1);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(r.stdout).toMatch(/^--- a\/dry\.yaml\n\+\+\+ b\/dry\.yaml\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(r.stderr).toMatch(/dry\.yaml：--fix 会改 \d+ 处（--dry-run，文件没有改动）/);
    runCli(['check', 'dry.yaml', '--fix'], { cwd: tmp });
    expect(applyPatch(original, r.stdout)).toBe(readFileSync(file, 'utf8'));
  });

  it('with --dry-run alone and nothing to fix says so and exits 0', () => {
    const file = join(tmp, 'nothing.yaml');
    writeFileSync(file, readFileSync(join(cliDir, '../../examples/haian-2023.yaml')));
    const r = runCli(['check', file, '--dry-run', '--lang', 'en']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'Nothing to fix automatically.\n' });
  });
});

/** Applies a unified diff (the hunks this test's diffs have: context, removed and added lines) to a text. */
function applyPatch(text: string, patch: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let cursor = 0;
  const hunks = patch.split(/^(?=@@ )/m).slice(1);
  for (const hunk of hunks) {
    const [header, ...body] = hunk.split('\n');
    const start = Number(/^@@ -(\d+)/.exec(header ?? '')?.[1]) - 1;
    out.push(...lines.slice(cursor, start));
    cursor = start;
    for (const line of body) {
      if (line.startsWith(' ') || line.startsWith('-')) cursor++;
      if (line.startsWith(' ') || line.startsWith('+')) out.push(line.slice(1));
    }
  }
  return [...out, ...lines.slice(cursor)].join('\n');
}
