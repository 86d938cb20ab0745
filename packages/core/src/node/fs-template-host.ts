import { existsSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isPackId } from '@fazhi/schema';
import type { TemplateHost } from '../host.js';

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
    if (!isPackId(id)) return undefined;
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
    return contains(base, full) ? full : undefined;
  };
  /**
   * The path of a pack file that exists and really is inside the pack: a symbolic link (the file, or a folder
   * on the way, such as `partials -> /elsewhere`) is followed and must end inside the pack's own real folder,
   * so a pack cannot read, render or quote in an error message a file it does not hold.
   */
  const real = (id: string, file: string): string | undefined => {
    const full = inside(id, file);
    const base = packDir(id);
    if (!full || !base || !existsSync(full)) return undefined;
    try {
      return contains(realpathSync(base), realpathSync(full)) ? full : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    listTemplates() {
      const ids = new Set<string>();
      for (const dir of dirs) {
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && isPackId(entry.name) && existsSync(join(dir, entry.name, 'template.yaml'))) ids.add(entry.name);
        }
      }
      return [...ids];
    },
    readTemplateFile(id, file) {
      const full = real(id, file);
      if (!full || !statSync(full).isFile()) return undefined;
      return readFileSync(full, 'utf8');
    },
    listTemplateFiles(id, dir) {
      const full = real(id, dir);
      if (!full || !statSync(full).isDirectory()) return [];
      return readdirSync(full, { withFileTypes: true })
        .filter((e) => e.isFile() || (e.isSymbolicLink() && real(id, join(dir, e.name)) !== undefined))
        .map((e) => e.name)
        .sort();
    },
    linksOutside(id) {
      const base = packDir(id);
      if (!base) return [];
      const out: string[] = [];
      const walk = (dir: string, depth: number) => {
        for (const entry of readdirSync(join(base, dir), { withFileTypes: true })) {
          const file = dir ? `${dir}/${entry.name}` : entry.name;
          if (entry.isSymbolicLink()) {
            if (real(id, file) === undefined) out.push(file);
          } else if (entry.isDirectory() && depth < 3) walk(file, depth + 1);
        }
      };
      walk('', 0);
      return out.sort();
    },
    displayPath(id, file) {
      const full = inside(id, file) ?? join(packDir(id) ?? join(dirs[0] ?? '.', id), file);
      const rel = relative(cwd, full);
      return rel.startsWith('..') ? full : rel.split(sep).join('/');
    },
  };
}

function contains(base: string, path: string): boolean {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
