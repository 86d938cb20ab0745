import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';
import { CHROMIUM, INSTALL_HINT } from './system-tools.js';

const FIXTURES = join(repoRoot, 'packages/core/test/years/fixtures');

// The reviewer's page in Debian's chromium (never a downloaded browser): it opens without a console error,
// a header click sorts the rows, and the screenshot in docs/images shows what a reviewer sees.
describe.skipIf(!CHROMIUM)(`fazhi review's page in headless Chromium${CHROMIUM ? '' : ` (skipped: chromium not installed; ${INSTALL_HINT})`}`, () => {
  it('opens, sorts on a header click, no console errors', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fazhi-review-'));
    for (const f of ['wanyuan-2022.yaml', 'wanyuan-2023.yaml', 'haian-2022.yaml', 'haian-2023.yaml', 'tanggu-2023.yaml']) copyFileSync(join(FIXTURES, f), join(dir, f));
    writeFileSync(join(dir, 'tanggu-2024.yaml'), readFileSync(join(FIXTURES, 'tanggu-2024.yaml'), 'utf8').replace('binhai_services: 2725', 'binhai_services: 240').replace('published: 2025-03-20', 'published: 2025-04-20'));
    const out = join(dir, 'out');
    expect(runCli(['review', dir, '--out', out]).code).toBe(0);

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1500, height: 700 } });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
      });
      page.on('pageerror', (e) => problems.push(e.message));
      page.on('request', (r) => {
        if (!r.url().startsWith('file:')) problems.push(`fetched ${r.url()}`);
      });
      await page.goto(`file://${join(out, 'review.html')}`);
      const column = (n: number) => page.$$eval(`#reports tbody tr td:nth-child(${n})`, (cells) => cells.map((c) => c.textContent ?? ''));
      expect(await page.locator('#reports tbody tr').count()).toBe(6);
      expect(await page.locator('svg rect').count()).toBeGreaterThan(4);

      // Year: ascending, then descending on a second click.
      await page.locator('th', { hasText: '年度' }).click();
      expect(await column(3)).toEqual(['2022', '2022', '2023', '2023', '2023', '2024']);
      await page.locator('th', { hasText: '年度' }).click();
      expect(await column(3)).toEqual(['2024', '2023', '2023', '2023', '2022', '2022']);
      // Days past 31 March, numerically, blanks last: the late one first when descending.
      await page.locator('th', { hasText: '公开逾期天数' }).click();
      await page.locator('th', { hasText: '公开逾期天数' }).click();
      expect((await column(11))[0]).toBe('20');

      // The picture goes to test-output/ on every run; UPDATE_SCREENSHOTS=1 refreshes the one docs/reviewers.md shows.
      const shots = process.env.UPDATE_SCREENSHOTS ? join(repoRoot, 'docs/images') : join(repoRoot, 'packages/cli/test-output');
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'review.png'), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
