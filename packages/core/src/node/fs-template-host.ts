import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateHost } from '../host.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** The packs shipped in the repository's templates/ folder (or FAZHI_TEMPLATES_DIR when bundled). */
export function builtinTemplatesDir(): string {
  const fromEnv = process.env.FAZHI_TEMPLATES_DIR;
  if (fromEnv) return resolve(fromEnv);
  // src/node/ and dist/node/ both sit four levels below the repository root.
  return fileURLToPath(new URL('../../../../templates/', import.meta.url));
}

export interface FsTemplateHostOptions {
  /** Folders holding one sub-folder per pack, searched in order: an earlier folder's pack wins. */
  dirs: string[];
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
}

/**
 * Template packs on disk. Only folder names that are valid ids count as packs, and no file outside a
 * pack's folder can be read through it, whatever name is asked for.
 */
export function createFsTemplateHost(options: FsTemplateHostOptions): TemplateHost {
  const dirs = options.dirs.map((d) => resolve(d)).filter((d) => existsSync(d) && statSync(d).isDirectory());
  const cwd = options.cwd ?? process.cwd();
  const packDir = (id: string): string | undefined => {
    if (!ID.test(id)) return undefined;
    for (const dir of dirs) {
      const candidate = join(dir, id);
      if (existsSync(join(candidate, 'template.yaml'))) return candidate;
    }
    return undefined;
  };
  const inside = (id: string, file: string): string | undefined => {
    const base = packDir(id);
    if (!base || isAbsolute(file)) return undefined;
    const full = resolve(base, file);
    const rel = relative(base, full);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : full;
  };
  return {
    listTemplates() {
      const ids = new Set<string>();
      for (const dir of dirs) {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && ID.test(entry.name) && existsSync(join(dir, entry.name, 'template.yaml'))) ids.add(entry.name);
        }
      }
      return [...ids];
    },
    readTemplateFile(id, file) {
      const full = inside(id, file);
      if (!full || !existsSync(full) || !statSync(full).isFile()) return undefined;
      return readFileSync(full, 'utf8');
    },
    listTemplateFiles(id, dir) {
      const full = inside(id, dir);
      if (!full || !existsSync(full) || !statSync(full).isDirectory()) return [];
      return readdirSync(full, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
        .sort();
    },
    displayPath(id, file) {
      const full = inside(id, file) ?? join(packDir(id) ?? join(dirs[0] ?? '.', id), file);
      const rel = relative(cwd, full);
      return rel.startsWith('..') ? full : rel.split(sep).join('/');
    },
  };
}
