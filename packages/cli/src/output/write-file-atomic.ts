import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { replaceFileAtomically, whyWriteFailed } from '@fazhi/core/node';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/**
 * Writes a file so that it is either entirely the new content or untouched (core's replaceFileAtomically),
 * with every way it can fail said in the writer's words. Only a regular file (or a link to one) is replaced:
 * a device, FIFO or socket at `path` is refused, so `--out /dev/null` never turns /dev/null into a file.
 * Every file a command writes goes through here (test/bad-input/writes.test.ts checks that no other module writes files).
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
    const why = whyWriteFailed(err);
    throw cannot(why.zh, why.en);
  }
}
