// The preview's patching (media/preview.js) in Debian's chromium, against a stand-in for the extension that renders a
// YAML list into a page of blocks and sends what PreviewManager sends: the whole page first, then the changed blocks
// (block-diff.ts, the extension's own diff). What the writer was looking at must survive a patch.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { diffPages, keyed, type KeyedPage, type PreviewPage } from '../src/preview/block-diff.js';
import { yamlEditFor } from '../src/preview/prose-edit.js';
import { launchBrowser } from './e2e/workbench.js';
import { chromiumMissing, loadPreviewScript, postToWebview } from './webview-harness.js';

const missing = chromiumMissing;
/** The paragraphs from the 41st on end in a figure (its value from `stats:`, at the end of the YAML). */
const hasFigure = (line: string) => Number(/^第(\d+)段/.exec(line)?.[1] ?? 0) > 40;
const STYLE = 'main { width: 600px; } p { margin: 0 0 40px; font-size: 20px; } .fz-active { background: yellow; }';

/** The extension's side: a YAML list of paragraphs, one block each, rendered on every change. */
class Host {
  lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}段，依法行政工作稳步推进。`);
  style = STYLE;
  version = 1;
  renders = 0;
  shown: KeyedPage | undefined;
  sent: Array<{ type: string; remove?: number; insert?: string[] }> = [];
  resyncs = 0;
  constructor(private readonly page: Page) {}

  get yaml(): string {
    return `points:\n${this.lines.map((l) => `  - ${l}\n`).join('')}stats:\n  study: 12\n`;
  }

  /** Each block with the offsets of its scalar in the YAML, and its figure's. */
  render(): PreviewPage {
    let offset = 'points:\n'.length;
    const figure = this.yaml.length - 3;
    const blocks = this.lines.map((line, i) => {
      const start = offset + 4;
      offset += line.length + 5;
      const value = hasFigure(line) ? `<span class="fz-figure" data-figure="study" data-figure-start="${figure}" data-figure-end="${figure + 2}">12</span>` : '';
      return `<p class="point" data-block="${i}" data-src-start="${start}" data-src-end="${start + line.length}">${line}${value}</p>`;
    });
    return { lang: 'zh-Hans', style: this.style, blocks };
  }

  /** The blocks' texts as the page should show them. */
  texts(): string[] {
    return this.lines.map((line) => (hasFigure(line) ? `${line}12` : line));
  }

  /** What PreviewManager.show does: a patch from the page shown, the whole page when there is none. */
  async show(): Promise<void> {
    const next = keyed(this.render());
    const patch = this.shown && diffPages(this.shown, next);
    const base = this.renders;
    const render = ++this.renders;
    const message = patch ? { type: 'patch', base, render, version: this.version, ...patch } : { type: 'update', page: next.page, render, version: this.version };
    this.shown = next;
    this.sent.push(message);
    await this.send(message);
  }

  async send(message: unknown): Promise<void> {
    await postToWebview(this.page, message);
  }

  /** An edit made in the YAML (as the writer typing in the editor). */
  async change(edit: (lines: string[]) => void): Promise<void> {
    edit(this.lines);
    this.version++;
    await this.show();
  }

  async receive(message: { type: string; start: number; end: number; before: string; after: string }): Promise<void> {
    if (message.type === 'ready' || message.type === 'resync') {
      if (message.type === 'resync') this.resyncs++;
      this.shown = undefined;
      return this.show();
    }
    if (message.type !== 'edit') return;
    const yaml = this.yaml;
    const edit = yamlEditFor(yaml, message.start, message.end, message.before, message.after);
    if (!edit) throw new Error(`edit not placed: ${JSON.stringify(message)}`);
    const text = yaml.slice(0, edit.offset) + edit.text + yaml.slice(edit.offset + edit.length);
    this.lines = text.slice(0, text.indexOf('stats:')).split('\n').slice(1, -1).map((l) => l.slice(4));
    this.version++;
    await this.send({ type: 'applied', version: this.version });
    await this.show();
  }
}

describe.skipIf(missing)('the preview patches the page in place (chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  async function open(): Promise<{ page: Page; host: Host }> {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const host = new Host(page);
    await loadPreviewScript(page, (m: never) => void host.receive(m));
    await expect.poll(() => page.locator('p.point').count()).toBe(60);
    // Every block as first shown is tagged, to tell the nodes a patch kept from the ones it made.
    await page.evaluate(() => document.querySelectorAll('p.point').forEach((p) => ((p as HTMLElement).dataset.tag = 'first')));
    return { page, host };
  }

  /** Per block: its text, whether it is the node first shown, data-block, source range and marks. */
  const blocks = (page: Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('main > *'), (el) => ({
        text: el.textContent,
        first: el.dataset.tag === 'first',
        index: el.getAttribute('data-block'),
        source: [Number(el.getAttribute('data-src-start')), Number(el.getAttribute('data-src-end'))],
        figures: Array.from(el.querySelectorAll('.fz-figure'), (f) => [Number(f.getAttribute('data-figure-start')), Number(f.getAttribute('data-figure-end'))]),
        marks: Array.from(el.classList).filter((c) => c.startsWith('fz-')).sort(),
      })),
    );
  /** The figures' ranges per block as the host renders them now. */
  const figures = (host: Host) => host.render().blocks.map((b) => Array.from(b.matchAll(/data-figure-start="(\d+)" data-figure-end="(\d+)"/g), (m) => [Number(m[1]), Number(m[2])]));
  const sources = (host: Host) => host.render().blocks.map((b) => [Number(/data-src-start="(\d+)"/.exec(b)?.[1]), Number(/data-src-end="(\d+)"/.exec(b)?.[1])]);

  test('an edit in the YAML replaces its block alone: scroll, selection, highlight and problem marks stay', async () => {
    const { page, host } = await open();
    const [start30, start40] = [sources(host)[30]?.[0] ?? 0, sources(host)[40]?.[0] ?? 0];
    await host.send({ type: 'highlight', offset: start30, reveal: false });
    await host.send({ type: 'problems', problems: [{ offset: start30, error: true, message: '错误' }, { offset: start40, error: false, message: '提示' }] });
    await page.evaluate(() => window.scrollTo(0, 1500));
    // The writer has selected a word in another block.
    await page.evaluate(() => {
      const text = document.querySelectorAll('p.point')[40]?.firstChild as Text;
      window.getSelection()?.setBaseAndExtent(text, 5, text, 9);
    });

    await host.change((lines) => (lines[30] += '（修订）'));
    await expect.poll(async () => (await blocks(page))[30]?.text).toBe('第31段，依法行政工作稳步推进。（修订）');
    expect(host.sent.at(-1)).toMatchObject({ type: 'patch', remove: 1, insert: [expect.stringContaining('（修订）')] });
    const after = await blocks(page);
    expect(after.filter((b) => !b.first).map((b) => b.index)).toEqual(['30']);
    expect(after[30]?.marks).toEqual(['fz-active', 'fz-problem', 'fz-problem-error']);
    expect(after[40]?.marks).toEqual(['fz-problem']);
    // The blocks after the edit moved in the YAML, and the figures (their stats entry is at the end): their ranges follow.
    expect(after.map((b) => b.source)).toEqual(sources(host));
    expect(after.map((b) => b.figures)).toEqual(figures(host));
    expect(after[45]?.figures).toEqual([[host.yaml.length - 3, host.yaml.length - 1]]);
    expect(await page.evaluate(() => window.scrollY)).toBe(1500);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('依法行政');
    await page.close();
  });

  test("the cursor's block: marked alone, scrolled to when the cursor moves to a block out of view, not while typing in it", async () => {
    const { page, host } = await open();
    const marked = () => page.evaluate(() => Array.from(document.querySelectorAll('.fz-active'), (el) => el.getAttribute('data-block')));
    const starts = sources(host).map(([start]) => start ?? 0);
    await host.send({ type: 'highlight', offset: starts[2], reveal: true });
    expect(await marked()).toEqual(['2']);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // The cursor moves to block 50, far below: the preview scrolls to it.
    await host.send({ type: 'highlight', offset: starts[50], reveal: true });
    expect(await marked()).toEqual(['50']);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    // The writer scrolls the preview away and types on in block 50: each keystroke's highlight leaves the scroll alone.
    await page.evaluate(() => window.scrollTo(0, 200));
    // Nor does it touch the page at all: no class taken off and put back (a style change the next frame would pay for).
    await page.evaluate(() => {
      const w = window as unknown as { __classChanges: MutationRecord[]; __observer: MutationObserver };
      w.__classChanges = [];
      w.__observer = new MutationObserver((records) => w.__classChanges.push(...records));
      w.__observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'] });
    });
    await host.send({ type: 'highlight', offset: (starts[50] ?? 0) + 3, reveal: true });
    expect(await page.evaluate(() => (window as unknown as { __observer: MutationObserver }).__observer.takeRecords().length + (window as unknown as { __classChanges: unknown[] }).__classChanges.length)).toBe(0);
    expect(await marked()).toEqual(['50']);
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    // The render of the typing replaced block 50: its highlight after the patch marks the new block, once.
    await host.change((lines) => (lines[50] += '一是'));
    await host.send({ type: 'highlight', offset: (starts[50] ?? 0) + 4, reveal: true });
    expect(await marked()).toEqual(['50']);
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    // To a block in view: marked, not scrolled to.
    const inView = await page.evaluate(() =>
      Array.from(document.querySelectorAll('p.point')).findIndex((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < window.innerHeight),
    );
    expect(inView).toBeGreaterThan(0);
    await host.send({ type: 'highlight', offset: starts[inView], reveal: true });
    expect(await marked()).toEqual([String(inView)]);
    expect(await page.evaluate(() => window.scrollY)).toBe(200);
    await page.close();
  });

  test('typing in a block: the patch confirming each edit keeps that node, its focus and caret', async () => {
    const { page, host } = await open();
    const block = page.locator('p.point').nth(10);
    await block.click();
    await page.keyboard.press('End');
    await page.keyboard.type('一是');
    await expect.poll(() => host.version, { timeout: 10_000 }).toBe(2);
    await page.keyboard.type('加强');
    await expect.poll(() => host.version, { timeout: 10_000 }).toBe(3);
    // Meanwhile an edit in the YAML elsewhere changes another block.
    await host.change((lines) => (lines[50] += '（另）'));
    await page.keyboard.type('领导');
    await expect.poll(() => host.lines[10], { timeout: 10_000 }).toBe('第11段，依法行政工作稳步推进。一是加强领导');
    // The render confirming the last edit may still be on its way.
    await expect.poll(async () => (await blocks(page))[10]?.source).toEqual(sources(host)[10]);
    // One render per edit (how the typing splits into edits depends on the machine's pace), each of them a patch.
    const types = host.sent.slice(1).map((m) => m.type);
    expect(types.length).toBeGreaterThanOrEqual(4);
    expect(new Set(types)).toEqual(new Set(['patch']));
    const after = await blocks(page);
    expect(after[10]).toMatchObject({ first: true, text: '第11段，依法行政工作稳步推进。一是加强领导', source: sources(host)[10] });
    expect(after[50]?.text).toBe('第51段，依法行政工作稳步推进。（另）12');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-block'))).toBe('10');
    await page.close();
  });

  test('a new entry inserts a block and a removed one goes: indices and ranges follow, the rest stays', async () => {
    const { page, host } = await open();
    await host.change((lines) => lines.splice(20, 0, '【待填写】'));
    await expect.poll(async () => (await blocks(page)).length).toBe(61);
    expect(host.sent.at(-1)).toMatchObject({ type: 'patch', remove: 0, insert: [expect.stringContaining('【待填写】')] });
    let after = await blocks(page);
    expect(after.map((b) => b.index)).toEqual(after.map((_, i) => String(i)));
    expect(after.map((b) => b.source)).toEqual(sources(host));
    expect(after.filter((b) => !b.first).map((b) => b.text)).toEqual(['【待填写】']);

    await host.change((lines) => lines.splice(5, 2));
    await expect.poll(async () => (await blocks(page)).length).toBe(59);
    after = await blocks(page);
    expect(after.map((b) => b.text)).toEqual(host.texts());
    expect(after.map((b) => b.figures)).toEqual(figures(host));
    expect(after.map((b) => b.index)).toEqual(after.map((_, i) => String(i)));
    expect(after.map((b) => b.source)).toEqual(sources(host));
    expect(after.filter((b) => !b.first).map((b) => b.text)).toEqual(['【待填写】']);
    await page.close();
  });

  test('a change the patch cannot express (another style sheet: another pack) replaces the whole page', async () => {
    const { page, host } = await open();
    host.style = `${STYLE} p { color: #333; }`;
    await host.change((lines) => (lines[0] = '第1段'));
    await expect.poll(async () => (await blocks(page))[0]?.text).toBe('第1段');
    expect(host.sent.at(-1)?.type).toBe('update');
    expect((await blocks(page)).some((b) => b.first)).toBe(false);
    expect(await page.evaluate(() => document.getElementById('report-style')?.textContent)).toContain('color: #333');
    await page.close();
  });

  test('a patch made from another render than the one shown is refused: the webview asks for the whole page', async () => {
    const { page, host } = await open();
    host.lines[3] = '第4段（改）';
    await host.send({ type: 'patch', base: 99, render: 100, version: 2, ...diffPages(host.shown as KeyedPage, keyed(host.render())) });
    await expect.poll(() => host.resyncs).toBe(1);
    await expect.poll(async () => (await blocks(page))[3]?.text).toBe('第4段（改）');
    expect(host.sent.at(-1)?.type).toBe('update');
    await page.close();
  });
});
