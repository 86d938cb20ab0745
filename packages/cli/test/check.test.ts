import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURE = 'packages/cli/test/fixtures/one-of-each.yaml';

describe('fazhi check', () => {
  it('prints each problem at file:line:col with the source line, a caret and the fix', () => {
    const r = runCli(['check', FIXTURE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${FIXTURE}:2:5  错误  fullwidth-colon`);
    expect(r.stdout).toMatch(/\n {4}2 \| year：2023\n {6}\| {5}\^\^\n/);
    expect(r.stdout).toContain(`${FIXTURE}:1:11  错误  unknown-template`);
    expect(r.stdout).toContain(`${FIXTURE}:10:21  错误  unknown-figure`);
    expect(r.stdout).toMatch(/可修复：改为 \$\{reconsideration\.received\}/);
    expect(r.stdout).toMatch(/检查了 1 个文件：\d+ 个错误，\d+ 个警告。/);
    expect(r.stderr).toBe('');
  });

  it('prints JSON for CI with 1-based positions and stable codes', () => {
    const r = runCli(['check', FIXTURE, '--format', 'json', '--lang', 'en']);
    const rows = JSON.parse(r.stdout) as Array<{ code: string; line: number; column: number }>;
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'fullwidth-colon', line: 2, column: 5 }),
        expect.objectContaining({ code: 'bad-enum', line: 5 }),
        expect.objectContaining({ code: 'published-too-early', line: 6 }),
        expect.objectContaining({ code: 'duplicate-enumerator', line: 9 }),
        expect.objectContaining({ code: 'title-full-stop', line: 9 }),
        expect.objectContaining({ code: 'halfwidth-punctuation', line: 10 }),
        expect.objectContaining({ code: 'figure-inconsistent', line: 14 }),
      ]),
    );
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
