// End-to-end, the template maintainer's side: a pack's partial edited in a real VS Code (code-server) with the
// packaged .vsix, in Debian's chromium. Run by `pnpm test:e2e` after editor.test.ts (never beside it: one
// code-server at a time); plain `pnpm test` skips it and says why.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CodeServer } from './code-server.js';
import { e2eSkipReason, shot, workbenchSession } from './session.js';
import { editorText, focusEditor, gotoLine, openFile, previewFrame, runCommand } from './workbench.js';

// A workspace with one pack, e2e-pack, that extends the built-in national and overrides its item partial.
const packs = fileURLToPath(new URL('./pack/templates', import.meta.url));
const skipReason = e2eSkipReason();
if (skipReason) console.warn(`end-to-end test (template packs) skipped: ${skipReason}`);


/** The lines of partials/item.hbs (1-based): the item's paragraph, and the point's paragraph inside #each points. */
const ITEM_LINE = 2;
const POINT_LINE = 4;

describe.skipIf(skipReason !== '')(`a template pack in a real VS Code${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  const session = workbenchSession([packs]);
  let server: CodeServer;
  let page: Page;
  beforeAll(() => ({ server, page } = session));

  test('a partial completes the view-model paths of its context: a point’s fields inside #each points', async () => {
    await openFile(page, 'item.hbs');
    await page.locator('.statusbar-item', { hasText: /^Handlebars$/ }).first().waitFor({ timeout: 30_000 });
    await gotoLine(page, POINT_LINE);
    await page.keyboard.press('End');
    for (let i = 0; i < '</p>'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('{{');
    // own_line is a point's field: only known here because the server follows #each points in the item's context.
    // The server starts when the pack's template opens; until it answers, Ctrl+Space asks again.
    const ownLine = page.locator('.suggest-widget .monaco-list-row', { hasText: 'own_line' }).first();
    await expect
      .poll(async () => (await ownLine.isVisible()) || (await page.keyboard.press('Escape'), await page.keyboard.press('Control+Space'), ownLine.isVisible()), {
        timeout: 90_000,
        interval: 2_000,
      })
      .toBe(true);
    await ownLine.waitFor();
    await page.locator('.suggest-widget .monaco-list-row', { hasText: '@index' }).first().waitFor();
    // The docs' picture: the list with the focused entry's documentation beside it (Ctrl+Space shows it).
    const details = page.locator('.suggest-details-container .docs', { hasText: /\S/ }).first();
    if (!(await details.isVisible())) await page.keyboard.press('Control+Space');
    await details.waitFor({ timeout: 10_000 }).catch(() => undefined);
    await page.screenshot({ path: shot('template-completion.png') });
    await page.keyboard.type('ow');
    // The row was in the list before the typing too: wait until the list has filtered and own_line is the one chosen
    // (Enter on a list not yet filtered took its first entry, `end`, in a CI run).
    await page.locator('.suggest-widget .monaco-list-row.focused', { hasText: 'own_line' }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // `{` closes itself only before a space or a bracket: here, before `</p>`, it does not.
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toMatch(/\{\{own_line(\}\})?<\/p>/);
    // Back as it was: a half-typed `{{` would hide the next step's finding behind a syntax error.
    for (let i = 0; i < 8 && (await editorText(page)).includes('"。"}}{{'); i++) await page.keyboard.press('Control+Z');
    expect(await editorText(page)).toContain('"。"}}</p>');
  }, 180_000);

  test('an unknown path is diagnosed as typed; the pack preview shows the error, then the fix', async () => {
    await focusEditor(page);
    await gotoLine(page, ITEM_LINE);
    await page.keyboard.press('End');
    for (let i = 0; i < '</p>'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('【{{titel}}】');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('{{text}}【{{titel}}】</p>');
    await page.keyboard.press('Control+Shift+M'); // the Problems panel
    await page.locator('.markers-panel .monaco-list-row', { hasText: '“titel”' }).first().waitFor({ timeout: 30_000 });

    // The pack preview: national's example rendered through e2e-pack as the editor holds it.
    await focusEditor(page);
    await runCommand(page, 'Preview the template pack being edited');
    const frame = await previewFrame(page);
    await expect.poll(() => frame.locator('.fz-error').first().innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/partials\/item\.hbs:2:\d+/);

    // Fix it: titel → title, typed in the editor.
    await focusEditor(page);
    for (let i = 0; i < '}}】'.length; i++) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('le');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toContain('{{text}}【{{title}}】</p>');
    await expect.poll(() => frame.locator('#report').innerText(), { timeout: 30_000 }).toContain('【坚持党的领导，压实法治建设责任】');
    expect(await frame.locator('.fz-error').count()).toBe(0);
    await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: '“titel”' }).count(), { timeout: 30_000 }).toBe(0);
    await page.screenshot({ path: shot('template-preview.png') });
  }, 180_000);

  test("typing a helper's arguments shows its parameters, the one being typed marked", async () => {
    await focusEditor(page);
    await gotoLine(page, ITEM_LINE);
    await page.keyboard.press('End');
    for (let i = 0; i < '</p>'.length; i++) await page.keyboard.press('ArrowLeft');
    const before = await editorText(page);
    const typed = '{{punctuate text ';
    await page.keyboard.type(typed);
    // VS Code's parameter hints: the signature the server gave, with `mark` (the second parameter) marked.
    const hints = page.locator('.parameter-hints-widget');
    await expect.poll(() => hints.innerText().catch(() => ''), { timeout: 30_000 }).toContain('punctuate text mark');
    await expect.poll(() => hints.locator('.parameter.active').first().innerText().catch(() => ''), { timeout: 10_000 }).toBe('mark');
    await page.keyboard.press('Escape');
    // Back as it was: what was typed, deleted.
    for (let i = 0; i < typed.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => editorText(page), { timeout: 10_000 }).toBe(before);
  }, 120_000);
});
