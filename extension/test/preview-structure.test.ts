// Splitting, merging and adding entries, and figures, in the preview's webview script (media/preview.js) in Debian's
// chromium. The stand-in for the extension keeps a YAML text, renders it with the real renderer (core, preview mode,
// figures marked) and applies the webview's messages with the extension's own edit code, after a delay like a loaded
// machine's. What the writer does in the page must end up in the YAML as the list entries it means.
import { fileURLToPath } from 'node:url';
import { parseReport, renderReport, TemplateCatalog, writeHtml } from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { mergeEntryEdit, newItemEdit, splitEntryEdit, type Focus } from '../src/preview/entry-edit.js';
import { NEW_ENTRY_TEXT, newEntryEdit, yamlEditFor, type YamlEdit } from '../src/preview/prose-edit.js';
import { launchBrowser } from './e2e/workbench.js';
import { chromiumMissing, loadPreviewScript, postToWebview } from './webview-harness.js';

const missing = chromiumMissing;
const templates = fileURLToPath(new URL('../../templates', import.meta.url));
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [templates], cwd: templates }));

const REPORT = `template: national
year: 2023
jurisdiction: { name: 示例县, kind: county }
preamble: 现将有关情况报告如下：
measures:
  items:
    - title: 坚持党的领导
      text: >-
        县政府常务会议会前学法\${study}次，调整领导小组。
    - title: 严格规范执法
      points:
        - 落实三项制度
        - 开展执法培训
stats:
  study:
    value: 12
    label: 常务会议学法
`;

interface Message {
  type: string;
  start: number;
  end: number;
  before: string;
  after: string;
  text: string;
  caret: number;
}

/** The extension's side: the YAML, its version, renders `renderMs` after each change, the edits of preview-manager. */
class Host {
  yaml = REPORT;
  version = 1;
  rejected: string[] = [];
  revealed: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly renderMs: number,
  ) {}

  html(): string {
    const document = renderReport(parseReport(this.yaml), catalog, { markFigures: true }).document!;
    return writeHtml(document, { preview: true });
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

  async receive(m: Message): Promise<void> {
    if (m.type === 'ready') return this.render();
    if (m.type === 'reveal') return; // a click into a block shows its YAML: nothing to edit
    if (m.type === 'revealFigure') {
      this.revealed.push(this.yaml.slice(m.start, m.end));
      return;
    }
    const edit: (YamlEdit & { focus?: Focus; entryOffset?: number }) | undefined =
      m.type === 'edit'
        ? yamlEditFor(this.yaml, m.start, m.end, m.before, m.after)
        : m.type === 'newEntry'
          ? newEntryEdit(this.yaml, m.start)
          : m.type === 'split'
            ? splitEntryEdit(this.yaml, m.start, m.end, m.text, m.caret)
            : m.type === 'merge'
              ? mergeEntryEdit(this.yaml, m.start, m.end, m.text, m.caret)
              : m.type === 'newItem'
                ? newItemEdit(this.yaml, m.start, '完善制度建设')
                : undefined;
    if (!edit) {
      this.rejected.push(m.type);
      await this.send({ type: 'rejected' });
      return this.render();
    }
    this.yaml = this.yaml.slice(0, edit.offset) + edit.text + this.yaml.slice(edit.offset + edit.length);
    this.version++;
    await this.send({ type: 'applied', version: this.version });
    if (edit.focus) await this.send({ type: 'focusAt', focus: edit.focus });
    if (edit.entryOffset !== undefined) await this.send({ type: 'focusAt', focus: { offset: edit.entryOffset, select: NEW_ENTRY_TEXT } });
    await this.render();
  }
}

describe.skipIf(missing)('splitting, merging and adding entries, and figures, in the preview (chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  async function open(renderMs = 200): Promise<{ page: Page; host: Host }> {
    const page = await browser.newPage();
    const host = new Host(page, renderMs);
    // A message handled one after the other, as the extension does (its edits are queued).
    let queue = Promise.resolve();
    await loadPreviewScript(page, (m: Message) => {
      queue = queue.then(() => host.receive(m));
    });
    await page.locator('p[contenteditable]').first().waitFor();
    return { page, host };
  }

  /** Clicks into the paragraph that shows `text` and puts the caret just before it. */
  async function caretBefore(page: Page, text: string): Promise<void> {
    const paragraph = page.locator('p[contenteditable]', { hasText: text });
    await paragraph.click();
    await paragraph.evaluate((el, wanted) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node; (node = walker.nextNode() as Text | null); ) {
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        window.getSelection()!.setBaseAndExtent(node, at, node, at);
        return;
      }
      throw new Error(`no text ${wanted}`);
    }, text);
  }

  test("a figure shows as its value set apart, with its label; it cannot be typed over or deleted, a click reveals its stats entry", async () => {
    const { page, host } = await open();
    const figure = page.locator('.fz-figure');
    await expect.poll(() => figure.innerText()).toBe('12');
    expect(await figure.getAttribute('contenteditable')).toBe('false');
    expect(await figure.getAttribute('title')).toBe('常务会议学法（${study}）');
    expect(await figure.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await figure.click();
    await expect.poll(() => host.revealed).toEqual(['12']);
    // Backspace right after the figure leaves it; typing there goes into the prose beside the reference.
    await caretBefore(page, '次，调整');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('余');
    await page.locator('#elsewhere').focus();
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('会前学法${study}余次，调整领导小组。');
    expect(host.rejected).toEqual([]);
    await page.close();
  });

  test('Enter in the middle of an item splits it into two items; typing goes on in the second', async () => {
    const { page, host } = await open();
    await caretBefore(page, '调整领导小组');
    await page.keyboard.press('Enter');
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain(
      '    - title: 坚持党的领导\n      text: >-\n        县政府常务会议会前学法${study}次，\n    - title: 【待填写】\n      text: >-\n        调整领导小组。\n',
    );
    // The caret is now before the second item's text: what is typed lands there.
    await expect.poll(() => page.locator('p[contenteditable]', { hasText: '（二）【待填写】' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('及时');
    await page.locator('#elsewhere').focus();
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('        及时调整领导小组。\n');
    expect(host.rejected).toEqual([]);
    await page.close();
  });

  test('text typed just before Enter goes to the YAML first, then the split, in order', async () => {
    const { page, host } = await open(400);
    await caretBefore(page, '调整领导小组');
    await page.keyboard.type('并');
    await page.keyboard.press('Enter');
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('会前学法${study}次，并\n    - title: 【待填写】\n      text: >-\n        调整领导小组。\n');
    expect(host.rejected).toEqual([]);
    await page.close();
  });

  test('Backspace at the start of a point merges it into the point before; Enter there splits it back', async () => {
    const { page, host } = await open();
    await caretBefore(page, '开展执法培训');
    await page.keyboard.press('Backspace');
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('      points:\n        - 落实三项制度开展执法培训\nstats:');
    await expect.poll(() => page.locator('p[contenteditable]', { hasText: '落实三项制度开展执法培训' }).count()).toBe(1);
    await caretBefore(page, '开展执法培训');
    await page.keyboard.press('Enter');
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('      points:\n        - 落实三项制度\n        - 开展执法培训\nstats:');
    expect(host.rejected).toEqual([]);
    await page.close();
  });

  test('Backspace at the start of a paragraph that is no list entry does nothing (no merge asked, no message)', async () => {
    const { page, host } = await open();
    await caretBefore(page, '现将有关情况');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('特此');
    await page.locator('#elsewhere').focus();
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('preamble: 特此现将有关情况报告如下：\n');
    expect(host.rejected).toEqual([]);
    await page.close();
  });

  test('Ctrl+Enter adds an item with its title after the item the caret is in; typing replaces its text placeholder', async () => {
    const { page, host } = await open();
    await caretBefore(page, '调整领导小组');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('调整领导小组。\n    - title: 完善制度建设\n      text: 【待填写】\n    - title: 严格规范执法');
    await expect.poll(() => page.locator('p[contenteditable]', { hasText: '完善制度建设' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('修订规范性文件');
    await page.locator('#elsewhere').focus();
    await expect.poll(() => host.yaml, { timeout: 10_000 }).toContain('    - title: 完善制度建设\n      text: 修订规范性文件\n');
    await page.close();
  });
});
