import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, Hover, Location, MarkupContent, SignatureHelp } from 'vscode-languageserver-protocol';
import { LspClient, REPO, withCursor } from './lsp-client.js';

// A workspace with one pack that extends the built-in `national` and overrides two of its partials.
const root = mkdtempSync(join(tmpdir(), 'fazhi-pack-'));
const packDir = join(root, 'templates', 't-pack');
mkdirSync(join(packDir, 'partials'), { recursive: true });
writeFileSync(join(packDir, 'template.yaml'), 'id: t-pack\nname: 测试格式\nextends: national\n');
const ITEM = `{{!-- 测试：一个条目 --}}
<p data-src="{{src}}">{{> item-heading}}{{text}}</p>
{{#each points}}
<p data-src="{{src}}">{{> run-in}}{{punctuate text "。"}}</p>
{{/each}}
`;
writeFileSync(join(packDir, 'partials', 'item.hbs'), ITEM);
const RUN_IN = '{{!-- 测试：接排标题 --}}\n{{~> number}}{{punctuate title "。"}}\n';
writeFileSync(join(packDir, 'partials', 'run-in.hbs'), RUN_IN);
const itemUri = pathToFileURL(join(packDir, 'partials', 'item.hbs')).href;
const runInUri = pathToFileURL(join(packDir, 'partials', 'run-in.hbs')).href;
const nationalPartial = (name: string) => pathToFileURL(join(REPO, 'templates', 'national', 'partials', `${name}.hbs`)).href;

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start({ rootPath: root });
  await client.open(itemUri, ITEM);
  await client.open(runInUri, RUN_IN);
});
afterAll(async () => {
  await client.stop();
});

const items = (r: CompletionList | CompletionItem[] | null) => (r === null ? [] : Array.isArray(r) ? r : r.items);

/** Replaces item.hbs with `marked` and completes at its `|`. */
async function completeIn(marked: string): Promise<CompletionItem[]> {
  const { text, position } = withCursor(marked);
  await client.change(itemUri, text);
  return items(await client.request('textDocument/completion', { textDocument: { uri: itemUri }, position }));
}
const labels = (list: CompletionItem[]) => list.map((i) => i.label);

describe('completion in a pack template', () => {
  it('completes a point’s fields inside #each points of a partial called for an item, with @index and ../', async () => {
    const list = await completeIn(ITEM.replace('{{> run-in}}', '{{|}}{{> run-in}}'));
    expect(labels(list)).toEqual(expect.arrayContaining(['title', 'text', 'own_line', 'end', '@index', '@first', '@last', '../', '@root', 'this']));
    expect(labels(list)).not.toContain('points_inline'); // an item's, not a point's
    expect(labels(list)).toContain('punctuate'); // a helper may head the mustache
  });

  it('../ and @root step out of the #each; a path completes its next step', async () => {
    expect(labels(await completeIn(ITEM.replace('{{> run-in}}', '{{../|}}{{> run-in}}')))).toEqual(expect.arrayContaining(['points_inline', 'points', 'run_in']));
    const rootList = await completeIn(ITEM.replace('{{> run-in}}', '{{@root.|}}{{> run-in}}'));
    expect(labels(rootList)).toEqual(expect.arrayContaining(['units', 'year', 'signature', 'report']));
    expect(labels(await completeIn(ITEM.replace('{{> run-in}}', '{{@root.report.jurisdiction.|}}')))).toEqual(expect.arrayContaining(['name', 'kind']));
  });

  it('half-typed text: an unclosed block and a dangling path still complete, and nothing crashes', async () => {
    const list = await completeIn('<p>{{text}}</p>\n{{#each points}}\n<p>{{|');
    expect(labels(list)).toEqual(expect.arrayContaining(['own_line', 'end']));
    expect(await completeIn('{{#each points}}{{title.|')).toEqual([]);
    expect(labels(await completeIn('{{#if (eq | '))).toContain('title');
    expect(await completeIn('{{punctuate "unterminated |')).toEqual([]);
  });

  it('offers helpers with their parameters and documentation', async () => {
    const list = await completeIn('<p>{{cn-|}}</p>\n');
    const cnDate = list.find((i) => i.label === 'cn-date');
    expect(cnDate?.detail).toBe('cn-date date');
    expect((cnDate?.documentation as MarkupContent).value).toContain('2024年3月19日');
    const opening = await completeIn('{{#|}}');
    expect(labels(opening)).toEqual(['each', 'if', 'unless', 'with']);
  });

  it('completes partial names after {{>, the pack’s own and those it inherits', async () => {
    const list = await completeIn('<p>{{> |}}</p>\n');
    expect(labels(list)).toEqual(expect.arrayContaining(['item', 'run-in', 'item-heading', 'number', 'points']));
    expect(list.find((i) => i.label === 'item-heading')?.detail).toMatch(/national/);
    expect(list.find((i) => i.label === 'run-in')?.detail).not.toMatch(/national/);
  });

  it('closes the innermost open block', async () => {
    expect(labels(await completeIn('{{#each points}}{{#if title}}x{{/|'))).toEqual(['if']);
  });
});

describe('signature help in a pack template', () => {
  /** Replaces item.hbs with `marked` and asks for signature help at its `|`. */
  async function helpIn(marked: string): Promise<SignatureHelp | null> {
    const { text, position } = withCursor(marked);
    await client.change(itemUri, text);
    return client.request('textDocument/signatureHelp', { textDocument: { uri: itemUri }, position });
  }
  const active = (help: SignatureHelp | null) => {
    const signature = help?.signatures[help.activeSignature ?? 0];
    const range = signature?.parameters?.[help?.activeParameter ?? -1]?.label as [number, number] | undefined;
    return signature && range ? `${signature.label} → ${signature.label.slice(...range)}` : help && signature ? `${signature.label} → none` : null;
  };

  it('shows a helper’s parameters with the one being typed marked, innermost call first', async () => {
    expect(active(await helpIn('<p>{{punctuate |}}</p>'))).toBe('punctuate text mark → text');
    expect(active(await helpIn('<p>{{punctuate text |}}</p>'))).toBe('punctuate text mark → mark');
    expect(active(await helpIn('<p>{{punctuate text "。"|}}</p>'))).toBe('punctuate text mark → mark');
    expect(active(await helpIn('<p>{{punctuate (next-year |) "。"}}</p>'))).toBe('next-year year → year');
    expect(active(await helpIn('<p>{{punctuate (next-year year) |}}</p>'))).toBe('punctuate text mark → mark');
    const help = await helpIn('<p>{{punctuate text |}}</p>');
    expect(help?.signatures[0]?.documentation).toEqual(expect.stringContaining('punctuate'));
  });

  it('says nothing where no helper is being called: its name being typed, a block, a partial, a path, a comment', async () => {
    for (const marked of ['<p>{{punc|}}</p>', '{{#each |}}{{/each}}', '{{> item-|}}', '<p>{{text|}}</p>', '{{!-- {{punctuate | --}}', '<p>text |</p>']) {
      expect(await helpIn(marked), marked).toBeNull();
    }
  });
});

describe('other .hbs files', () => {
  it('get nothing: a .hbs outside a pack folder is not a template of ours', async () => {
    mkdirSync(join(root, 'site'), { recursive: true });
    const uri = pathToFileURL(join(root, 'site', 'page.hbs')).href;
    writeFileSync(join(root, 'site', 'page.hbs'), '<p>{{title}}</p>\n');
    await client.open(uri, '<p>{{title}}</p>\n');
    expect(await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 0, character: 5 } })).toBeNull();
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 6 } })).toBeNull();
    expect(client.published(uri)).toEqual([]);
  });
});

describe('navigation in a pack template', () => {
  it('goes to a partial: the pack’s own override, else the parent pack’s file', async () => {
    await client.change(itemUri, ITEM);
    const at = (needle: string) => {
      const lines = ITEM.split('\n');
      const line = lines.findIndex((l) => l.includes(needle));
      return { line, character: (lines[line] ?? '').indexOf(needle) + 4 };
    };
    const heading = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: itemUri }, position: at('{{> item-heading}}') });
    expect(heading?.uri).toBe(nationalPartial('item-heading'));
    const runIn = await client.request<Location | null>('textDocument/definition', { textDocument: { uri: itemUri }, position: at('{{> run-in}}') });
    expect(runIn?.uri).toBe(runInUri);
  });

  it('hovers a helper with its signature and a data path with what it is', async () => {
    await client.change(itemUri, ITEM);
    const line = ITEM.split('\n').findIndex((l) => l.includes('punctuate'));
    const column = (ITEM.split('\n')[line] ?? '').indexOf('punctuate');
    const helper = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: itemUri }, position: { line, character: column + 2 } });
    expect((helper?.contents as MarkupContent).value).toContain('{{punctuate text mark}}');
    const text = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: itemUri }, position: { line, character: column + 11 } });
    expect((text?.contents as MarkupContent).value).toMatch(/\*\*text\*\*.*\n\n正文/);
    expect(text?.range).toEqual({ start: { line, character: column + 10 }, end: { line, character: column + 14 } });
  });
});

describe('templates lint as you type', () => {
  it('marks an unknown path and a helper typo where they are written, and clears them once fixed', async () => {
    const broken = ITEM.replace('{{text}}', '{{txet}}').replace('{{punctuate text', '{{punctuat text');
    const version = await client.change(itemUri, broken);
    const published = await client.waitDiagnostics(itemUri, (p) => p.version === version);
    const lines = broken.split('\n');
    const col = (line: number, needle: string) => (lines[line] ?? '').indexOf(needle);
    expect(published.diagnostics).toMatchObject([
      { code: 'templates-lint', range: { start: { line: 1, character: col(1, 'txet') }, end: { line: 1, character: col(1, 'txet') + 4 } }, message: expect.stringMatching(/“txet”.*是不是“text”/) },
      { code: 'templates-lint', range: { start: { line: 3, character: col(3, 'punctuat ') } }, message: expect.stringMatching(/“punctuat”.*是不是“punctuate”/) },
    ]);
    const fixed = await client.change(itemUri, ITEM);
    expect((await client.waitDiagnostics(itemUri, (p) => p.version === fixed)).diagnostics).toEqual([]);
  });

  it('checks a partial in the contexts it is called in: a field of a point is unknown in an item', async () => {
    const version = await client.change(itemUri, ITEM.replace('{{text}}', '{{own_line}}'));
    const published = await client.waitDiagnostics(itemUri, (p) => p.version === version);
    expect(published.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('own_line')]);
    await client.change(itemUri, ITEM);
  });
});

describe('the pack preview', () => {
  interface RenderPack {
    packId: string;
    reportUri: string;
    html?: string;
    error?: string;
  }

  it('renders the example through the pack as the buffers hold it, and shows a template error', async () => {
    await client.change(itemUri, ITEM.replace('{{text}}', '【改过的条目】{{text}}'));
    const first = await client.request<RenderPack>('fazhi/renderPack', { uri: itemUri });
    expect(first.packId).toBe('t-pack');
    // t-pack has no example of its own: national's is rendered through it.
    expect(first.reportUri).toBe(pathToFileURL(join(REPO, 'templates', 'national', 'example.yaml')).href);
    expect(first.html).toContain('【改过的条目】');

    // A field that strict mode refuses at run time: the preview says where.
    await client.change(runInUri, '{{~> number}}{{titl}}\n');
    const broken = await client.request<RenderPack>('fazhi/renderPack', { uri: itemUri });
    expect(broken.html).toBeUndefined();
    expect(broken.error).toMatch(/templates\/t-pack\/partials\/run-in\.hbs:1:\d+/);
    await client.change(runInUri, RUN_IN);
    expect((await client.request<RenderPack>('fazhi/renderPack', { uri: itemUri })).html).toContain('【改过的条目】');
    await client.change(itemUri, ITEM);
  });

  it('renders the report open beside the pack, whatever pack it names', async () => {
    const reportUri = pathToFileURL(join(root, 'beside.report.yaml')).href;
    await client.open(reportUri, 'template: national\nyear: 2024\njurisdiction:\n  name: 旁边县\n  kind: county\nmeasures:\n  items:\n    - title: 一项措施\n      text: 做了一件事。\n');
    await client.change(itemUri, ITEM.replace('{{text}}', '【本模板】{{text}}'));
    const result = await client.request<RenderPack>('fazhi/renderPack', { uri: itemUri, report: reportUri });
    expect(result.reportUri).toBe(reportUri);
    expect(result.html).toContain('旁边县');
    expect(result.html).toContain('【本模板】做了一件事。');
    await client.change(itemUri, ITEM);
  });
});
