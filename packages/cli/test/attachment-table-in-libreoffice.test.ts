import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDir, repoRoot, runCli } from './run-cli.js';
import { INSTALL_HINT, PDFTOTEXT, SOFFICE, findProgram } from './system-tools.js';

// A Word file with an attachment table, opened by a real word processor: LibreOffice reads the .docx back as HTML
// (the table must come out as one table, every row and cell intact) and prints it to PDF (the attachment starts a
// page of its own with 附件 at its top). UPDATE_SCREENSHOTS=1 refreshes the picture docs/docx.md shows.
const PACK = 'templates/county-statistics-attachment/example.yaml';
const out = join(cliDir, 'test-output', 'libreoffice-attachment');
const PDFTOPPM = findProgram('pdftoppm');
const missing = [!SOFFICE && 'LibreOffice (soffice)', !PDFTOTEXT && 'pdftotext (poppler-utils)'].filter(Boolean).join(' and ');

function soffice(args: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'fazhi-lo-'));
  const r = spawnSync(SOFFICE as string, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

describe.skipIf(missing !== '')(`an attachment table in LibreOffice${missing ? ` (skipped: ${missing} not installed; ${INSTALL_HINT})` : ''}`, () => {
  it('reads back as one table with its header and rows, on a new page headed 附件', { timeout: 300_000 }, () => {
    mkdirSync(out, { recursive: true });
    const r = runCli(['render', PACK, '--format', 'docx', '--out', `${out}/`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const docx = join(out, 'example.docx');

    soffice(['--convert-to', 'html:XHTML Writer File:UTF8', '--outdir', out, docx]);
    const html = readFileSync(join(out, 'example.html'), 'utf8');
    const tables = html.match(/<table[\s>][\s\S]*?<\/table>/g) ?? [];
    expect(tables).toHaveLength(1);
    const text = (cell: string) => cell.replace(/<[^>]*>/g, '').replace(/\s/g, '');
    const rows = (tables[0]!.match(/<tr[\s>][\s\S]*?<\/tr>/g) ?? []).map((tr) => (tr.match(/<t[dh][\s>][\s\S]*?<\/t[dh]>/g) ?? []).map(text));
    expect(rows).toEqual([
      ['案件类型', '收案数', '办结数'],
      ['行政复议', '48', '43'],
      ['行政诉讼', '35', '31'],
    ]);

    soffice(['--convert-to', 'pdf:writer_pdf_Export', '--outdir', out, docx]);
    const pdf = join(out, 'example.pdf');
    const pages = (readFileSync(pdf).toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    const last = spawnSync(PDFTOTEXT as string, ['-f', String(pages), '-l', String(pages), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const lines = last.split('\n').map((l) => l.trim()).filter((l) => l && !/^—\s*\d+\s*—$/.test(l));
    expect(lines[0]).toBe('附件');
    expect(lines.join('\n')).toMatch(/案件类型\s+收案数\s+办结数/);
    const before = spawnSync(PDFTOTEXT as string, ['-f', String(pages - 1), '-l', String(pages - 1), pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(before.replace(/\s/g, '')).toContain('附件：示例县2023年度行政复议和行政诉讼案件统计表');

    if (PDFTOPPM) {
      spawnSync(PDFTOPPM, ['-png', '-r', '60', '-f', String(pages), '-l', String(pages), '-singlefile', pdf, join(out, 'attachment-page')]);
      const png = join(out, 'attachment-page.png');
      if (process.env.UPDATE_SCREENSHOTS === '1' && existsSync(png)) copyFileSync(png, join(repoRoot, 'docs', 'images', 'docx-attachment-table.png'));
    }
  });
});
