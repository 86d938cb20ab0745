import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';
import { FIXTURES, reviewRows, tanggu2024FindingLastYear, withNewPoint } from './years-fixtures.js';

/** A folder with last year's tanggu report and this year's with the four planted problems. */
function plantedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-years-'));
  copyFileSync(join(FIXTURES, 'tanggu-2023.yaml'), join(dir, 'tanggu-2023.yaml'));
  const planted = withNewPoint(
    readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8').replace('2024年，塘沽街道把物业', '2025年，塘沽街道把物业').replace('binhai_services: 2725', 'binhai_services: 240'),
  );
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

/**
 * Last year's reports as a reviewer receives them: rendered by `fazhi render` to .docx and .html (no data file),
 * named as published reports are (jurisdiction and year in the name). This year's data files, with planted problems.
 */
function publishedFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-years-published-'));
  for (const [from, to] of [['tanggu-2023.yaml', '塘沽街道2023年度法治政府建设情况报告.docx'], ['wanyuan-2022.yaml', '万源市2022年法治政府建设情况报告.html']] as const) {
    const r = runCli(['render', join(FIXTURES, from), '--out', join(dir, to)]);
    expect(r.code, r.stderr).toBe(0);
  }
  writeFileSync(join(dir, 'tanggu-2024.yaml'), tanggu2024FindingLastYear());
  writeFileSync(
    join(dir, 'wanyuan-2023.yaml'),
    readFileSync(join(FIXTURES, 'wanyuan-2023.yaml'), 'utf8')
      .replace('previous: wanyuan-2022.yaml\n', '')
      .replace('text: 抽查乡镇执法案卷一百二十卷，对证据收集不全的案卷逐件反馈整改意见。', 'text: 市司法局全年审查各类合同和协议，提出修改意见并跟踪落实，未发生因合同瑕疵引发的诉讼。')
      .replace('    - title: 规范性文件清理全面完成\n      points:\n        - title: 集中清理\n          text: 完成现行有效行政规范性文件集中清理，废止失效文件十一件，清理结果已在政府网站公布。\n', ''),
  );
  return dir;
}

describe('last year’s published report (.docx, .html) counts', () => {
  it('fazhi check finds it in the folder, imports it and points at it', () => {
    const dir = publishedFolder();
    const codes = (file: string) => {
      const r = runCli(['check', join(dir, file), '--format', 'json']);
      return JSON.parse(r.stdout) as Array<{ code: string; related?: Array<{ source: string }> }>;
    };
    const tanggu = codes('tanggu-2024.yaml');
    expect(tanggu.map((d) => d.code).sort()).toEqual(['recycled-share', 'recycled-text']);
    expect(tanggu.find((d) => d.code === 'recycled-text')?.related?.[0]?.source).toBe(join(dir, '塘沽街道2023年度法治政府建设情况报告.docx'));
    const wanyuan = codes('wanyuan-2023.yaml');
    expect(wanyuan.map((d) => d.code).sort()).toEqual(['plan-not-followed', 'recycled-share', 'recycled-text']);
    expect(wanyuan.find((d) => d.code === 'plan-not-followed')?.related?.[0]?.source).toBe(join(dir, '万源市2022年法治政府建设情况报告.html'));
  });

  it('fazhi review pairs each year with last year’s published report', () => {
    const dir = publishedFolder();
    const out = join(dir, 'out');
    const r = runCli(['review', dir, '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const { rows, row } = reviewRows(out);
    expect(rows).toHaveLength(4);
    // File, Jurisdiction, Year, Template, … Recycled (11), Plans unanswered (12), Figure jumps (13)
    expect(row('.docx').slice(1, 4)).toEqual(['塘沽街道', '2023', 'tanggu-street-office']);
    expect(row('.html').slice(1, 4)).toEqual(['万源市', '2022', 'wanyuan-county-city']);
    expect(row('tanggu-2024.yaml').slice(11, 13)).toEqual(['14', '0']);
    expect(Number(row('wanyuan-2023.yaml')[11])).toBeGreaterThan(0);
    expect(row('wanyuan-2023.yaml')[12]).toBe('1');
  });
});

describe('fazhi review of a folder kept by year (报告/2022/, 报告/2023/)', () => {
  it('pairs each report with last year’s in the other year’s folder, the same folder first', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-years-folders-'));
    for (const year of ['2022', '2023']) mkdirSync(join(dir, year));
    copyFileSync(join(FIXTURES, 'wanyuan-2022.yaml'), join(dir, '2022', 'wanyuan-2022.yaml'));
    writeFileSync(join(dir, '2023', 'wanyuan-2023.yaml'), readFileSync(join(FIXTURES, 'wanyuan-2023.yaml'), 'utf8').replace('previous: wanyuan-2022.yaml\n', '').replace('legal_aid_cases: 447', 'legal_aid_cases: 3900'));
    // Last year's published only as a web page, in last year's folder.
    expect(runCli(['render', join(FIXTURES, 'haian-2022.yaml'), '--out', join(dir, '2022', '海安高新技术产业开发区2022年法治政府建设情况报告.html')]).code).toBe(0);
    writeFileSync(join(dir, '2023', 'haian-2023.yaml'), readFileSync(join(FIXTURES, 'haian-2023.yaml'), 'utf8').replace('    - title: 企业合规指导中心投入运行\n      points:\n        - 合规指导中心为园区四十余家中小企业开展合规体检，出具法律风险提示书。\n', '    - title: 纠纷调处\n      points:\n'));
    // tanggu: last year's in both folders; the one beside this year's is taken (its figure is this year's, no jump).
    copyFileSync(join(FIXTURES, 'tanggu-2023.yaml'), join(dir, '2022', 'tanggu-2023.yaml'));
    writeFileSync(join(dir, '2023', 'tanggu-2023-终稿.yaml'), readFileSync(join(FIXTURES, 'tanggu-2023.yaml'), 'utf8').replace('binhai_services: 2400', 'binhai_services: 260'));
    writeFileSync(join(dir, '2023', 'tanggu-2024.yaml'), readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8').replace('previous: ./tanggu-2023.yaml\n', '').replace('binhai_services: 2725', 'binhai_services: 240'));
    const out = join(dir, 'out');
    const r = runCli(['review', dir, '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const { rows, row } = reviewRows(out);
    expect(rows).toHaveLength(7);
    // Recycled (11), Plans unanswered (12), Figure jumps (13)
    expect(row('2023/wanyuan-2023.yaml').slice(11, 14)).toEqual(['0', '0', 'legal_aid_cases 390→3900']);
    expect(row('2023/haian-2023.yaml')[12]).toBe('1');
    expect(row('2023/tanggu-2024.yaml').slice(11, 14)).toEqual(['0', '0', '']);
    // Last year's own rows have nothing to be compared with.
    expect(row('2022/wanyuan-2022.yaml')[11]).toBe('');
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
