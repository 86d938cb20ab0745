import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const EXAMPLE = 'templates/national/example.yaml';
const tmp = () => mkdtempSync(join(tmpdir(), 'fazhi-render-'));

describe('fazhi render', () => {
  it('renders txt, md and html into a folder and says what it wrote', () => {
    const out = tmp();
    for (const format of ['txt', 'md', 'html']) {
      const r = runCli(['render', EXAMPLE, '--format', format, '--out', `${out}/`]);
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toMatch(/已生成 .*example\.\w+（\d+ 字）/);
    }
    expect(readFileSync(join(out, 'example.txt'), 'utf8')).toBe(readFileSync(join(repoRoot, 'templates/national/example.txt'), 'utf8'));
    expect(readFileSync(join(out, 'example.md'), 'utf8')).toMatch(/^# 示例县2023年度法治政府建设情况报告\n/);
    expect(readFileSync(join(out, 'example.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('writes the report alone to standard output with --out -, and what it says about it to standard error', () => {
    const cwd = tmp();
    const r = runCli(['render', join(repoRoot, EXAMPLE), '--format', 'txt', '--out', '-'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(repoRoot, 'templates/national/example.txt'), 'utf8'));
    expect(r.stderr).toMatch(/已输出报告（\d+ 字）/);
    expect(existsSync(join(cwd, '-'))).toBe(false);
    const two = runCli(['render', join(repoRoot, EXAMPLE), join(repoRoot, 'examples/haian-2023.yaml'), '--out', '-'], { cwd });
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('只能用于一个文件');
  });

  it('refuses a file with errors, with check’s messages, and leaves an existing output untouched', () => {
    const dir = tmp();
    const data = join(dir, 'bad.yaml');
    writeFileSync(data, readFileSync(join(repoRoot, EXAMPLE), 'utf8').replace('year: 2023', 'year：2023'));
    writeFileSync(join(dir, 'bad.txt'), 'keep me');
    const r = runCli(['render', data, '--format', 'txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/bad\.yaml:3:5 {2}错误 {2}fullwidth-colon/);
    expect(r.stdout).toContain('没有生成报告');
    expect(readFileSync(join(dir, 'bad.txt'), 'utf8')).toBe('keep me');
  });

  it('renders many files, keeps going past a failing one and exits 1', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'good.yaml'), readFileSync(join(repoRoot, EXAMPLE), 'utf8'));
    writeFileSync(join(dir, 'bad.yaml'), 'template: nosuch\nyear: 2023\n');
    const r = runCli(['render', `${dir}/*.yaml`, '--format', 'txt', '--out', join(dir, 'out')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, 'out', 'good.txt'))).toBe(true);
    expect(existsSync(join(dir, 'out', 'bad.txt'))).toBe(false);
    expect(r.stdout).toMatch(/1 个失败/);
  });

  it('renders a batch on worker threads with progress lines when not on a terminal', () => {
    const dir = tmp();
    const example = readFileSync(join(repoRoot, EXAMPLE), 'utf8');
    for (let i = 1; i <= 5; i++) writeFileSync(join(dir, `r${i}.yaml`), example);
    writeFileSync(join(dir, 'r6.yaml'), example.replace('year: 2023', 'year: [2023'));
    const r = runCli(['render', '*.yaml', '--format', 'md', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    for (let i = 1; i <= 5; i++) expect(readFileSync(join(dir, 'out', `r${i}.md`), 'utf8')).toMatch(/^# 示例县/);
    expect(existsSync(join(dir, 'out', 'r6.md'))).toBe(false);
    expect(r.stdout).toMatch(/r6\.yaml:\d+:\d+ {2}错误 {2}syntax/);
    expect(r.stdout).toContain('渲染了 5 个文件，1 个失败。');
    expect(r.stderr.trim().split('\n')).toHaveLength(6);
    expect(r.stderr).toMatch(/^\[1\/6\] r\d\.yaml$/m);
  });

  it('names an unknown format and the available ones', () => {
    const r = runCli(['render', EXAMPLE, '--format', 'pptx']);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/不支持的格式“pptx”.*txt/);
  });
});
