import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
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

/**
 * The --templates folders plus a templates/ folder beside each data file, where `fazhi import` puts a pack it
 * inferred from the report: a data file and its pack work together from any working folder.
 */
export function withDataFolders(templateDirs: string[], files: readonly string[]): string[] {
  const beside = [...new Set(files.map((f) => resolve(dirname(f), 'templates')))].filter((d) => existsSync(d));
  return [...templateDirs, ...beside];
}
