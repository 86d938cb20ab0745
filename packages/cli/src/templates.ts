import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { TemplateCatalog } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';

/**
 * The packs a command sees: --templates folders first, then ./templates of the working folder (a
 * writer's own packs), then the built-in ones. An earlier folder's pack of the same id wins.
 */
export function catalogFor(templateDirs: string[] = [], cwd = process.cwd()): TemplateCatalog {
  const local = resolve(cwd, 'templates');
  const dirs = [...templateDirs.map((d) => resolve(cwd, d)), ...(existsSync(local) ? [local] : []), builtinTemplatesDir()];
  return new TemplateCatalog(createFsTemplateHost({ dirs: [...new Set(dirs)], cwd }));
}
