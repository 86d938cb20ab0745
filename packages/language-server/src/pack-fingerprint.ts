import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Enough for any real templates folder; a folder past it is fingerprinted by its first entries only. */
const MAX_ENTRIES = 2000;

/**
 * The names, sizes and modification times of every file under the workspace's template folders: compared on
 * open and save, it tells a client that cannot register file watchers (Neovim 0.7, many others) that a pack
 * changed. A few dozen `stat`s, so it is cheap enough for every open and save.
 */
export function packFingerprint(dirs: readonly string[]): string {
  const parts: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return; // no such folder (yet): its creation changes the fingerprint
    }
    // Code-unit order: any fixed order will do, and localeCompare would load ICU's collation data (~3 MiB).
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (parts.length >= MAX_ENTRIES) return;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        parts.push(`${path}/`);
        if (depth < 4) walk(path, depth + 1);
      } else {
        try {
          const s = statSync(path);
          parts.push(`${path}:${s.size}:${s.mtimeMs}`);
        } catch {
          // removed between listing and stat: the next check sees it gone
        }
      }
    }
  };
  for (const dir of dirs) {
    parts.push(`[${dir}]`);
    walk(dir, 0);
  }
  return parts.join('\n');
}
