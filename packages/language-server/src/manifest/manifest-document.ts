import { basename, dirname } from 'node:path';
import { pathOf, type Workspace } from '../workspace.js';

const ID_LINE = /^id[ \t]*:/m;
const NAME_LINE = /^name[ \t]*:/m;

/**
 * The pack folder of a template pack's manifest, or undefined for any other document. A manifest is a file named
 * template.yaml inside a folder packs are read from (the workspace's templates folder, the built-in packs), or
 * elsewhere one whose top level has `id:` and `name:` (a pack being written outside those folders). Other YAML
 * named template.yaml (a CloudFormation or SAM template) has neither, and gets nothing from this server.
 */
export function packManifestFolder(workspace: Workspace, uri: string, text: string): string | undefined {
  const path = pathOf(uri);
  if (path === undefined || basename(path) !== 'template.yaml') return undefined;
  if (!workspace.isTemplateFile(uri) && !(ID_LINE.test(text) && NAME_LINE.test(text))) return undefined;
  return basename(dirname(path));
}
