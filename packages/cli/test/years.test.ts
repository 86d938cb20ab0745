import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';

const FIXTURES = join(repoRoot, 'packages/core/test/years/fixtures');

/** A folder with last year's tanggu report and this year's with the four planted problems. */
function plantedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-years-'));
  copyFileSync(join(FIXTURES, 'tanggu-2023.yaml'), join(dir, 'tanggu-2023.yaml'));
  const planted = readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8')
    .replace('2024年，塘沽街道把物业', '2025年，塘沽街道把物业')
    .replace('binhai_services: 2725', 'binhai_services: 240')
    .replace('        - 每个社区的法律服务驿站均已建成，律师按排班表驻点，为居民提供法律咨询。', '        - 街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。');
  writeFileSync(join(dir, 'tanggu-2024.yaml'), planted);
  return dir;
}

describe('fazhi check against last year', () => {
  it('finds the planted problems and shows where last year’s text is', () => {
    const dir = plantedFolder();
    const r = runCli(['check', join(dir, 'tanggu-2024.yaml'), '--format', 'json']);
    const rows = JSON.parse(r.stdout) as Array<{ code: string; line: number; related?: Array<{ source: string }> }>;
    expect(rows.map((d) => d.code).sort()).toEqual(['figure-jump', 'prose-year', 'recycled-share', 'recycled-text']);
    expect(rows.find((d) => d.code === 'recycled-text')?.related?.[0]?.source).toBe(join(dir, 'tanggu-2023.yaml'));
    const text = runCli(['check', join(dir, 'tanggu-2024.yaml')]).stdout;
    expect(text).toMatch(/去年：.*tanggu-2023\.yaml:21:11/);
  });

  it('previous-missing when `previous:` names no file, and a bad --jump-factor is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-years-'));
    writeFileSync(join(dir, 'a.yaml'), readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8').replace('previous: ./tanggu-2023.yaml', 'previous: ../2023/nowhere.yaml'));
    const r = runCli(['check', join(dir, 'a.yaml'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject([{ code: 'previous-missing', line: 4, column: 11 }]);
    const bad = runCli(['check', join(dir, 'a.yaml'), '--jump-factor', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--jump-factor');
  });
});

describe('fazhi compare', () => {
  it('prints both years side by side and writes a self-contained HTML page', () => {
    const dir = plantedFolder();
    const html = join(dir, 'compare.html');
    const r = runCli(['compare', join(dir, 'tanggu-2023.yaml'), join(dir, 'tanggu-2024.yaml'), '--html', html, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('binhai_services: 2400 → 240');
    expect(r.stdout).toContain('Recycled from last year');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('街道把法律明白人编入社区网格');
    expect(page).not.toMatch(/<(?:script|link)\b|https?:\/\//);
  });

  it('asks for two files', () => {
    const r = runCli(['compare', join(FIXTURES, 'tanggu-2023.yaml')]);
    expect(r.code).toBe(2);
  });
});

describe('fazhi review', () => {
  it('one row per report, data and published, with last year’s pairing, deadlines, CSV and HTML', () => {
    const dir = plantedFolder();
    for (const f of ['wanyuan-2022.yaml', 'wanyuan-2023.yaml', 'haian-2022.yaml', 'haian-2023.yaml']) copyFileSync(join(FIXTURES, f), join(dir, f));
    // A published report (text, as copied from a web page) is imported on the fly.
    mkdirSync(join(dir, 'published'));
    copyFileSync(join(repoRoot, 'examples/seeds/tanggu-2024.txt'), join(dir, 'published', '塘沽街道2024年度报告.txt'));
    writeFileSync(join(dir, 'late.yaml'), readFileSync(join(FIXTURES, 'haian-2022.yaml'), 'utf8').replace('name: 海安高新技术产业开发区', 'name: 某县').replace('published: 2023-03-10', 'published: 2023-05-10'));
    const out = join(dir, 'out');
    const r = runCli(['review', dir, '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Reviewed 8 reports/);
    const csv = readFileSync(join(out, 'review.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFFile,Jurisdiction,Year')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1).map((l) => l.split(','));
    const row = (file: string) => rows.find((c) => (c[0] as string).endsWith(file)) as string[];
    expect(rows).toHaveLength(8);
    // File, Jurisdiction, Year, Template, Parts, Errors, Warnings, Signed, SignedLate, Published, PublishedLate, Recycled, Plans, Jumps, Failure
    expect(row('tanggu-2024.yaml').slice(11, 14)).toEqual(['14', '0', 'binhai_services 2400→240']);
    expect(row('wanyuan-2023.yaml').slice(11, 14)).toEqual(['0', '0', '']);
    expect(row('late.yaml')[10]).toBe('40');
    expect(row('塘沽街道2024年度报告.txt').slice(1, 3)).toEqual(['塘沽街道', '2024']);
    const html = readFileSync(join(out, 'review.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<(?:link|script)\s+[^>]*src=|https?:\/\/(?!www\.w3)/);
  });
});
