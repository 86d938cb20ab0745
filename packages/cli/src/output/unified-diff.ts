import { createTwoFilesPatch } from 'diff';

/**
 * A unified diff of one file's change, as `git diff` prints it (`--- a/file`, `+++ b/file`, three lines of
 * context), so `patch -p1` or `git apply` applies it from the folder the command ran in.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  const name = file.replace(/\\/g, '/').replace(/^\.\//, '');
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 })
    .replace(/^=+\n/, ''); // the separator line jsdiff puts first, which git's format has not
}
