// Drives the VS Code workbench in Debian's chromium as a writer would: keyboard shortcuts, the command palette,
// quick open. Waits are for visible UI, never fixed sleeps.
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

export async function openWorkbench(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  // The explorer shows the workspace's files once the workbench has restored.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Runs a command by the title the palette shows, e.g. "Render the report". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Sets user settings as a writer would, in VS Code's settings.json editor, and saves: VS Code applies them at once
 * (a change written to the file from outside waits for a file watcher, which code-server may not have here).
 */
export async function editUserSettings(page: Page, settings: object): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings (JSON)');
  await page.locator('.tab.active', { hasText: 'settings.json' }).waitFor();
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(JSON.stringify(settings)); // one line: no auto-indentation to undo
  // What the editor closed by itself (a bracket, a quote) sits after the cursor.
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Control+S');
  await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
  await page.keyboard.press('Control+W');
}

export async function openFile(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(name);
  // Quick open searches the workspace: slow on a loaded machine.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 60_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/** Picks an entry of the open quick pick by its label. */
export async function pick(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor();
  await row.click();
}

/** Moves the cursor to the start of a 1-based line with Go to Line. */
export async function gotoLine(page: Page, line: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`); // Go to Line is quick open with a ':' prefix
  await page.locator('.quick-input-widget', { hasText: new RegExp(`line ${line}`, "i") }).first().waitFor();
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

export async function focusEditor(page: Page): Promise<void> {
  await page.keyboard.press('Control+1');
}

/** The visible text of the active editor (Monaco renders spaces as no-break spaces). */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText();
  return text.replace(/\u00a0/g, ' ');
}

/** The 1-based line of the cursor, from the status bar's "Ln 12, Col 3". */
export async function cursorLine(page: Page): Promise<number> {
  const text = await page.locator('.statusbar-item', { hasText: /Ln \d+/ }).first().innerText({ timeout: 2_000 });
  return Number(/Ln (\d+)/.exec(text)?.[1] ?? NaN);
}

/** The cursor's 1-based line and column, from the status bar's "Ln 12, Col 3". */
export async function cursorPosition(page: Page): Promise<{ line: number; column: number }> {
  const text = await page.locator('.statusbar-item', { hasText: /Ln \d+/ }).first().innerText({ timeout: 2_000 });
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  return { line: Number(m?.[1] ?? NaN), column: Number(m?.[2] ?? NaN) };
}

/** Whether the active editor soft-wraps: its lines are laid out no wider than the editor. */
export async function editorWraps(page: Page): Promise<boolean> {
  return page.locator('.editor-group-container.active .monaco-editor').first().evaluate((editor) => {
    const lines = editor.querySelector<HTMLElement>('.view-lines');
    return lines !== null && lines.scrollWidth <= editor.clientWidth;
  });
}

/** The frame of our preview webview (VS Code nests it: an outer iframe, then the active-frame). */
export async function previewFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if ((await frame.locator('#report').count().catch(() => 0)) > 0) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the preview webview did not appear');
}
