// The preview's webview script (media/preview.js) loaded into a blank chromium page, with a stand-in for the VS Code
// webview API: what the script posts goes to the test's host, and the host posts back as the extension does.
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { CHROMIUM } from './e2e/workbench.js';

const PREVIEW_SCRIPT = readFileSync(new URL('../media/preview.js', import.meta.url), 'utf8');

/** Why the chromium tests skip, when they do. */
export const chromiumMissing = existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing (apt-get install chromium; scripts/install-system-deps.sh)`;

/**
 * The page as the extension's preview shell has it (a style element, the report container) plus an input outside the
 * report, somewhere for the focus to go; every message the script posts is handed to `receive`.
 */
export async function loadPreviewScript(page: Page, receive: (message: never) => void): Promise<void> {
  await page.exposeFunction('hostReceive', receive);
  await page.setContent('<html><body><style id="report-style"></style><input id="elsewhere"><div id="report"></div></body></html>');
  await page.evaluate(() => {
    const w = window as unknown as { acquireVsCodeApi: () => unknown; hostReceive: (m: unknown) => void };
    w.acquireVsCodeApi = () => ({ postMessage: (m: unknown) => w.hostReceive(m), getState: () => ({}), setState: () => undefined });
  });
  await page.addScriptTag({ content: PREVIEW_SCRIPT });
}

/** A message to the webview, as the extension posts it; one still coming when a test closes its page goes nowhere. */
export async function postToWebview(page: Page, message: unknown): Promise<void> {
  if (!page.isClosed()) await page.evaluate((m) => window.postMessage(m, '*'), message).catch(() => undefined);
}
