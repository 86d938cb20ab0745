// End-to-end: the packaged .vsix installed into a real VS Code (code-server) and used as a writer would, in
// Debian's chromium. Run by `pnpm test:e2e`, which builds what it needs; plain `pnpm test` skips it and says why.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCodeServer, type CodeServer } from './code-server.js';
import { CHROMIUM, launchBrowser, openFile, openWorkbench, previewFrame, runCommand } from './workbench.js';

const home = process.env.FAZHI_CODE_SERVER ?? '';
const vsix = process.env.FAZHI_VSIX ?? '';
const skipReason = !process.env.FAZHI_E2E
  ? 'runs only under `pnpm test:e2e`, which builds code-server and the .vsix'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} is missing (apt-get install chromium)`
    : !existsSync(`${home}/node_modules/code-server/out/node/entry.js`)
      ? `code-server is not built at "${home}" (extension/scripts/setup-code-server.sh)`
      : !existsSync(vsix)
        ? `the .vsix "${vsix}" is missing (pnpm package)`
        : '';
if (skipReason) console.warn(`end-to-end test skipped: ${skipReason}`);

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

describe.skipIf(skipReason !== '')(`the extension in a real VS Code${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startCodeServer({ home, vsix, fixtures });
    browser = await launchBrowser();
    page = await openWorkbench(browser, server.url);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('activates on a report data file: the status bar names its template', async () => {
    await openFile(page, 'sample.report.yaml');
    await expect.poll(() => page.locator('.statusbar-item', { hasText: 'national' }).count(), { timeout: 60_000 }).toBeGreaterThan(0);
  }, 120_000);

  test('the preview command opens a webview beside the editor', async () => {
    await runCommand(page, 'Fazhi: Open report preview');
    const frame = await previewFrame(page);
    await frame.locator('body[data-state="rendered"], body[data-state="error"]').waitFor({ timeout: 60_000 });
  }, 120_000);
});
