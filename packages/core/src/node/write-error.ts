import type { NotRegularFileError, NotRegularKind } from './replace-file.js';

const KIND: Record<NotRegularKind, { zh: string; en: string }> = {
  device: { zh: '设备文件（如 /dev/null、/dev/full、终端）', en: 'a device (like /dev/null, /dev/full or a terminal)' },
  fifo: { zh: '命名管道（FIFO）', en: 'a named pipe (FIFO)' },
  socket: { zh: '套接字', en: 'a socket' },
  directory: { zh: '文件夹', en: 'a folder' },
  'dangling-link': { zh: '指向不存在的文件的符号链接', en: 'a symbolic link to nothing' },
  'open-file': { zh: '指向已打开的文件或标准输出的链接（如 /dev/stdout）', en: 'a link to an open file or standard output (like /dev/stdout)' },
  other: { zh: '特殊文件', en: 'a special file' },
};

/**
 * Why writing an output failed, in words a writer can act on (zh and en), for every host that writes with
 * replaceFileAtomically: the CLI prefixes it with the path, the language server sends it as the error.
 */
export function whyWriteFailed(err: unknown): { zh: string; en: string } {
  const e = err as { code?: string; kind?: NotRegularFileError['kind']; target?: string };
  if (e.code === 'ENOTREGULAR' && e.kind) {
    const what = KIND[e.kind];
    const via = e.target && e.kind !== 'open-file' ? { zh: `符号链接，指向${what.zh} ${e.target}`, en: `a symbolic link to ${what.en}, ${e.target}` } : what;
    if (e.kind === 'dangling-link') {
      return { zh: `这是${what.zh}：请改用实际的文件名，或先删掉这个链接。`, en: `it is ${what.en}; give a real file name, or remove the link first.` };
    }
    return {
      zh: `这是${via.zh}，不是普通文件：报告只写进普通文件（或新建一个），不会替换它。要输出到标准输出请用 --out -；否则请换一个文件名。`,
      en: `it is ${via.en}, not a regular file: reports are written only to regular files (or new ones), never over it. For standard output use --out -; otherwise choose another file name.`,
    };
  }
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
      return { zh: '没有写入权限：请换一个文件夹，或请管理员开放权限。', en: 'permission denied; choose another folder.' };
    case 'EROFS':
      return { zh: '这个位置是只读的：请换一个文件夹。', en: 'the place is read-only; choose another folder.' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { zh: '磁盘空间不足：请清理磁盘后再试。原来的文件没有改动。', en: 'the disk is full; the existing file is unchanged.' };
    case 'ENAMETOOLONG':
      return { zh: '文件名或路径太长：请换一个短一些的名字。', en: 'the file name or path is too long; choose a shorter one.' };
    case 'ENOENT':
      return { zh: '所在的文件夹不存在：请先创建它。', en: 'its folder does not exist; create it first.' };
    case 'ENOTDIR':
      return { zh: '路径中有一段是文件而不是文件夹：请换一个输出位置。', en: 'part of the path is a file, not a folder; choose another place.' };
    default:
      return { zh: `${(err as Error).message}（原来的文件没有改动）。`, en: `${(err as Error).message} (the existing file is unchanged).` };
  }
}
