import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface PackInfo {
  id: string;
  name: string;
  description: string;
  manifestPath: string;
  order?: string[];
}

/**
 * The template packs in the given folders (an earlier folder's pack wins, as in core's template host), read from
 * each `template.yaml`, with `order` inherited along `extends`. A manifest that does not parse is skipped: the
 * language server reports it where it is.
 */
export function listPacks(dirs: string[]): PackInfo[] {
  const raw = new Map<string, { manifest: Record<string, unknown>; path: string }>();
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name, 'template.yaml');
      if (!entry.isDirectory() || raw.has(entry.name) || !existsSync(path)) continue;
      try {
        const manifest: unknown = parse(readFileSync(path, 'utf8'));
        if (manifest && typeof manifest === 'object') raw.set(entry.name, { manifest: manifest as Record<string, unknown>, path });
      } catch {
        // reported by the language server when the pack is used
      }
    }
  }
  const inherited = (id: string, key: string, seen = new Set<string>()): unknown => {
    const pack = raw.get(id);
    if (!pack || seen.has(id)) return undefined;
    seen.add(id);
    const own = pack.manifest[key];
    if (own !== undefined) return own;
    return typeof pack.manifest.extends === 'string' ? inherited(pack.manifest.extends, key, seen) : undefined;
  };
  return [...raw].map(([id, { path }]) => {
    const order = inherited(id, 'order');
    return {
      id,
      name: String(inherited(id, 'name') ?? id),
      description: String(inherited(id, 'description') ?? ''),
      manifestPath: path,
      ...(Array.isArray(order) ? { order: order.map(String) } : {}),
    };
  });
}
