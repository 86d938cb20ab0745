import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packFileAt } from '@fazhi/schema';
import { pathOf } from '../workspace.js';

/** A file of a template pack (a folder holding template.yaml), as the editor has it open. */
export interface PackFile {
  /** Absolute path of the file. */
  path: string;
  /** The pack's folder, whose name is its id. */
  packDir: string;
  packId: string;
  /** Pack-relative: report.hbs, partials/item.hbs or template.yaml. */
  file: string;
  /** The folder holding the pack, searched first for the packs it names. */
  templatesDir: string;
}

/**
 * The pack a URI belongs to: `<pack>/report.hbs`, `<pack>/partials/<name>.hbs` or `<pack>/template.yaml`, where
 * `<pack>` holds a template.yaml. Any other .hbs file is none of ours (a web project's templates, say).
 */
export function packFileOf(uri: string): PackFile | undefined {
  const path = pathOf(uri);
  if (!path) return undefined;
  const at = packFileAt(path);
  if (!at || !existsSync(join(at.packDir, 'template.yaml'))) return undefined;
  const { packDir, file } = at;
  return { path, packDir, packId: basename(packDir), file, templatesDir: dirname(packDir) };
}

/** Whether a URI names a template or partial of a pack (not its manifest). */
export function isPackTemplate(uri: string): boolean {
  return packFileOf(uri)?.file.endsWith('.hbs') === true;
}
