// What every end-to-end file shares: why it would skip, where its pictures go, and one code-server with the packaged
// .vsix and a chromium on its workbench for the file's tests (one code-server at a time: e2e.mjs runs files in turn).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startCodeServer, type CodeServer } from './code-server.js';
import { CHROMIUM, launchBrowser, openWorkbench } from './workbench.js';

const home = process.env.FAZHI_CODE_SERVER ?? '';
const vsix = process.env.FAZHI_VSIX ?? '';

/** Why the end-to-end tests cannot run here ('' when they can); `missing` names a file the caller needs too. */
export function e2eSkipReason(missing?: string): string {
  return !process.env.FAZHI_E2E
    ? 'runs only under `pnpm test:e2e`, which builds code-server and the .vsix'
    : !existsSync(CHROMIUM)
      ? `${CHROMIUM} is missing (apt-get install chromium)`
      : !existsSync(`${home}/node_modules/code-server/out/node/entry.js`)
        ? `code-server is not built at "${home}" (extension/scripts/setup-code-server.sh)`
        : missing
          ? `${missing} is missing`
          : !existsSync(vsix)
            ? `the .vsix "${vsix}" is missing (pnpm package)`
            : '';
}

/** A picture for the docs: test-output/ on every run, docs/images/ only with UPDATE_SCREENSHOTS=1 (a test run never
 * leaves a tracked file changed). */
export const shot = (name: string): string =>
  fileURLToPath(new URL(process.env.UPDATE_SCREENSHOTS ? `../../../docs/images/${name}` : `../../test-output/${name}`, import.meta.url));

export interface Session {
  readonly server: CodeServer;
  readonly page: Page;
}

/**
 * Inside a describe: code-server with the extension and these files in its workspace, opened in chromium before the
 * tests and stopped after them. A failed test leaves a picture of the workbench in test-output/, to show what the
 * writer would have seen.
 */
export function workbenchSession(files: string[]): Session {
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    mkdirSync(fileURLToPath(new URL('../../test-output/', import.meta.url)), { recursive: true });
    server = await startCodeServer({ home, vsix, files });
    browser = await launchBrowser();
    page = await openWorkbench(browser, server.url);
  }, 180_000);
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const name = context.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 60);
    await page.screenshot({ path: fileURLToPath(new URL(`../../test-output/failed-${name}.png`, import.meta.url)) }).catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('code-server is not started yet');
      return server;
    },
    get page() {
      if (!page) throw new Error('the workbench is not open yet');
      return page;
    },
  };
}
