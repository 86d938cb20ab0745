import { existsSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/**
 * Writes a file so that it is either entirely the new content or untouched: the content goes to a
 * temporary file in the same folder, which then replaces the target in one rename.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, lang: Lang): void {
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(t(lang, `无法写出 ${path}：文件夹 ${dir} 不存在，请先创建它。`, `Cannot write ${path}: the folder ${dir} does not exist.`));
  }
  let tmpDir: string | undefined;
  try {
    tmpDir = mkdtempSync(join(dir, `.${basename(path)}.`));
    const tmp = join(tmpDir, basename(path));
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? t(lang, '没有写入权限', 'permission denied') : (err as Error).message;
    throw new UserError(t(lang, `无法写出 ${path}：${why}。`, `Cannot write ${path}: ${why}.`));
  } finally {
    if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  }
}
