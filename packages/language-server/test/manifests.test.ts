import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, CompletionItem, CompletionList, Hover, Location, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, REPO, uriFor, withCursor } from './lsp-client.js';

// The server over JSON-RPC on the repository's real packs: each test opens a pack's template.yaml (the file on disk
// is never changed; the editor's text is what the server checks), then closes it.
let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

const packUri = (id: string) => pathToFileURL(`${REPO}templates/${id}/template.yaml`).href;
const onDisk = (id: string) => readFileSync(new URL(packUri(id)), 'utf8');
const close = (uri: string) => client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');
const labels = (r: CompletionItem[] | CompletionList | null) => (Array.isArray(r) ? r : (r?.items ?? [])).map((i) => i.label);

/** Opens a pack's manifest with the text given (a `|` marks the cursor), runs `use`, closes it. */
async function withManifest<T>(id: string, marked: string, use: (uri: string, position: Position, text: string) => Promise<T>): Promise<T> {
  const { text, position } = marked.includes('|') ? withCursor(marked) : { text: marked, position: { line: 0, character: 0 } };
  const uri = packUri(id);
  await client.open(uri, text);
  try {
    return await use(uri, position, text);
  } finally {
    await close(uri);
  }
}

const complete = (id: string, marked: string) =>
  withManifest(id, marked, (uri, position) => client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', { textDocument: { uri }, position }));
const hover = (id: string, marked: string) => withManifest(id, marked, (uri, position) => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }));

/** Diagnostics for `uri` published after this call (a pack opened again in another test has older ones). */
function nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
  const before = new Set(client.published(uri));
  return client.waitDiagnostics(uri, (p) => p.version === version && !before.has(p));
}

/** The diagnostics of a document, each as `code@covered text`. */
function codesAt(text: string, published: PublishDiagnosticsParams): string[] {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return published.diagnostics.map((d) => `${String(d.code)}@${text.slice(offset(d.range.start), offset(d.range.end))}`);
}

describe('template.yaml diagnostics', () => {
  it('every real pack is clean as it is', async () => {
    const ids = readdirSync(`${REPO}templates`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) {
      const uri = packUri(id);
      const next = nextDiagnostics(uri, 1);
      const published = await withManifest(id, onDisk(id), () => next);
      expect(published.diagnostics, id).toEqual([]);
    }
  });

  it('are positioned where each problem is written, as lint finds them, and change as the manifest is edited', async () => {
    const text = onDisk('county-three-levels')
      .replace('extends: national', 'extends: nationl')
      .replace('order: [measures, shortcomings, responsibility, plans]', 'order: [measures, shortcomings, responsibility, plan]\nrequires: [recipient, signature.organisation]')
      .replace('${year}年推进法治政府建设情况', '${yaer}年推进法治政府建设情况')
      .replace('item: { layout: own-line }', 'item: { layout: own-lin }');
    const uri = packUri('county-three-levels');
    const next = nextDiagnostics(uri, 1);
    await client.open(uri, text);
    try {
      const first = await next;
      expect(codesAt(text, first).sort()).toEqual(['bad-enum@own-lin', 'label-variable@${yaer}', 'order-part@plan', 'requires-path@signature.organisation', 'unknown-template@nationl'].sort());
      const fixed = text.replace('signature.organisation', 'signature.organization');
      const after = nextDiagnostics(uri, 2);
      const version = await client.change(uri, fixed);
      expect(version).toBe(2);
      const second = await after;
      expect(codesAt(fixed, second)).not.toContain('requires-path@signature.organisation');
      expect(second.diagnostics).toHaveLength(4);
    } finally {
      await close(uri);
    }
  });

  it('the did-you-mean fixes are quick fixes', async () => {
    const text = onDisk('county-three-levels').replace('extends: national', 'extends: nationl');
    const next = nextDiagnostics(packUri('county-three-levels'), 1);
    const actions = await withManifest('county-three-levels', text, async (uri) => {
      await next;
      const line = text.split('\n').findIndex((l) => l.startsWith('extends:'));
      return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line, character: 10 }, end: { line, character: 10 } }, context: { diagnostics: [] } });
    });
    expect(actions.map((a) => a.edit?.changes && Object.values(a.edit.changes)[0]?.[0]?.newText)).toEqual(['national']);
  });

  it('a template.yaml that is not a pack (a CloudFormation template) gets nothing', async () => {
    const uri = uriFor('cloud/template.yaml');
    const text = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Bucket:\n    Type: AWS::S3::Bucket\n';
    await client.open(uri, text);
    const items = await client.request<CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 0 } });
    expect(items).toBeNull();
    // Nothing published for it, though a pack opened after it is checked.
    const next = nextDiagnostics(packUri('national'), 1);
    await withManifest('national', onDisk('national'), () => next);
    expect(client.published(uri)).toEqual([]);
    await close(uri);
  });
});

describe('template.yaml completion', () => {
  it('offers the keys not yet written, with their documentation', async () => {
    const items = await complete('county-three-levels', onDisk('county-three-levels') + '|');
    expect(labels(items)).toEqual(expect.arrayContaining(['requires', 'script', 'layout', 'parts']));
    expect(labels(items)).not.toContain('labels');
  });

  it('offers the packs for extends, the pack itself excepted', async () => {
    const items = await complete('county-three-levels', onDisk('county-three-levels').replace('extends: national', 'extends: |'));
    expect(labels(items)).toContain('national');
    expect(labels(items)).toContain('wanyuan-county-city');
    expect(labels(items)).not.toContain('county-three-levels');
  });

  it('offers the parts not yet in order, inside a flow list', async () => {
    const items = await complete('county-three-levels', onDisk('county-three-levels').replace('responsibility, plans]', 'responsibility, plans, |]'));
    expect(labels(items)).toEqual(['others']);
  });

  it('offers data paths of the report schema for requires', async () => {
    const items = await complete('county-three-levels', onDisk('county-three-levels') + 'requires: [recipient, sig|]\n');
    expect(labels(items)).toEqual(expect.arrayContaining(['signature', 'signature.organization', 'signature.date', 'measures.sections']));
    expect(labels(items)).not.toContain('recipient');
  });

  it('offers layout and numbering values with what they mean', async () => {
    const items = (await complete('county-three-levels', onDisk('county-three-levels').replace('item: { layout: own-line }', 'item: { layout: |}'))) as CompletionItem[];
    expect(labels(items)).toEqual(['run-in', 'own-line']);
    expect(items[0]?.detail).toContain('接排');
    const styles = await complete('county-three-levels', onDisk('county-three-levels').replace('point: { style: 1.,', 'point: { style: |,'));
    expect(labels(styles)).toEqual(expect.arrayContaining(['一、', '（一）', '一是', '1.', '（1）', '①', 'none']));
    const keys = await complete('county-three-levels', onDisk('county-three-levels').replace('item: { layout: own-line }', 'item: { layout: own-line, | }'));
    expect(labels(keys)).toEqual(['style', 'face']);
  });

  it('offers the values a label can use inside ${', async () => {
    const items = await complete('county-three-levels', onDisk('county-three-levels').replace('shortcomings: 存在的问题和不足', 'shortcomings: ${|'));
    expect(labels(items)).toEqual(expect.arrayContaining(['year', 'next_year', 'jurisdiction.name', 'jurisdiction.short_name']));
  });

  it('offers the label keys, part keys included, under labels', async () => {
    const items = await complete('national', onDisk('national').replace('  others: 其他需要报告的情况', '  others: 其他需要报告的情况\n  |'));
    expect(labels(items)).toEqual([]); // every label of the five parts and the title is written
    const more = await complete('county-three-levels', onDisk('county-three-levels').replace('  plans: ${next_year}年工作打算', '  plans: ${next_year}年工作打算\n  |'));
    expect(labels(more)).toEqual(['others']);
  });
});

describe('template.yaml hover and definition', () => {
  it('documents an option on its key', async () => {
    expect(hoverText(await hover('county-three-levels', onDisk('county-three-levels').replace('continuous: true', 'contin|uous: true')))).toContain('连续编号');
    expect(hoverText(await hover('county-three-levels', onDisk('county-three-levels').replace('order:', 'or|der:')))).toContain('部分顺序');
  });

  it('says what a value means: the base pack, a requires path, a label value, a layout', async () => {
    expect(hoverText(await hover('county-three-levels', onDisk('county-three-levels').replace('extends: national', 'extends: nat|ional')))).toContain('全国通用格式');
    expect(hoverText(await hover('wanyuan-county-city', onDisk('wanyuan-county-city').replace(/requires: \[recipient/, 'requires: [recip|ient')))).toContain('主送机关');
    expect(hoverText(await hover('county-three-levels', onDisk('county-three-levels').replace('plans: ${next_year}', 'plans: ${next_y|ear}')))).toContain('下一年');
    expect(hoverText(await hover('county-three-levels', onDisk('county-three-levels').replace('item: { layout: own-line }', 'item: { layout: own-l|ine }')))).toContain('单独成行');
  });

  it('goes from extends to the base pack’s template.yaml', async () => {
    const location = await withManifest('county-three-levels', onDisk('county-three-levels').replace('extends: national', 'extends: nati|onal'), (uri, position) =>
      client.request<Location | null>('textDocument/definition', { textDocument: { uri }, position }),
    );
    expect(location?.uri).toBe(packUri('national'));
  });
});
