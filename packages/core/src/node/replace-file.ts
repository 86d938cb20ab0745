import { lstatSync, mkdtempSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tempPrefix } from './temp-names.js';

/** What is at an output path that is not a regular file, and so is never replaced. */
export type NotRegularKind = 'device' | 'fifo' | 'socket' | 'directory' | 'dangling-link' | 'open-file' | 'other';

/**
 * Thrown instead of replacing a device (`/dev/null`, `/dev/full`), a FIFO, a socket or a folder: an atomic
 * rename would turn it into a regular file (as root, /dev/null itself). `target` is where a symbolic link led.
 */
export class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(
    readonly path: string,
    readonly kind: NotRegularKind,
    readonly target?: string,
  ) {
    super(`${path} is not a regular file (${kind}${target ? `: ${target}` : ''})`);
    this.name = 'NotRegularFileError';
  }
}

function kindOf(s: Stats): NotRegularKind {
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  return s.isDirectory() ? 'directory' : 'other';
}

/** Links into a process's open files (`/dev/stdout` → `/proc/self/fd/1`): their target is a stream, not a file to replace. */
const OPEN_FILE_LINK = /^\/(proc\/[^/]+\/fd|dev\/fd)\//;

/**
 * The file to replace for `path`: `path` when nothing or a regular file is there; the final target when
 * `path` is a symbolic link to a regular file (written through, as an editor saves through a link, so the link
 * stays a link); otherwise a NotRegularFileError. Nothing is opened, so a FIFO cannot block. A link through
 * `/proc/<pid>/fd` or `/dev/fd` (`/dev/stdout`) is refused even when it leads to a regular file: that file is
 * held open by someone (a shell's `> log`), and replacing it would cut their output off.
 */
export function regularTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < 40; hops++) {
    const here = lstatSync(current, { throwIfNoEntry: false });
    if (!here) {
      if (current === path) return path;
      throw new NotRegularFileError(path, 'dangling-link', current);
    }
    if (here.isFile()) return current === path ? path : realpathSync.native(current);
    if (!here.isSymbolicLink()) throw new NotRegularFileError(path, kindOf(here), current === path ? undefined : current);
    current = resolve(realpathSync.native(dirname(current)), readlinkSync(current));
    if (OPEN_FILE_LINK.test(current)) throw new NotRegularFileError(path, 'open-file', current);
  }
  throw new NotRegularFileError(path, 'dangling-link', current);
}

/**
 * Replaces a regular file (or creates one) in one step: the content is written to a private temporary folder
 * beside the target and renamed over it, so a reader (or an interrupted run) sees the old file or the new one,
 * never half of one. The temporary folder's name carries this process's id, so what a killed run leaves is
 * recognised and swept (temp-names.ts). Returns the path written: a symbolic link's target when written through.
 * Every host writes through here; errors are Node's own (or NotRegularFileError), for the host to put in words.
 */
export function replaceFileAtomically(path: string, content: string | Uint8Array): string {
  const target = regularTarget(path);
  const tmpDir = mkdtempSync(join(dirname(target), tempPrefix(basename(target))));
  try {
    const tmp = join(tmpDir, 'content');
    writeFileSync(tmp, content);
    renameSync(tmp, target);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return target;
}
