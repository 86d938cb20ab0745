import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { INSTALL_HINT, SOFFICE } from './system-tools.js';
import { FIXTURES, reviewRows, tanggu2024FindingLastYear } from './years-fixtures.js';
const LAST_YEAR = '塘沽街道2023年度法治政府建设情况报告.pdf';

// A reviewer's folder often holds last year's report only as the PDF that was published. It is read as `fazhi
// import` reads a PDF (its text layer, nothing to install), and this year's data file is compared with it. The PDF
// is made by our own docx → pdf path (LibreOffice), so this runs where LibreOffice is installed.
describe.skipIf(!SOFFICE)(`last year's report as a PDF${SOFFICE ? '' : ` (skipped: LibreOffice (soffice) not installed; ${INSTALL_HINT})`}`, { timeout: 300_000 }, () => {
  let folder: string;
  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-last-year-pdf-'));
    copyFileSync(join(FIXTURES, 'tanggu-2023.yaml'), join(dir, 'source.yaml'));
    folder = join(dir, 'reports');
    mkdirSync(folder);
    const made = runCli(['render', join(dir, 'source.yaml'), '--format', 'pdf', '--out', join(folder, LAST_YEAR)], { cwd: dir });
    expect(made.code, made.stderr).toBe(0);
    writeFileSync(join(folder, 'tanggu-2024.yaml'), tanggu2024FindingLastYear());
  }, 300_000);

  it('fazhi review reads the PDF (no pdftotext needed) and pairs this year’s data file with it', () => {
    const out = join(folder, '..', 'out');
    // Only node on the way: nothing from PATH (poppler's pdftotext) may be needed.
    const r = runCli(['review', folder, '--out', out, '--lang', 'en'], { env: { PATH: '/nonexistent' } });
    expect(r.code, r.stderr).toBe(0);
    const { rows, row } = reviewRows(out);
    expect(rows).toHaveLength(2);
    // File, Jurisdiction, Year, Template, Parts, … Recycled (11), Plans unanswered (12), …, Unreadable (14)
    expect(row('.pdf')[14]).toBe('');
    expect(row('.pdf').slice(1, 5)).toEqual(['塘沽街道', '2023', 'tanggu-street-office', '4/4']);
    expect(row('tanggu-2024.yaml').slice(11, 13)).toEqual(['14', '0']);
  });

  it('fazhi check finds the PDF in the folder as last year’s report and points at it', () => {
    const r = runCli(['check', join(folder, 'tanggu-2024.yaml'), '--format', 'json']);
    const found = JSON.parse(r.stdout) as Array<{ code: string; related?: Array<{ source: string }> }>;
    expect(found.map((d) => d.code).sort()).toEqual(['recycled-share', 'recycled-text']);
    expect(found.find((d) => d.code === 'recycled-text')?.related?.[0]?.source).toBe(join(folder, LAST_YEAR));
  });
});
