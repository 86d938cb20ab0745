import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPrevious, parseReport, validateReport, type Diagnostic, type PreviousHost, type PreviousLookup } from '../../src/index.js';
import { catalog } from '../helpers.js';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Last year's file read the way the CLI and the server read it: from disk, through the host interface. */
export const fsHost: PreviousHost = {
  read: async (path) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  list: async (dir) => readdirSync(dir),
};

export const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** The year-over-year diagnostics of `text` as if saved as fixtures/<name>. */
export async function checkAgainstLastYear(name: string, text: string, options: { jumpFactor?: number } = {}): Promise<{ diagnostics: Diagnostic[]; lookup: PreviousLookup }> {
  const path = join(FIXTURES, name);
  const parsed = parseReport(text, { source: path });
  const lookup = await findPrevious(path, parsed.data, fsHost, { catalog });
  return { lookup, diagnostics: validateReport(parsed, { templates: catalog, today: new Date('2025-06-01'), previous: lookup, ...options }) };
}

/** The same text with one planted change; the `from` text must occur exactly once. */
export function plant(text: string, from: string, to: string): string {
  if (text.split(from).length !== 2) throw new Error(`"${from}" must occur once`);
  return text.replace(from, to);
}
