import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../run-cli.js';
import { CASES, type Expect } from './catalogue.js';

/** The catalogue table in docs/security.md is generated from catalogue.ts, so the page cannot drift from the tests. */
const DOC = `${repoRoot}docs/security.md`;
const START = '<!-- catalogue:start -->';
const END = '<!-- catalogue:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');
const outcome = (e: Expect) => `exit ${e.exit}${e.code ? ` · \`${e.code}\` at ${e.at}` : ''}`;

export function catalogueTable(): string {
  const rows = CASES.map((c) => {
    const render = `${outcome(c.render)}${c.render.exit ? ' · nothing written' : ' · written'}`;
    return `| \`${c.id}\` | ${cell(c.input)} | ${outcome(c.check)} | ${render} | ${cell(c.sees)} |`;
  });
  return ['| case | input | `fazhi check` | `fazhi render` | what the user sees |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

describe('docs/security.md', () => {
  it('lists every catalogued case as the catalogue says', () => {
    const doc = readFileSync(DOC, 'utf8');
    const start = doc.indexOf(START);
    const end = doc.indexOf(END);
    expect(start).toBeGreaterThan(0);
    const expected = `${doc.slice(0, start + START.length)}\n${catalogueTable()}\n${doc.slice(end)}`;
    if (process.env.FAZHI_UPDATE_DOCS) writeFileSync(DOC, expected);
    expect(doc).toBe(expected);
  });
});
