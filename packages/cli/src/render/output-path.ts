import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

/**
 * Where a rendered file goes: beside its data file by default; into `--out` when that is a folder (an
 * existing one, one written with a trailing slash, or whenever several files are rendered); else `--out` itself.
 */
export function outputPath(dataFile: string, extension: string, out: string | undefined, many: boolean): string {
  const name = basename(dataFile, extname(dataFile)).replace(/\.report$/, '') + extension;
  if (out === undefined) return join(resolve(dataFile, '..'), name);
  const isDir = many || /[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory());
  return isDir ? join(resolve(out), name) : resolve(out);
}
