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
