/**
 * A template pack's id, which is also its folder's name: lowercase letters, digits and hyphens, not starting with a
 * hyphen (`national`, `haian-dev-zone`). Defined here once: the report and manifest schemas, the template host, the
 * validator, the CLI and the language server all ask this module (test/pack-id.test.ts fails on a second copy).
 */
export const PACK_ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

const PACK_ID = new RegExp(PACK_ID_PATTERN);

/** Whether a string can name a pack (not whether such a pack exists). */
export function isPackId(id: string): boolean {
  return PACK_ID.test(id);
}

const nameOf = (path: string) => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/'), path.lastIndexOf('\\')));

/**
 * Where a file sits in a template pack, from its path alone: `<pack>/report.hbs`, `<pack>/template.yaml` or
 * `<pack>/partials/<name>.hbs`, the pack's folder named by a pack id (`file` is pack-relative). Whether that folder
 * holds a template.yaml is the caller's to check: this module reads no files. The language server and the extension
 * both decide with it, so they agree on what is a pack's file.
 */
export function packFileAt(path: string): { packDir: string; file: string } | undefined {
  const name = nameOf(path);
  const parent = parentOf(path);
  const packDir = name === 'report.hbs' || name === 'template.yaml' ? parent : name.endsWith('.hbs') && nameOf(parent) === 'partials' ? parentOf(parent) : undefined;
  if (!packDir || !isPackId(nameOf(packDir))) return undefined;
  return { packDir, file: packDir === parent ? name : `partials/${name}` };
}
