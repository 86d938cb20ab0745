// End-to-end: the packaged .vsix installed into a real VS Code (code-server) and used as a writer would, in
// Debian's chromium. Run by `pnpm test:e2e`, which builds what it needs; plain `pnpm test` skips it and says why.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { languageServerPid, startCodeServer, type CodeServer } from './code-server.js';
import { CHROMIUM, cursorLine, editorText, focusEditor, gotoLine, launchBrowser, openFile, openWorkbench, pick, previewFrame, runCommand } from './workbench.js';

// A real report from examples/ (seed 000), a report data file by its `template:` key alone.
const exampleFile = fileURLToPath(new URL('../../../examples/haian-2023.yaml', import.meta.url));
const example = 'haian-2023.yaml';
const exampleText = existsSync(exampleFile) ? readFileSync(exampleFile, 'utf8') : '';
// Last year's published report (seed 001 as text), for 导入已有报告.
const publishedFile = fileURLToPath(new URL('../../../examples/seeds/wanyuan-2023.txt', import.meta.url));
/** The 1-based line of the example that matches. */
const lineOf = (pattern: RegExp): number => {
  const index = exampleText.split('\n').findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${example} has no line matching ${pattern}`);
  return index + 1;
};

const home = process.env.FAZHI_CODE_SERVER ?? '';
const vsix = process.env.FAZHI_VSIX ?? '';
const skipReason = !process.env.FAZHI_E2E
  ? 'runs only under `pnpm test:e2e`, which builds code-server and the .vsix'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} is missing (apt-get install chromium)`
    : !existsSync(`${home}/node_modules/code-server/out/node/entry.js`)
      ? `code-server is not built at "${home}" (extension/scripts/setup-code-server.sh)`
      : !exampleText
        ? `${exampleFile} is missing`
        : !existsSync(vsix)
        ? `the .vsix "${vsix}" is missing (pnpm package)`
        : '';
if (skipReason) console.warn(`end-to-end test skipped: ${skipReason}`);

// The picture of the preview beside the YAML goes to test-output/ on every run; UPDATE_SCREENSHOTS=1 writes the
// README's copy instead, so a test run never leaves a tracked file changed.
const screenshot = fileURLToPath(
  new URL(process.env.UPDATE_SCREENSHOTS ? '../../../docs/images/preview.png' : '../../test-output/preview.png', import.meta.url),
);

describe.skipIf(skipReason !== '')(`the extension in a real VS Code${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let server: CodeServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(dirname(screenshot), { recursive: true });
    server = await startCodeServer({ home, vsix, files: [exampleFile, publishedFile] });
    browser = await launchBrowser();
    page = await openWorkbench(browser, server.url);
  }, 180_000);

  // A failed step leaves a picture of the workbench in test-output/ to show what the writer would have seen.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || !page) return;
    const name = context.task.name.replace(/[^\w\u4e00-\u9fff]+/g, '-').slice(0, 60);
    await page.screenshot({ path: fileURLToPath(new URL(`../../test-output/failed-${name}.png`, import.meta.url)) }).catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('activates on a report data file: the status bar names its template', async () => {
    await openFile(page, example);
    await page.locator('.statusbar-item', { hasText: 'haian-dev-zone' }).first().waitFor({ timeout: 60_000 });
  }, 120_000);

  test('a full-width colon after a key is diagnosed', async () => {
    await gotoLine(page, lineOf(/^year: /));
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('：');
    await page.keyboard.press('Control+Shift+M'); // the Problems panel
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'fullwidth-colon' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: 'fullwidth-colon' }).count(), { timeout: 30_000 }).toBe(0);
  }, 120_000);

  test('accepting a completion inserts a key the report lacks', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+End'); // the empty line after the last
    await page.keyboard.type('reci');
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'recipient' }).first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toMatch(/recipient:/);
    // The snippet leaves its placeholder selected: typing replaces it.
    await page.keyboard.type('中共海安市委、海安市人民政府');
    await page.keyboard.press('Escape');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toMatch(/recipient: 中共海安市委、海安市人民政府$/m);
    await page.keyboard.press('Control+S');
  }, 120_000);

  test('the preview opens beside the YAML, follows edits and maps clicks back to the source', async () => {
    await runCommand(page, 'Fazhi: Open report preview');
    const frame = await previewFrame(page);
    await frame.locator('body[data-state="rendered"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => frame.locator('#report').innerText(), { timeout: 30_000 }).toContain('海安高新技术产业开发区2023年法治政府建设情况报告');
    // The README's picture: the YAML and its preview side by side, the block under the cursor highlighted.
    await runCommand(page, 'View: Hide Panel');
    await runCommand(page, 'View: Close Primary Side Bar');
    await focusEditor(page);
    await gotoLine(page, lineOf(/^ {4}2023年，高新区在市委/)); // the preamble, near the top of the page
    await frame.locator('.fz-active').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: screenshot });

    // An edit in the YAML shows in the preview.
    await focusEditor(page);
    await gotoLine(page, lineOf(/- title: 坚持规范执法，提高工作效能/));
    await page.keyboard.press('End');
    await page.keyboard.type('（修订）');
    const typed = Date.now();
    await expect.poll(() => frame.locator('#report').innerText(), { timeout: 10_000, interval: 20 }).toContain('提高工作效能（修订）');
    // Reported, not asserted (timings belong to benchmarks): docs/performance.md quotes it.
    console.log(`e2e: the preview showed the edit ${Date.now() - typed} ms after the last keystroke`);

    // The preview keeps its scroll position across re-renders.
    await frame.evaluate(() => window.scrollTo(0, 700));
    await page.keyboard.type('！');
    await expect.poll(() => frame.locator('#report').innerText(), { timeout: 10_000 }).toContain('提高工作效能（修订）！');
    expect(await frame.evaluate(() => window.scrollY)).toBe(700);

    // A click on a block in the preview puts the cursor on its YAML.
    await frame.locator('[data-src-start]', { hasText: '攻坚矛盾化解，加强应急建设' }).first().click();
    // The webview may keep the focus after the click; the cursor in the YAML is what counts.
    await expect
      .poll(async () => (await focusEditor(page), cursorLine(page)), { timeout: 10_000 })
      .toBe(lineOf(/- title: 攻坚矛盾化解，加强应急建设/));
  }, 180_000);

  test('渲染报告 → html writes the file beside the data file and offers to open it', async () => {
    await renderTo('html');
    await page.locator('.notifications-toasts', { hasText: 'haian-2023.html' }).first().waitFor({ timeout: 30_000 });
    await expect.poll(() => readdirSync(server.workspace).filter((f) => f.endsWith('.html')), { timeout: 10_000 }).toEqual(['haian-2023.html']);
  }, 180_000);

  test('渲染报告 → docx writes the Word file beside the data file', async (context) => {
    await focusEditor(page);
    await runCommand(page, 'Fazhi: Render report');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'docx' }).first();
    await row.waitFor();
    // The server announces the formats it writes; until DOCX is in it, the pick says so and this step waits.
    if (/not available/.test(await row.innerText())) {
      await page.keyboard.press('Escape');
      context.skip('the bundled language server does not write docx yet (capabilities.experimental.fazhiRenderFormats)');
    }
    await page.keyboard.press('Escape');
    await renderTo('docx');
    await expect.poll(() => readdirSync(server.workspace).filter((f) => f.endsWith('.docx')), { timeout: 10_000 }).toEqual(['haian-2023.docx']);
  }, 180_000);

  test('a crashed language server is restarted and diagnoses again', async () => {
    const pid = languageServerPid(server.extensions);
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGKILL'); // the server this test's code-server started
    // Wait for a new server, not just for the old one to be gone (between the two there is no server at all).
    await expect
      .poll(() => {
        const next = languageServerPid(server.extensions);
        return next !== undefined && next !== pid;
      }, { timeout: 30_000 })
      .toBe(true);
    await focusEditor(page);
    await gotoLine(page, lineOf(/^year: /));
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type('：');
    await runCommand(page, 'View: Focus Problems');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'fullwidth-colon' }).first().waitFor({ timeout: 30_000 });
    await focusEditor(page);
    await page.keyboard.press('Control+Z');
  }, 120_000);

  test('新建报告 scaffolds a data file from a template pack, and 打开模板 opens its manifest', async () => {
    await runCommand(page, 'Fazhi: New report');
    await pick(page, 'national');
    const input = page.locator('.quick-input-widget input');
    await input.fill('示例县');
    await page.keyboard.press('Enter');
    await pick(page, 'county-city');
    await expect.poll(() => input.inputValue()).toMatch(/^20\d\d$/);
    await input.fill('2025');
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: '示例县-2025.report.yaml' }).waitFor({ timeout: 30_000 });
    expect(readFileSync(`${server.workspace}/示例县-2025.report.yaml`, 'utf8')).toMatch(/^template: national$/m);
    await page.locator('.statusbar-item', { hasText: 'national' }).first().waitFor({ timeout: 30_000 });

    await runCommand(page, 'Fazhi: Open template');
    await page.locator('.tab.active', { hasText: 'template.yaml' }).waitFor({ timeout: 30_000 });
  }, 120_000);

  test('导入已有报告 turns last year’s published report into a data file beside it, and opens it', async () => {
    await runCommand(page, 'Fazhi: Import existing report');
    // code-server's own file dialog: a path box that starts at the workspace folder.
    const input = page.locator('.quick-input-widget input');
    await input.fill(join(server.workspace, 'wanyuan-2023.txt'));
    // The dialog's own button (its label is the command's openLabel): Enter can land while the list is still
    // being filtered to the typed path, and then does nothing.
    await page.locator('.quick-input-widget .monaco-button', { hasText: 'Import' }).click();
    // Then the year the new report is for: last year's 2023 report starts the 2024 one.
    const year = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: '年度' }).waitFor({ timeout: 30_000 });
    await year.fill('2024');
    await year.press('Enter');
    await page.locator('.tab.active', { hasText: 'wanyuan-2023.report.yaml' }).waitFor({ timeout: 60_000 });
    const imported = readFileSync(join(server.workspace, 'wanyuan-2023.report.yaml'), 'utf8');
    expect(imported).toMatch(/^template: wanyuan-county-city$/m);
    expect(imported).toMatch(/^year: 2024$/m);
    expect(imported).toContain('仍写着2023年的情况');
    expect(imported).toContain('动态调整充实由市长任组长');
  }, 120_000);

  async function renderTo(format: string): Promise<void> {
    await focusEditor(page);
    await page.keyboard.press('Control+S');
    await runCommand(page, 'Fazhi: Render report');
    await pick(page, format);
    // The file on disk is what counts; the notification that offers to open it is checked for html.
    await expect.poll(() => existsSync(join(server.workspace, `haian-2023.${format}`)), { timeout: 90_000, interval: 200 }).toBe(true);
  }
});
