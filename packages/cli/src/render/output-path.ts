import { existsSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { outputFileName } from '@fazhi/core';

/**
 * Where a rendered file goes: beside its data file by default; into `--out` when that is a folder (an
 * existing one, one written with a trailing slash, or whenever several files are rendered); else `--out` itself.
 */
export function outputPath(dataFile: string, extension: string, out: string | undefined, many: boolean): { path: string; dir?: string } {
  const name = outputFileName(basename(dataFile), extension);
  if (out === undefined) return { path: join(resolve(dataFile, '..'), name) };
  const isDir = outIsFolder(out, many);
  // An output folder the user names is created; a file's missing folder is an error (likely a typo).
  return isDir ? { path: join(resolve(out), name), dir: resolve(out) } : { path: resolve(out) };
}

/** Whether `--out` names a folder: when several files are rendered, when it ends in a slash, or when it is one. */
export function outIsFolder(out: string, many: boolean): boolean {
  return many || /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
}
