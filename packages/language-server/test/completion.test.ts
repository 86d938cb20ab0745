import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { LspClient, uriFor, withCursor } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

async function complete(marked: string, name = 'c.yaml'): Promise<CompletionItem[]> {
  const { text, position } = withCursor(marked);
  const uri = uriFor(name);
  await client.open(uri, text);
  const result = await client.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
  if (result === null) return [];
  return Array.isArray(result) ? result : result.items;
}

const sorted = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
const newText = (item: CompletionItem | undefined) => (item?.textEdit && 'newText' in item.textEdit ? item.textEdit.newText : undefined);

describe('completion', () => {
  it('offers top-level keys, required first, present ones hidden, with Chinese titles', async () => {
    const items = await complete('template: national\n|\n');
    const labels = items.map((i) => i.label);
    expect(labels).not.toContain('template');
    expect(labels).toContain('stats');
    const order = sorted(items).map((i) => i.label);
    expect(order.indexOf('year')).toBeLessThan(order.indexOf('stats'));
    expect(order.indexOf('measures')).toBeLessThan(order.indexOf('closing'));
    const year = items.find((i) => i.label === 'year')!;
    expect(year.detail).toBe('报告年度');
    expect(JSON.stringify(year.documentation)).toContain('报告的是哪一年');
  });

  it('offers the keys of a measure item and hides the ones written', async () => {
    const items = await complete('template: national\nmeasures:\n  items:\n    - title: 加强领导\n      |\n');
    const labels = items.map((i) => i.label);
    expect(labels).toContain('points');
    expect(labels).toContain('text');
    expect(labels).not.toContain('title');
  });

  it('offers every key of a new list item typed above an existing one, not hiding the next item\'s keys', async () => {
    const above = await complete('template: national\nmeasures:\n  items:\n    - |\n    - title: 加强领导\n      text: 已有\n');
    expect(above.map((i) => i.label)).toEqual(expect.arrayContaining(['title', 'text', 'points']));
    // Inside an item, the keys of the item below are still not ours.
    const between = await complete('template: national\nmeasures:\n  items:\n    - title: 新的\n      |\n    - title: 加强领导\n      text: 已有\n');
    expect(between.map((i) => i.label)).toEqual(expect.arrayContaining(['text', 'points']));
    expect(between.map((i) => i.label)).not.toContain('title');
  });

  it('inserts a nested structure as a snippet: a new measure with its points', async () => {
    const items = await complete('template: national\nmeasures:\n  |\n');
    const snippet = newText(items.find((i) => i.label === 'items'));
    expect(snippet).toMatch(/^items:\n {2}- title: \$\{1:[^}]+\}\n {4}points:\n {6}- /);
    expect(items.find((i) => i.label === 'items')?.insertTextFormat).toBe(2);
  });

  it('offers to insert every missing required part at once', async () => {
    const items = await complete('template: national\n|\n');
    const all = items.find((i) => i.label === '补全缺少的必填部分');
    expect(all).toBeDefined();
    const text = newText(all)!;
    for (const key of ['year:', 'jurisdiction:', 'measures:', 'shortcomings:', 'responsibility:', 'plans:']) expect(text).toContain(key);
    expect(text).toMatch(/jurisdiction:\n {2}name: /);
  });

  it('offers enum values with their Chinese labels', async () => {
    const items = await complete('template: national\njurisdiction:\n  kind: |\n');
    const county = items.find((i) => i.label === 'county');
    expect(county?.detail).toBe('县（旗）');
    expect(items.length).toBeGreaterThan(5);
  });

  it('offers template ids with each pack description', async () => {
    const items = await complete('template: |\n', 'x.report.yaml');
    const national = items.find((i) => i.label === 'national');
    expect(national?.detail).toBe('全国通用格式');
    expect(JSON.stringify(national?.documentation)).toContain('法治政府建设与责任落实督察工作规定');
    expect(items.map((i) => i.label)).toContain('wanyuan-county-city');
  });

  it('completes figure names inside ${ in prose, closing the brace', async () => {
    const items = await complete('template: national\npreamble:\n  text: 共办理${rec|\nstats:\n  study: 12\n  reconsideration:\n    received: 35\n');
    const received = items.find((i) => i.label === 'reconsideration.received');
    expect(received?.detail).toBe('35');
    expect(newText(received)).toBe('reconsideration.received}');
    expect(received?.textEdit && 'range' in received.textEdit ? received.textEdit.range.start.character : -1).toBe(13);
  });

  it('offers the report year and a date', async () => {
    const year = await complete('template: national\nyear: |\n');
    expect(year.map((i) => Number(i.label))).toContain(new Date().getFullYear() - 1);
    const date = await complete('template: national\npublished: |\n');
    expect(date[0]?.label).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives nothing in a YAML file that is not a report', async () => {
    expect(await complete('on: push\njobs:\n  |\n', 'ci.yaml')).toEqual([]);
  });
});
