import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { replaceFileAtomically } from '@fazhi/core/node';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/**
 * Writes a file so that it is either entirely the new content or untouched (core's replaceFileAtomically),
 * with every way it can fail said in the writer's words. Every file a command
 * writes goes through here (test/bad-input/writes.test.ts checks that no other module writes files).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, lang: Lang): void {
  const dir = dirname(path);
  const cannot = (zh: string, en: string) => new UserError(t(lang, `无法写出 ${path}：${zh}`, `Cannot write ${path}: ${en}`));
  const folder = statSync(dir, { throwIfNoEntry: false });
  if (!folder) throw cannot(`文件夹 ${dir} 不存在，请先创建它。`, `the folder ${dir} does not exist; create it first.`);
  if (!folder.isDirectory()) throw cannot(`${dir} 是一个文件，不是文件夹：请换一个输出位置。`, `${dir} is a file, not a folder; choose another output place.`);
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
    throw cannot('同名的文件夹已经存在：请换一个文件名。', 'a folder of that name exists; choose another file name.');
  }
  try {
    replaceFileAtomically(path, content);
  } catch (err) {
    throw cannot(...reason(err as NodeJS.ErrnoException));
  }
}

/** Why a write failed, in words a writer can act on. */
function reason(err: NodeJS.ErrnoException): [string, string] {
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return ['没有写入权限：请换一个文件夹，或请管理员开放权限。', 'permission denied; choose another folder.'];
    case 'EROFS':
      return ['这个位置是只读的：请换一个文件夹。', 'the place is read-only; choose another folder.'];
    case 'ENOSPC':
    case 'EDQUOT':
      return ['磁盘空间不足：请清理磁盘后再试。原来的文件没有改动。', 'the disk is full; the existing file is unchanged.'];
    default:
      return [`${err.message}（原来的文件没有改动）。`, `${err.message} (the existing file is unchanged).`];
  }
}
