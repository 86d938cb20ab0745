import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_HELPERS } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';

// docs/templates.md's helper table is what maintainers read; each row must be the helper's own `doc`, and every
// helper must have a row, so the table cannot drift from the code.
const doc = readFileSync(join(repoRoot, 'docs', 'templates.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Helpers'), doc.indexOf('\n## ', doc.indexOf('## Helpers') + 1));
const rows = [...section.matchAll(/^\| `([^`]+)` \| (.*) \|$/gm)].map((m) => [m[1], m[2]] as const);

describe('docs/templates.md', () => {
  it("lists every helper with its own doc, and nothing else", () => {
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(TEMPLATE_HELPERS.map((h) => [h.name, h.doc])));
  });
});
