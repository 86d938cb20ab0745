import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { say, UnreadableFileError } from '../text/decode-text.js';
import type { Locale } from '../validate/diagnostic.js';

/** Where LibreOffice puts its program when it is not on PATH. */
const KNOWN_PLACES = ['/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];

/** The LibreOffice program: $FAZHI_SOFFICE, else soffice or libreoffice on PATH, else its usual install place. */
export function findSoffice(): string | undefined {
  if (process.env.FAZHI_SOFFICE) return process.env.FAZHI_SOFFICE;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of names) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return KNOWN_PLACES.find((p) => existsSync(p));
}

export const OFFICE_TIMEOUT_MS = 120_000;

/**
 * The conversion's scratch folder in the OS temp folder is named after this process and holds the id of the
 * LibreOffice process group working in it (as the CLI's PDF scratch does), so that a run stopped by a signal,
 * or the next run after a SIGKILL, can stop that LibreOffice and remove the folder (the CLI's interruption.ts).
 */
export const OFFICE_SCRATCH_PREFIX = 'fazhi-office-';
export const SOFFICE_GROUP_FILE = 'soffice.pgid';

/**
 * An old Word (.doc) or WPS (.wps) file → .docx, by LibreOffice, headless. Each conversion runs in its own
 * temporary folder with its own LibreOffice profile (parallel runs never share a lock), is killed with its
 * whole process group when it outlasts `timeoutMs`, and leaves nothing behind.
 */
export async function officeToDocx(bytes: Uint8Array, fileName: string, locale: Locale, timeoutMs = OFFICE_TIMEOUT_MS): Promise<Uint8Array> {
  const soffice = findSoffice();
  const ext = extname(fileName).toLowerCase() || '.doc';
  if (!soffice) {
    throw new UnreadableFileError(
      say(
        locale,
        `${fileName}：读取旧版 Word/WPS（${ext}）文件需要 LibreOffice，本机没有找到 soffice。请安装：Debian/Ubuntu 运行 sudo apt-get install libreoffice-writer；macOS/Windows 从 libreoffice.org 安装；或设置 FAZHI_SOFFICE 为 soffice 的路径。也可以在 Word 或 WPS 中“另存为”.docx 后再导入。`,
        `${fileName}: reading old Word/WPS (${ext}) files needs LibreOffice, and soffice was not found. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer; macOS/Windows: libreoffice.org), or set FAZHI_SOFFICE to its path, or save the file as .docx in Word or WPS.`,
      ),
    );
  }
  const dir = mkdtempSync(join(tmpdir(), `${OFFICE_SCRATCH_PREFIX}${process.pid}-`));
  try {
    const input = join(dir, `report${ext}`);
    writeFileSync(input, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--nolockcheck', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'out'), input];
    const failed = await runKilledOnTimeout(soffice, args, timeoutMs, dir);
    const output = join(dir, 'out', 'report.docx');
    if (failed || !existsSync(output)) {
      const why = failed ?? say(locale, '没有生成 .docx', 'no .docx came out');
      throw new UnreadableFileError(
        say(locale, `${fileName}：LibreOffice 无法转换这个文件（${why}）。文件可能已损坏；请在 Word 或 WPS 中打开并“另存为”.docx 后再导入。`, `${fileName}: LibreOffice could not convert it (${why}). The file may be damaged; open it in Word or WPS and save it as .docx.`),
      );
    }
    return new Uint8Array(readFileSync(output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a program in its own process group, noting the group in `dir`; undefined when it ended well, else why not. */
function runKilledOnTimeout(program: string, args: string[], timeoutMs: number, dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    // soffice is a launcher that starts soffice.bin: only killing the group stops both.
    const child = spawn(program, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'ignore', 'pipe'] });
    if (child.pid !== undefined && process.platform !== 'win32') writeFileSync(join(dir, SOFFICE_GROUP_FILE), String(child.pid));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        if (child.pid !== undefined) process.kill(process.platform === 'win32' ? child.pid : -child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve(`timed out after ${Math.round(timeoutMs / 1000)} s`);
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve(err.message);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? undefined : stderr.trim() || `exit code ${code}`);
    });
  });
}
