import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCX_FONTS, writeDocx, type ReportDocument } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { fontconfigXml } from '../src/fonts/fontconfig.js';
import { allDocxFaces, fallbacksFor } from '../src/fonts/font-fallbacks.js';
import { fontReport, fontSummary } from '../src/fonts/font-report.js';
import { docxBomb } from './bad-input/generate.js';
import { runCli } from './run-cli.js';
import { FC_LIST, INSTALL_HINT } from './system-tools.js';

const doc = (script: ReportDocument['script']): ReportDocument => ({
  script,
  templateId: 'national',
  meta: { year: 2023, jurisdiction: '测试区', title: '测试区2023年度法治政府建设情况报告' },
  blocks: [
    { kind: 'title', text: '测试区2023年度法治政府建设情况报告' },
    { kind: 'heading', level: 1, text: '一、主要举措和成效' },
    { kind: 'paragraph', role: 'body', runs: [{ text: '（一）标题。', heading: 2 }, { text: '正文。' }] },
  ],
});

describe('fazhi fonts', () => {
  it('lists each face a .docx names, one line each, with whether it is here', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fazhi-fonts-')), 'report.docx');
    writeFileSync(file, await writeDocx(doc('zh-Hant')));
    const r = runCli(['fonts', file]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    for (const face of Object.values(DOCX_FONTS['zh-Hant'])) expect(lines.some((l) => l.startsWith(face + ' '))).toBe(true);
    expect(r.stdout).not.toContain('GB2312');
  });

  it('with no file lists every face either script uses; a file that is not a Word file is a clear error', () => {
    const r = runCli(['fonts', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const face of allDocxFaces()) expect(r.stdout).toContain(face);
    const bad = join(mkdtempSync(join(tmpdir(), 'fazhi-fonts-')), 'fake.docx');
    writeFileSync(bad, 'not a zip');
    const e = runCli(['fonts', bad, '--lang', 'en']);
    expect(e.code).toBe(1);
    expect(e.stdout + e.stderr).toMatch(/fake\.docx is not a valid Word file/);
  });

  it('refuses a zip bomb dressed as a .docx, as import does, instead of inflating it whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-fonts-'));
    writeFileSync(join(dir, 'bomb.docx'), docxBomb());
    const r = runCli(['fonts', join(dir, 'bomb.docx')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bomb.docx 解压后超过 64 MB');
  });

  it('each face has stand-ins of its own kind: 黑体 sans, the others serif, the named faces before Noto', () => {
    expect(fallbacksFor('黑体')).toContain('Noto Sans CJK SC');
    expect(fallbacksFor('仿宋_GB2312').slice(0, 2)).toEqual(['FangSong_GB2312', '仿宋']);
    expect(fallbacksFor('仿宋_GB2312')).toContain('Noto Serif CJK SC');
    const xml = fontconfigXml();
    for (const face of allDocxFaces()) expect(xml).toContain(`<alias binding="same"><family>${face}</family>`);
    expect(xml).toContain('<include ignore_missing="yes">/etc/fonts/fonts.conf</include>');
  });

  it('the render line names only the missing faces and their substitutes', () => {
    const line = fontSummary([{ face: '仿宋_GB2312', installed: false, substitute: 'Noto Serif CJK SC' }, { face: '黑体', installed: true }], 'en');
    expect(line).toContain('仿宋_GB2312→Noto Serif CJK SC');
    expect(line).not.toContain('黑体');
    expect(fontSummary([{ face: '黑体', installed: true }], 'en')).not.toContain('→');
  });

  it.skipIf(!FC_LIST)(`fontconfig answers agree with fc-list${FC_LIST ? '' : ` (skipped: fontconfig not installed; ${INSTALL_HINT})`}`, () => {
    const report = fontReport(['仿宋_GB2312', 'DejaVu Sans']);
    expect(report[0]!.installed).toBeTypeOf('boolean');
    if (!report[0]!.installed) expect(report[0]!.substitute).toBeTruthy();
  });
});
