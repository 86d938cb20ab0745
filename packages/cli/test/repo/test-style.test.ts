import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// A golden comparison written `expect(actual === expected).toBe(true)` fails with "expected false to be true":
// whoever breaks it cannot see what changed. `expect(actual).toBe(expected)` prints the diff.
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name === 'dist' || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? testFiles(path) : /\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** `expect(a === b).toBe(true)` (optionally with a message), but not a compound condition or a predicate. */
const EQUALITY_AS_BOOLEAN = /expect\(([^\n]*?) === ([^\n]*?)\)\.toBe\(true\)/g;
const compound = (s: string) => /\|\||&&|=>/.test(s);

describe('test style', () => {
  it('compares text with toBe/toEqual, so a failure shows the diff', () => {
    const files = [...testFiles(join(REPO, 'packages')), ...testFiles(join(REPO, 'extension'))].filter((f) => f !== fileURLToPath(import.meta.url));
    const offenders = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(EQUALITY_AS_BOOLEAN)].filter((m) => !compound(m[0])).map((m) => `${relative(REPO, file)}: ${m[0]}`),
    );
    expect(offenders).toEqual([]);
  });
});
