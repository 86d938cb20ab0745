// What the year-over-year CLI tests share: the core's pairs of years, this year's tanggu report as they plant it,
// and a review's CSV read back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './run-cli.js';

export const FIXTURES = join(repoRoot, 'packages/core/test/years/fixtures');

/** One of last year's points in this year's tanggu report replaced by a new one (the rest is carried over). */
export const withNewPoint = (text: string): string =>
  text.replace('        - 每个社区的法律服务驿站均已建成，律师按排班表驻点，为居民提供法律咨询。', '        - 街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。');

/** This year's tanggu report naming no `previous:` (last year's is found by its name), with the new point. */
export function tanggu2024FindingLastYear(): string {
  return withNewPoint(readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8').replace('previous: ./tanggu-2023.yaml\n', ''));
}

/** The rows of `fazhi review`'s CSV in `out` (no header), and the row of a file by the end of its path. */
export function reviewRows(out: string): { rows: string[][]; row: (file: string) => string[] } {
  const rows = readFileSync(join(out, 'review.csv'), 'utf8').trim().split('\r\n').slice(1).map((l) => l.split(','));
  return { rows, row: (file) => rows.find((c) => (c[0] as string).endsWith(file)) as string[] };
}
