import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every workspace package's `exports` must name files that exist: the `source` condition is what tests and
// the editor resolve without a build, so a dangling one only shows when someone first imports the package.
const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const packageDirs = [...readdirSync(join(REPO, 'packages')).map((d) => join(REPO, 'packages', d)), join(REPO, 'extension')].filter((d) =>
  existsSync(join(d, 'package.json')),
);

/** Every file path an `exports` field names, with the condition that names it. */
function targets(exports: unknown, condition = 'default'): Array<{ condition: string; path: string }> {
  if (typeof exports === 'string') return [{ condition, path: exports }];
  if (!exports || typeof exports !== 'object') return [];
  return Object.entries(exports).flatMap(([key, value]) => targets(value, key.startsWith('.') ? condition : key));
}

const packages = packageDirs.map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; exports?: unknown } }));

describe.each(packages)('$pkg.name', ({ dir, pkg }) => {
  it('exports source files that exist', () => {
    const missing = targets(pkg.exports).filter((t) => t.condition === 'source' && !existsSync(join(dir, t.path)));
    expect(missing, `${pkg.name}: exports name missing source files`).toEqual([]);
  });
});

describe('@fazhi/cli', () => {
  it('exports built files that exist (the test task runs after the build)', () => {
    const dir = join(REPO, 'packages', 'cli');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { exports?: unknown };
    expect(targets(pkg.exports).filter((t) => !existsSync(join(dir, t.path)))).toEqual([]);
  });
});
