import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPackId } from '@fazhi/schema';
import type { Workspace } from './workspace.js';

/** The manifest file of a pack, where the catalog would read it from (workspace packs first). */
export function manifestUri(workspace: Workspace, id: string): string | undefined {
  if (!isPackId(id)) return undefined;
  for (const dir of workspace.templateDirs()) {
    const file = join(dir, id, 'template.yaml');
    if (existsSync(file)) return pathToFileURL(file).href;
  }
  return undefined;
}
