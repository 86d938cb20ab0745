// End-to-end, last year's report in the editor: a report with last year's beside it in the folder, in a real VS Code
// (code-server) with the packaged .vsix, in Debian's chromium. Run by `pnpm test:e2e` (one file at a time); plain
// `pnpm test` skips it and says why.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { e2eSkipReason, shot, workbenchSession } from './session.js';
import { openFile, runCommand } from './workbench.js';

// The core's pair of years for 塘沽街道 (our own text): this year's with a sentence copied from last year's and a
// figure ten times smaller, found by jurisdiction and year in the same folder (no `previous:`).
const fixtures = fileURLToPath(new URL('../../../packages/core/test/years/fixtures/', import.meta.url));
const skipReason = e2eSkipReason();
if (skipReason) console.warn(`end-to-end test (last year) skipped: ${skipReason}`);

function plantedPair(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'fazhi-e2e-last-year-'));
  const lastYear = join(dir, 'tanggu-2023.yaml');
  const thisYear = join(dir, 'tanggu-2024.yaml');
  // The fixtures' first line is a comment for the tests' readers: not in the picture.
  const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8').replace(/^#.*\n/, '');
  writeFileSync(lastYear, fixture('tanggu-2023.yaml'));
  writeFileSync(
    thisYear,
    fixture('tanggu-2024.yaml')
      .replace('previous: ./tanggu-2023.yaml\n', '')
      .replace('binhai_services: 2725', 'binhai_services: 240')
      .replace('        - 每个社区的法律服务驿站均已建成，律师按排班表驻点，为居民提供法律咨询。', '        - 街道把法律明白人编入社区网格，每个网格至少配备两名，全年开展入户普法宣传六轮。'),
  );
  return [lastYear, thisYear];
}

/** The frame of the comparison webview: VS Code nests it (an outer iframe, then the active-frame). */
async function compareFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.locator('h2', { hasText: '照搬的段落' }).count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the comparison webview did not appear');
}

describe.skipIf(skipReason !== '')(`last year's report in a real VS Code${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const session = workbenchSession(skipReason ? [] : plantedPair());
  let page: Page;
  beforeAll(() => ({ page } = session));

  test('the findings against last year, and a code lens with the recycled share', async () => {
    await openFile(page, 'tanggu-2024.yaml');
    const lens = page.locator('.codelens-decoration', { hasText: '与去年（2023）相比' }).first();
    await lens.waitFor({ timeout: 90_000 });
    expect(await lens.innerText()).toMatch(/照搬 1\d% · 安排无下文 0 · 数字突变 1/);
    await page.keyboard.press('Control+Shift+M'); // the Problems panel
    for (const code of ['recycled-text', 'recycled-share', 'figure-jump']) {
      await page.locator('.markers-panel .monaco-list-row', { hasText: code }).first().waitFor({ timeout: 30_000 });
    }
    await page.keyboard.press('Control+Shift+M');
  }, 180_000);

  test('与去年对比 opens the comparison beside the YAML; the code lens opens it too', async () => {
    await runCommand(page, '与去年对比');
    const tab = page.locator('.tab', { hasText: '与去年对比：tanggu-2024.yaml' }).first();
    await tab.waitFor({ timeout: 60_000 });
    // Beside: a second editor group, the YAML still in the first (and still the active editor: preserveFocus).
    expect(await page.locator('.editor-group-container').count()).toBe(2);
    expect(await page.locator('.editor-group-container').first().locator('.tab', { hasText: 'tanggu-2024.yaml' }).first().innerText()).not.toContain('与去年对比');
    const frame = await compareFrame(page);
    await frame.locator('td', { hasText: '街道把法律明白人编入社区网格，每个网格至少配备两名' }).first().waitFor();
    await frame.locator('td', { hasText: '街道把法律明白人编入社区网格，每个网格至少配备一名' }).first().waitFor();
    expect(await frame.locator('td .bad', { hasText: '⚠' }).count()).toBe(1); // binhai_services 2400 → 240
    await page.screenshot({ path: shot('compare-last-year.png') });

    // Closed, then opened again from the code lens above the first line.
    await tab.hover();
    await tab.locator('.codicon-close').click();
    await tab.waitFor({ state: 'detached' });
    await page.locator('.codelens-decoration a', { hasText: '与去年对比' }).first().click();
    await page.locator('.tab', { hasText: '与去年对比：tanggu-2024.yaml' }).first().waitFor({ timeout: 60_000 });
  }, 180_000);
});
