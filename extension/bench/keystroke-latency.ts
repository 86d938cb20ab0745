// Last keystroke in the YAML → the edit visible in the preview webview, in a real VS Code (code-server) driven by
// Playwright in Debian's chromium: what a writer waits for. Bundled and run by bench/preview-latency.mjs.
//
// Both ends are taken inside the browser, on the wall clock (Date.now(): each process computes its own origin for
// performance.now(), and those were seen to differ by tens of milliseconds): a capturing keydown
// listener in the workbench notes each keystroke; in the webview a MutationObserver notes when the page first holds
// the edited text, and the time after the next animation frame (the frame that shows it) is the figure. No polling.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { startCodeServer } from '../test/e2e/code-server.js';
import { focusEditor, gotoLine, launchBrowser, openFile, openWorkbench, previewFrame, runCommand } from '../test/e2e/workbench.js';

export interface KeystrokeOptions {
  home: string;
  vsix: string;
  /** Report files to measure, each copied into the workspace; measured in this order. */
  files: string[];
  /** Edits of one keystroke each, after a pause (the writer stops typing). */
  rounds: number;
  /** Bursts of `burstKeys` keystrokes `burstGapMs` apart; timed from the last keystroke of each. */
  bursts: number;
  burstKeys: number;
  burstGapMs: number;
  /** Quiet time between measured edits. */
  pauseMs: number;
}

export interface KeystrokeResult {
  file: string;
  kind: 'single' | 'burst';
  /** Milliseconds from the last keystroke to the frame showing the edit, one per edit. */
  times: number[];
  /** Of which: until the render's message reached the webview, one per edit. */
  toMessage: number[];
  /** The stages, one per edit: keystroke → the extension saw the change → it asked the server → the server answered
   * → the webview had the message → the frame showed it. */
  stages: Stages[];
}

export interface Stages {
  toChange: number;
  toAsk: number;
  render: number;
  toWebview: number;
  toFrame: number;
}

interface EditTiming {
  total: number;
  toMessage: number;
  stages: Stages;
}

const now = () => Date.now();
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

export async function measureKeystrokes(options: KeystrokeOptions, log: (line: string) => void): Promise<KeystrokeResult[]> {
  const server = await startCodeServer({ home: options.home, vsix: options.vsix, files: options.files });
  const browser = await launchBrowser();
  const results: KeystrokeResult[] = [];
  try {
    const page = await openWorkbench(browser, server.url);
    await page.evaluate(() => {
      const w = window as unknown as { __fzKey: number };
      window.addEventListener('keydown', () => (w.__fzKey = Date.now()), true);
    });
    let frame: Frame | undefined;
    for (const path of options.files) {
      const name = path.split('/').pop() ?? path;
      await openFile(page, name);
      await page.locator('.statusbar-item', { hasText: /\d+ 字/ }).first().waitFor({ timeout: 120_000 });
      if (!frame) {
        await runCommand(page, 'Open the report preview');
        frame = await previewFrame(page);
        await runCommand(page, 'View: Close Primary Side Bar');
      }
      const { line, marker } = await startTyping(page, frame, path);
      log(`${name}: typing at the end of line ${line}`);
      let typed = marker;
      const single: EditTiming[] = [];
      for (let i = 0; i < options.rounds; i++) {
        typed += LETTERS[i % LETTERS.length];
        single.push(await timeEdit(page, frame, typed, async () => page.keyboard.press(typed.slice(-1))));
        if (process.env.BENCH_DEBUG) log(JSON.stringify(single.at(-1)));
        await page.waitForTimeout(options.pauseMs);
      }
      results.push(result(name, 'single', single));
      const burst: EditTiming[] = [];
      for (let i = 0; i < options.bursts; i++) {
        const keys = Array.from({ length: options.burstKeys }, (_, k) => LETTERS[(i + k) % LETTERS.length] as string);
        typed += keys.join('');
        burst.push(
          await timeEdit(page, frame, typed, async () => {
            for (const [k, key] of keys.entries()) {
              if (k > 0) await page.waitForTimeout(options.burstGapMs);
              await page.keyboard.press(key);
            }
          }),
        );
        await page.waitForTimeout(options.pauseMs);
      }
      results.push(result(name, 'burst', burst));
      // Leave the file as it was (unsaved edits would ask on exit; nothing reads the copy afterwards).
      await page.keyboard.press('Control+Z');
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  return results;
}

/** Puts the cursor at the end of a point's text halfway down the file and types a marker the preview must show. */
async function startTyping(page: Page, frame: Frame, path: string): Promise<{ line: number; marker: string }> {
  // Points' text lines of the generated reports: `        text: 全年开展执法检查${study}次，…`.
  const lines = readFileSync(path, 'utf8').split('\n');
  const index = lines.findIndex((l, i) => i >= lines.length / 2 && l.startsWith('        text: 全年开展执法检查'));
  if (index < 0) throw new Error(`${path} has no point text line in its second half`);
  await focusEditor(page);
  await gotoLine(page, index + 2);
  await page.keyboard.press('ArrowLeft'); // the end of the line before (End would stop at the soft wrap)
  const marker = `ZQ${index}`;
  await timeEdit(page, frame, marker, async () => page.keyboard.type(marker));
  return { line: index + 1, marker };
}

function result(file: string, kind: KeystrokeResult['kind'], timings: EditTiming[]): KeystrokeResult {
  return { file, kind, times: timings.map((t) => t.total), toMessage: timings.map((t) => t.toMessage), stages: timings.map((t) => t.stages) };
}

/** Runs `type`, then waits until the webview shows `needle`: milliseconds from the last keydown to the frame after. */
async function timeEdit(page: Page, frame: Frame, needle: string, type: () => Promise<void>): Promise<EditTiming> {
  await frame.evaluate((text) => {
    type Timing = { changed: number; asked: number; answered: number };
    const w = window as unknown as { __fzShown?: Promise<{ at: number; message: number; timing?: Timing }>; __fzMessage?: number; __fzTiming?: Timing; __fzListening?: boolean };
    // When the render that shows the edit arrived (messages are handled in order: the last one before the change).
    if (!w.__fzListening) {
      w.__fzListening = true;
      window.addEventListener('message', (e) => {
        if (e.data?.type !== 'patch' && e.data?.type !== 'update') return;
        w.__fzMessage = Date.now();
        w.__fzTiming = e.data.timing;
      }, true);
    }
    const report = document.getElementById('report') as HTMLElement;
    w.__fzShown = new Promise((resolve) => {
      // The observer runs between the page's message listener and this one: the message is read a frame later.
      const done = () => requestAnimationFrame(() => setTimeout(() => resolve({ at: Date.now(), message: w.__fzMessage ?? 0, timing: w.__fzTiming }), 0));
      if (report.textContent?.includes(text)) return done();
      const observer = new MutationObserver(() => {
        if (!report.textContent?.includes(text)) return;
        observer.disconnect();
        done();
      });
      observer.observe(report, { subtree: true, childList: true, characterData: true });
    });
  }, needle);
  const before = now();
  await type();
  const shown = await frame.evaluate(() => (window as unknown as { __fzShown: Promise<{ at: number; message: number; timing?: { changed: number; asked: number; answered: number } }> }).__fzShown);
  const key = await page.evaluate(() => (window as unknown as { __fzKey: number }).__fzKey);
  if (!(key >= before - 50)) throw new Error(`the keystroke was not seen by the workbench (${key} < ${before})`);
  const t = shown.timing ?? { changed: NaN, asked: NaN, answered: NaN };
  const stages = { toChange: t.changed - key, toAsk: t.asked - t.changed, render: t.answered - t.asked, toWebview: shown.message - t.answered, toFrame: shown.at - shown.message };
  return { total: shown.at - key, toMessage: shown.message - key, stages };
}
