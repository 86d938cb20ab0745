import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeHtml, writeMarkdown, writeText } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers.js';
import { normaliseRendered, normaliseSeed } from './golden-normalise.js';
import { documentOf } from './render-helpers.js';

// Each seed report, reproduced from its example data file with its jurisdiction's pack. The txt output is
// compared with the published text under the normalisation stated in golden-normalise.ts; md and html are
// compared with committed golden files (regenerate them with UPDATE_GOLDEN=1 after a deliberate change,
// and read the diff before committing).
const SEEDS = ['haian-2023', 'wanyuan-2023', 'ludu-2023', 'pingdingshan-2021', 'tanggu-2024'];
const examples = join(repoRoot, 'examples');
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(SEEDS)('%s', (name) => {
  const data = readFileSync(join(examples, `${name}.yaml`), 'utf8');
  const doc = documentOf(data);

  it('reproduces the published report word for word', () => {
    const seed = normaliseSeed(readFileSync(join(examples, 'seeds', `${name}.txt`), 'utf8'));
    const rendered = normaliseRendered(writeText(doc));
    expect(rendered).toEqual(seed);
  });

  it.each([
    ['md', writeMarkdown],
    ['html', writeHtml],
  ] as const)('matches its golden %s', (ext, write) => {
    const file = join(examples, 'rendered', `${name}.${ext}`);
    const actual = write(doc);
    if (update) writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing; UPDATE_GOLDEN=1 writes it`).toBe(true);
    expect(actual, `${file} differs; UPDATE_GOLDEN=1 rewrites it`).toBe(readFileSync(file, 'utf8'));
  });
});
