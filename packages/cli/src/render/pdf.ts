import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findSoffice } from '@fazhi/core/node';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { fontconfigEnv } from '../fonts/fontconfig.js';
import { killGroup, makePdfScratch, recordGroup } from './pdf-scratch.js';

/** How long one conversion may take before LibreOffice is stopped ($FAZHI_PDF_TIMEOUT_MS; LibreOffice's first start is slow). */
const timeoutMs = () => Number(process.env.FAZHI_PDF_TIMEOUT_MS) || 180_000;

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
  const dir = makePdfScratch();
  try {
    const input = join(dir, 'report.docx');
    writeFileSync(input, docx);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', dir, input];
    const failure = await runLibreOffice(soffice, args, dir, lang);
    if (failure) throw new UserError(t(lang, `LibreOffice 转换 PDF 失败：${failure}`, `LibreOffice could not convert to PDF: ${failure}`));
    const output = join(dir, 'report.pdf');
    if (!existsSync(output)) throw new UserError(t(lang, 'LibreOffice 没有生成 PDF（可能另一个 LibreOffice 窗口占用了它）。请关闭 LibreOffice 后重试。', 'LibreOffice produced no PDF (another LibreOffice instance may hold it). Close LibreOffice and try again.'));
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs soffice as the leader of its own process group, so that a timeout (or an interrupted fazhi, through the
 * group id recorded in the scratch folder) stops LibreOffice's whole tree, not just the wrapper script while
 * soffice.bin keeps converting. Resolves to what went wrong, or undefined.
 */
function runLibreOffice(soffice: string, args: string[], dir: string, lang: Lang): Promise<string | undefined> {
  return new Promise((resolve) => {
    const child = spawn(soffice, args, { env: fontconfigEnv(), detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.pid) recordGroup(dir, child.pid);
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 1 << 16) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      if (child.pid) killGroup(child.pid);
      resolve(t(lang, `超过 ${Math.round(timeoutMs() / 1000)} 秒没有完成，已停止 LibreOffice。`, `not done after ${Math.round(timeoutMs() / 1000)} s; LibreOffice was stopped.`));
    }, timeoutMs());
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve(err.message);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : stderr.trim() || `soffice ${signal ?? `exit ${code}`}`);
    });
  });
}
