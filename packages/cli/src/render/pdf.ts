import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { findSoffice } from '@fazhi/core/node';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { fontconfigEnv } from '../fonts/fontconfig.js';

const run = promisify(execFile);

/** The LibreOffice program: one lookup, in @fazhi/core/node, for PDF output and for importing .doc/.wps. */
export { findSoffice };

/**
 * The Word file converted to PDF by LibreOffice, headless. The PDF is made from the DOCX, not from the print HTML,
 * so it has the same pages as the Word file a writer hands in: LibreOffice lays out Word's document grid, the
 * even/odd page-number footers and the East Asian font slots, which a browser's print of the HTML only imitates.
 * Each conversion gets its own temporary folder and LibreOffice profile, so parallel renders never share a lock.
 */
export async function convertToPdf(docx: Uint8Array, lang: Lang = 'zh'): Promise<Uint8Array> {
  const soffice = findSoffice();
  if (!soffice) {
    throw new UserError(
      t(
        lang,
        '生成 PDF 需要 LibreOffice，本机没有找到 soffice。请安装：Debian/Ubuntu 运行 sudo apt-get install libreoffice-writer（或 libreoffice-writer-nogui）fonts-noto-cjk；macOS/Windows 从 libreoffice.org 安装；或设置 FAZHI_SOFFICE 为 soffice 的路径。也可以改用 --format docx 或 --format html。',
        'PDF output needs LibreOffice, and soffice was not found. Install it: on Debian/Ubuntu sudo apt-get install libreoffice-writer (or libreoffice-writer-nogui) fonts-noto-cjk; on macOS/Windows from libreoffice.org; or set FAZHI_SOFFICE to the soffice path. --format docx or html work without it.',
      ),
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-pdf-'));
  try {
    const input = join(dir, 'report.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, input];
    try {
      await run(soffice, args, { env: fontconfigEnv(), timeout: 180_000, maxBuffer: 4 << 20 });
    } catch (err) {
      const e = err as { stderr?: string; message: string };
      throw new UserError(t(lang, `LibreOffice 转换 PDF 失败：${(e.stderr || e.message).trim()}`, `LibreOffice could not convert to PDF: ${(e.stderr || e.message).trim()}`));
    }
    const output = join(dir, 'report.pdf');
    if (!existsSync(output)) throw new UserError(t(lang, 'LibreOffice 没有生成 PDF（可能另一个 LibreOffice 窗口占用了它）。请关闭 LibreOffice 后重试。', 'LibreOffice produced no PDF (another LibreOffice instance may hold it). Close LibreOffice and try again.'));
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
