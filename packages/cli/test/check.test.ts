import { ALL_RULES } from '@fazhi/core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURE = 'packages/cli/test/fixtures/one-of-each.yaml';

/** What one-of-each.yaml must produce: one finding of every rule, [code, severity, line:col, has a fix]. */
const EXPECTED: Array<[string, string, string, boolean]> = [
  ['missing-part', 'warning', '1:1', false],
  ['unknown-template', 'error', '1:11', true],
  ['fullwidth-colon', 'error', '2:5', true],
  ['bad-enum', 'error', '5:9', true],
  ['published-too-early', 'error', '6:12', false],
  ['previous-missing', 'error', '7:11', false],
  ['prose-year', 'warning', '9:9', true],
  ['stale-name', 'warning', '9:31', false],
  ['sections-and-items', 'error', '13:3', false],
  ['duplicate-enumerator', 'warning', '14:14', true],
  ['title-full-stop', 'warning', '14:24', true],
  ['unknown-figure', 'error', '15:21', true],
  ['halfwidth-punctuation', 'warning', '15:49', true],
  ['fullwidth-quotes', 'warning', '17:11', true],
  ['fullwidth-indent', 'error', '18:1', true],
  ['unbalanced-pair', 'warning', '18:9', false],
  ['placeholder', 'warning', '21:11', false],
  ['plan-year', 'warning', '24:14', true],
  ['unknown-key', 'error', '25:7', true],
  ['figure-inconsistent', 'warning', '29:15', false],
  ['control-character', 'warning', '30:12', true],
  ['colon-in-text', 'error', '33:9', true],
  ['tab-indent', 'error', '34:1', true],
];

const SEVERITY_ZH: Record<string, string> = { error: '错误', warning: '警告' };

/** Each printed diagnostic as [code, severity, line:col, has a fix], read back from the terminal text. */
function printed(stdout: string, file: string): Array<[string, string, string, boolean]> {
  const blocks = stdout.split('\n\n').filter((b) => b.startsWith(`${file}:`));
  return blocks.map((b) => {
    const m = new RegExp(`^${file.replace(/[.]/g, '\\.')}:(\\d+):(\\d+)  (\\S+)  (\\S+)  `).exec(b);
    if (!m) throw new Error(`unexpected block: ${b}`);
    const severity = Object.keys(SEVERITY_ZH).find((k) => SEVERITY_ZH[k] === m[3]) ?? m[3];
    return [m[4] as string, severity as string, `${m[1]}:${m[2]}`, /\n {8}可修复：/.test(b)];
  });
}

describe('fazhi check', () => {
  it('prints one finding of every rule at its line:col, with a fix wherever one exists', () => {
    const r = runCli(['check', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(printed(r.stdout, FIXTURE)).toEqual(EXPECTED);
    const errors = EXPECTED.filter((e) => e[1] === 'error').length;
    expect(r.stdout).toContain(`检查了 1 个文件：${errors} 个错误，${EXPECTED.length - errors} 个警告。`);
  });

  it('the fixture covers every rule', () => {
    // missing-signature needs a known pack, which the fixture's misspelt template id rules out: tested below.
    const codes = new Set([...EXPECTED.map((e) => e[0]), 'missing-signature']);
    expect(ALL_RULES.filter((rule) => !rule.codes.some((c) => codes.has(c))).map((rule) => rule.codes[0])).toEqual([]);
  });

  it('shows the source line, a caret under the range (in terminal columns) and the fix', () => {
    const r = runCli(['check', FIXTURE]);
    expect(r.stdout).toMatch(/\n {4}2 \| year：2023\n {6}\| {5}\^\^\n {8}可修复：改成半角冒号“: ”\n/);
    expect(r.stdout).toMatch(/\n {3}15 \| {7}text: 全年收到复议案件\$\{reconsideration\.recieved\}件,.*\n {6}\| {29}\^{27}\n {8}可修复：改为 \$\{reconsideration\.received\}\n/);
    expect(r.stdout).toMatch(/\n {3}18 \| 　　　　- 印发《实施方案\n {6}\| \^{8}\n {8}可修复：换成半角空格\n/);
  });

  it('prints JSON for CI with 1-based positions, stable codes and the fixes', () => {
    const r = runCli(['check', FIXTURE, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const rows = JSON.parse(r.stdout) as Array<{ code: string; severity: string; line: number; column: number; message: string; fix?: { title: string; scaffold?: boolean } }>;
    // A scaffold fix (a missing part to fill in) is in the JSON, flagged; the text output shows only certain fixes.
    expect(rows.map((d) => [d.code, d.severity, `${d.line}:${d.column}`, d.fix !== undefined && !d.fix.scaffold])).toEqual(EXPECTED);
    expect(rows.find((d) => d.code === 'missing-part')?.fix).toMatchObject({ scaffold: true });
    expect(rows.find((d) => d.code === 'unknown-template')).toMatchObject({ fix: { title: 'Change to national' } });
    expect(rows.find((d) => d.code === 'fullwidth-colon')?.message).toMatch(/full-width colon/);
  });

  it('prints a key indented under a scalar as an indentation error on its line, with the fix, not as two syntax errors', () => {
    const file = 'packages/cli/test/fixtures/syntax-error.yaml';
    const r = runCli(['check', file]);
    expect(r.code).toBe(1);
    expect(printed(r.stdout, file).filter((d) => d[0] === 'syntax' || d[0] === 'indentation')).toEqual([['indentation', 'error', '5:1', true]]);
    expect(r.stdout).toMatch(/\n {4}5 \| {5}kind: county-city\n {6}\| \^{4}\n {8}可修复：缩进改为 2 个空格\n/);
  });

  it('warns when the pack prints a signature the report lacks', () => {
    const r = runCli(['check', 'examples/haian-2023.yaml', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Array<{ code: string }>).map((d) => d.code)).toEqual(['missing-signature']);
  });

  it('lists at most 1,000 findings per file, says how many more there are, and still counts them all', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-many-'));
    const file = join(dir, 'many.yaml');
    writeFileSync(file, `template: national\nyear: 2023\njurisdiction: { name: 示例县, kind: county }\n${Array.from({ length: 1500 }, (_, i) => `k${i}: ${i}`).join('\n')}\n`);
    const r = runCli(['check', file]);
    expect(r.code).toBe(1);
    const all = JSON.parse(runCli(['check', file, '--format', 'json']).stdout) as Array<{ code: string; severity: string; line: number }>;
    expect(all.filter((d) => d.code === 'unknown-key')).toHaveLength(1500);
    const listed = r.stdout.split('\n\n').filter((b) => b.startsWith(`${file}:`) && !/ 起还有 /.test(b));
    expect(listed).toHaveLength(1000);
    const rest = all.slice(1000);
    const restErrors = rest.filter((d) => d.severity === 'error').length;
    expect(r.stdout).toContain(`${file}:${rest[0]!.line} 起还有 ${rest.length} 条问题没有列出（其中 ${restErrors} 个错误；每个文件最多列出 1000 条）`);
    expect(r.stdout).toContain(`检查了 1 个文件：${all.filter((d) => d.severity === 'error').length} 个错误`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('says what is wrong, without a stack trace, when a file is missing', () => {
    const r = runCli(['check', 'no/such/file.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('no/such/file.yaml：找不到这个文件。');
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('exits 2 with usage for unknown options', () => {
    const r = runCli(['check', '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fazhi check');
  });
});
