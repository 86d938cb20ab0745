// The preview's webview script (media/preview.js) in Debian's chromium, talking to a stand-in for the extension
// that keeps a YAML text, applies the webview's edits with the extension's own prose-edit code and answers with
// renders, slowly (as a loaded machine does). What is typed must reach the YAML however focus and renders interleave.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { yamlEditFor } from '../src/preview/prose-edit.js';
import { launchBrowser } from './e2e/workbench.js';
import { chromiumMissing, loadPreviewScript, postToWebview } from './webview-harness.js';

const missing = chromiumMissing;

/** The extension's side: the YAML, its version, and a render that takes `renderMs` after each change. */
class Host {
  yaml = 'preamble:\n  text: >-\n    现将工作情况报告如下：\n';
  version = 1;
  rejected = 0;
  constructor(
    private readonly page: Page,
    private readonly renderMs: number,
  ) {}

  html(): string {
    const start = this.yaml.indexOf('    ', this.yaml.indexOf('>-')) + 4;
    const end = this.yaml.length - 1;
    const text = this.yaml.slice(start, end);
    return `<html><body><main><p class="preamble" data-block="preamble" data-src-start="${start}" data-src-end="${end}">${text}</p></main></body></html>`;
  }

  async send(message: unknown): Promise<void> {
    await postToWebview(this.page, message);
  }

  async render(): Promise<void> {
    const version = this.version;
    const html = this.html();
    await new Promise((r) => setTimeout(r, this.renderMs));
    await this.send({ type: 'update', html, version });
  }

  async receive(message: { type: string; start: number; end: number; before: string; after: string }): Promise<void> {
    if (message.type === 'ready') return this.render();
    if (message.type !== 'edit') return;
    const edit = yamlEditFor(this.yaml, message.start, message.end, message.before, message.after);
    if (!edit) {
      this.rejected++;
      await this.send({ type: 'rejected' });
      return this.render();
    }
    this.yaml = this.yaml.slice(0, edit.offset) + edit.text + this.yaml.slice(edit.offset + edit.length);
    this.version++;
    await this.send({ type: 'applied', version: this.version });
    await this.render();
  }
}

describe.skipIf(missing)('the preview webview script in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  async function open(renderMs: number): Promise<{ page: Page; host: Host }> {
    const page = await browser.newPage();
    const host = new Host(page, renderMs);
    await loadPreviewScript(page, (m: never) => void host.receive(m));
    await page.locator('p.preamble[contenteditable]').waitFor();
    return { page, host };
  }

  test('text typed just before the focus leaves the block reaches the YAML, also while an edit is in flight', async () => {
    const { page, host } = await open(400);
    await page.locator('p.preamble').click();
    await page.keyboard.press('End');
    await page.keyboard.type('（补充');
    // The first edit goes out after the typing pause; the next keystroke lands while its render is still coming.
    await expect.poll(() => host.version, { timeout: 10_000 }).toBe(2);
    await page.keyboard.type('）');
    // Saving from the editor takes the focus out of the preview before the pause is over.
    await page.locator('#elsewhere').focus();
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('如下：（补充）\n');
    expect(host.rejected).toBe(0);
    await expect.poll(() => page.locator('p.preamble').innerText()).toBe('现将工作情况报告如下：（补充）');
    await page.close();
  });

  test('typing on through several slow renders loses nothing and sends nothing twice', async () => {
    const { page, host } = await open(300);
    await page.locator('p.preamble').click();
    await page.keyboard.press('End');
    for (const piece of ['一是', '加强', '领导', '。']) {
      await page.keyboard.type(piece, { delay: 40 });
      await new Promise((r) => setTimeout(r, 320)); // longer than the webview's wait: each piece is sent while the last renders
    }
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('如下：一是加强领导。\n');
    expect(host.rejected).toBe(0);
    await page.close();
  });
});
