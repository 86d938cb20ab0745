import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { TemplateCatalog, parseReport, renderReport, writeText } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { describe, expect, it } from 'vitest';
import { cliDir, repoRoot, runCli } from './run-cli.js';
import { INSTALL_HINT, PDFTOTEXT, SOFFICE, findProgram } from './system-tools.js';

// The Word output opened by a real word processor: LibreOffice converts each example's .docx to PDF, and poppler's
// pdftotext reads the pages back. PDFs and a PNG of page 1 land in packages/cli/test-output/libreoffice/ to look at.
const out = join(cliDir, 'test-output', 'libreoffice');
const examples = existsSync(join(repoRoot, 'examples'))
  ? readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`)
  : [];
const files = ['templates/national/example.yaml', ...examples];
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: repoRoot }));
const PDFTOPPM = findProgram('pdftoppm');

const missing = [!SOFFICE && 'LibreOffice (soffice)', !PDFTOTEXT && 'pdftotext (poppler-utils)'].filter(Boolean).join(' and ');
const A4 = { width: 595.3, height: 841.9 };
const MM = 72 / 25.4;

function pdftotext(pdf: string, page: number, args: string[] = []): string {
  const r = spawnSync(PDFTOTEXT as string, [...args, '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return r.stdout;
}

/** The page number's box on a page: the last word that is only digits, from pdftotext's word boxes. */
function pageNumberBox(pdf: string, page: number) {
  const words = [...pdftotext(pdf, page, ['-bbox']).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)];
  const number = words.reverse().find((w) => w[5] === String(page));
  if (!number) throw new Error(`no page number ${page} on page ${page}`);
  const [xMin, yMin, xMax, yMax] = number.slice(1, 5).map(Number) as [number, number, number, number];
  return { xMin, xMax, yMid: (yMin + yMax) / 2 };
}

const width = (line: string) => [...line.replace(/\s/g, '')].reduce((w, c) => w + (c.codePointAt(0)! < 0x2e80 ? 0.5 : 1), 0);

describe.skipIf(missing !== '')(`DOCX in LibreOffice${missing ? ` (skipped: ${missing} not installed; ${INSTALL_HINT})` : ''}`, () => {
  it.each(files)('%s: PDF on A4, sane page count, starts with the report, 28 characters a line, page numbers outside', { timeout: 180_000 }, (file) => {
    mkdirSync(out, { recursive: true });
    const r = runCli(['render', file, '--format', 'pdf', '--out', `${out}/`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const pdf = join(out, `${basename(file, '.yaml')}.pdf`);
    const bytes = readFileSync(pdf).toString('latin1');
    expect(bytes).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
    const pages = bytes.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

    const doc = renderReport(parseReport(readFileSync(join(repoRoot, file), 'utf8'), { source: file }), catalog).document!;
    const text = writeText(doc);
    const chars = text.replace(/\s/g, '').length;
    // 22 lines × 28 characters a page; headings and short last lines leave gaps.
    expect(pages).toBeGreaterThanOrEqual(Math.max(1, Math.floor(chars / 616)));
    expect(pages).toBeLessThanOrEqual(Math.ceil(chars / 350) + 1);

    const first = pdftotext(pdf, 1);
    expect(first.replace(/\s/g, '').startsWith(text.split('\n')[0]!.replace(/\s/g, ''))).toBe(true);
    const lines = first.split('\n').filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l));
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(28);
    if (pages > 2) {
      // Page 2 is all body and not the last: a full page has 22 lines (one fewer when a heading is kept with what follows it).
      const body = pdftotext(pdf, 2, ['-layout']).split('\n').filter((l) => l.trim() && !/^\s*—\s*\d+\s*—\s*$/.test(l));
      expect(body.length).toBeGreaterThanOrEqual(20);
      expect(body.length).toBeLessThanOrEqual(22);
      expect(body.some((l) => width(l) === 28)).toBe(true);
    }

    // “— 1 —” odd pages right, even pages left, about 7 mm below the type area (35 mm above the bottom edge).
    for (let page = 1; page <= Math.min(pages, 2); page++) {
      const box = pageNumberBox(pdf, page);
      if (page % 2) expect(box.xMin).toBeGreaterThan(A4.width / 2);
      else expect(box.xMax).toBeLessThan(A4.width / 2);
      const fromBottom = (A4.height - box.yMid) / MM;
      expect(fromBottom).toBeGreaterThan(24);
      expect(fromBottom).toBeLessThan(32);
    }
    if (PDFTOPPM) spawnSync(PDFTOPPM, ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, pdf.replace(/\.pdf$/, '')]);
  });
});
