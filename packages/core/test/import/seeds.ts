import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../helpers.js';
import { SEED_DEFECTS } from '../render/golden-normalise.js';

/** The five published reports (examples/seeds), with the name each was published under and the pack it fits. */
export const SEEDS = [
  { name: 'haian-2023', original: '000_c71c3cfda82aea0c.txt', pack: 'haian-dev-zone' },
  { name: 'wanyuan-2023', original: '001_20b74f1014d85a05.txt', pack: 'wanyuan-county-city' },
  { name: 'ludu-2023', original: '002_a5b6e5cddbb2bf67.txt', pack: 'ludu-street-office' },
  { name: 'pingdingshan-2021', original: '003_b9fed376e05320a4.txt', pack: 'pingdingshan-hitech-zone' },
  { name: 'tanggu-2024', original: '004_99c6fe48d1545a6e.txt', pack: 'tanggu-street-office' },
] as const;

export type Seed = (typeof SEEDS)[number];

export function seedPath(seed: Seed): string {
  return resolve(repoRoot, 'examples/seeds', `${seed.name}.txt`);
}

export function seedText(seed: Seed): string {
  return readFileSync(seedPath(seed), 'utf8');
}

/**
 * The seed as the report says it: the scraper's mojibake (SEED_DEFECTS, shared with the golden comparison)
 * repaired. The importer only warns about such characters; it cannot know what they stood for.
 */
export function repairedSeedText(seed: Seed): string {
  let text = seedText(seed);
  for (const [bad, good] of SEED_DEFECTS) text = text.replaceAll(bad, good);
  return text;
}
