import { extname } from 'node:path';
import { parseReport, renderReport, writeDocx } from '@fazhi/core';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { facesInDocx, readDocx } from '../fonts/docx-faces.js';
import { allDocxFaces } from '../fonts/font-fallbacks.js';
import { fontReport, type FontStatus } from '../fonts/font-report.js';
import { readDataFile } from '../input/read-data-file.js';
import { displayWidth } from '../output/display-width.js';
import { catalogFor } from '../templates.js';

/**
 * `fazhi fonts [file]`: the faces a Word file names (a .docx, the report a data file renders to, or with no file
 * every face the writer uses), whether each is installed here, and what LibreOffice and so the PDF use instead.
 */
export async function fonts(file: string | undefined, templates: string[], lang: Lang): Promise<number> {
  const faces = file ? await facesOf(file, templates, lang) : allDocxFaces();
  const report = fontReport(faces);
  process.stdout.write(formatReport(report, lang));
  return 0;
}

async function facesOf(file: string, templates: string[], lang: Lang): Promise<string[]> {
  if (extname(file).toLowerCase() === '.docx') return facesInDocx(readDocx(file, lang), file, lang);
  const { text } = readDataFile(file, lang);
  const result = renderReport(parseReport(text, { source: file, locale: lang }), catalogFor(templates), { locale: lang });
  if (!result.document) throw new UserError(t(lang, `${file} 无法渲染，先运行 fazhi check ${file} 改正错误。`, `${file} cannot be rendered; run fazhi check ${file} and fix its errors first.`));
  return facesInDocx(await writeDocx(result.document), file, lang);
}

export function formatReport(report: FontStatus[], lang: Lang): string {
  const head = [t(lang, '字体', 'Face'), t(lang, '本机', 'Here'), t(lang, '替代（LibreOffice / PDF 使用）', 'Substitute (used by LibreOffice / PDF)')];
  const rows = report.map((r) => [
    r.face,
    r.installed === undefined ? t(lang, '无法检查', 'unknown') : r.installed ? t(lang, '已安装', 'installed') : t(lang, '缺少', 'missing'),
    r.installed ? '' : (r.substitute ?? '—'),
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((row) => displayWidth(row[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c + ' '.repeat(widths[i]! - displayWidth(c) + 2) : c)).join('').trimEnd();
  const out = [line(head), ...rows.map(line)];
  if (report.some((r) => r.installed === undefined)) {
    out.push('', t(lang, '本机没有 fontconfig（fc-list），无法检查字体；Word/WPS 打开文件时会替换缺少的字体。', 'fontconfig (fc-list) is not available here, so fonts cannot be checked; Word/WPS substitute missing faces when opening the file.'));
  } else if (report.some((r) => !r.installed)) {
    out.push(
      '',
      t(
        lang,
        '缺少的字体在 Word/WPS 中会被替换，版式仍按 GB/T 9704，但字形不同。要得到正式字形，请把有授权的字体文件复制到 ~/.local/share/fonts（或 /usr/share/fonts）并运行 fc-cache -f；替代字体来自 fonts-noto-cjk 和 fonts-arphic-ukai（Debian/Ubuntu：sudo apt-get install fonts-noto-cjk fonts-arphic-ukai）。',
        'Missing faces are substituted: the layout still follows GB/T 9704, the glyphs differ. For the official look, copy licensed font files to ~/.local/share/fonts (or /usr/share/fonts) and run fc-cache -f; the substitutes come from fonts-noto-cjk and fonts-arphic-ukai (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk fonts-arphic-ukai).',
      ),
    );
  }
  return out.join('\n') + '\n';
}

export const fontsCommand: Command = {
  name: 'fonts',
  summary: { zh: '检查 Word 文档所用字体是否已安装，缺少时用什么替代', en: 'check whether the faces the Word output names are installed, and what substitutes' },
  help: {
    args: { zh: '[报告.docx | 数据文件.yaml] [选项]', en: '[report.docx | data-file.yaml] [options]' },
    options: { ...TEMPLATES_HELP },
    examples: [
      { command: 'fazhi fonts', text: { zh: '报告用到的每种字体：本机是否安装，缺少时用什么替代', en: 'every face the reports use: installed here or not, and what stands in' } },
      { command: 'fazhi fonts examples/haian-2023.yaml', text: { zh: '这份报告的 Word 文档用到的字体', en: 'the faces this report’s Word document names' } },
    ],
  },
  options: { ...TEMPLATES_OPTION },
  run: (v, files, lang) => {
    if (files.length > 1) throw new UserError(t(lang, 'fazhi fonts 一次只检查一个文件。', 'fazhi fonts checks one file at a time.'), 2);
    return fonts(files[0], list(v.templates), lang);
  },
};
