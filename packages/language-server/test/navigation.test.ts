import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, DocumentSymbol, FoldingRange, Hover, Location, Position, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, uriFor, withCursor } from './lsp-client.js';

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

const REPORT = `template: national
year: 2023
jurisdiction:
  name: 示例县
  kind: county
measures:
  items:
    - title: 坚持党的领导
      points:
        - title: 强化组织领导
          text: 会前学法\${study}次
    - title: 严格规范公正文明执法
shortcomings:
  intro: 还存在一些不足
stats:
  study: 12
`;

async function at(marked: string, name = 'n.yaml'): Promise<{ uri: string; position: Position; text: string }> {
  const { text, position } = withCursor(marked);
  const uri = uriFor(name);
  await client.open(uri, text);
  return { uri, position, text };
}
/** Applies LSP edits (non-overlapping) to a text. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
const hoverText = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('hover', () => {
  it('shows a field title, description, legal basis and example', async () => {
    const { uri, position } = await at(REPORT.replace('measures:', 'meas|ures:'));
    const text = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position }));
    expect(text).toContain('主要举措和成效');
    expect(text).toContain('依据');
    expect(text).toContain('```yaml');
  });
  it('shows a pack description and what it requires on a template id', async () => {
    const { uri, position } = await at(REPORT.replace('template: national', 'template: wanyuan-county-c|ity'));
    const text = hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position }));
    expect(text).toContain('wanyuan-county-city');
    expect(text).toContain('必须填写');
  });
  it('shows a figure value on its reference', async () => {
    const { uri, position } = await at(REPORT.replace('${study}', '${st|udy}'));
    const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position });
    expect(hoverText(hover)).toContain('**12**');
    expect(hover.range).toEqual({ start: { line: 10, character: 20 }, end: { line: 10, character: 28 } });
  });
  it('shows an enum value label', async () => {
    const { uri, position } = await at(REPORT.replace('kind: county', 'kind: cou|nty'));
    expect(hoverText(await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position }))).toContain('县');
  });
});

describe('go to definition', () => {
  it('opens the manifest of a template id', async () => {
    const { uri, position } = await at(REPORT.replace('template: national', 'template: nat|ional'));
    const loc = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position });
    expect(loc.uri).toMatch(/templates\/national\/template\.yaml$/);
  });
  it('jumps from a figure reference to its definition under stats', async () => {
    const { uri, position } = await at(REPORT.replace('${study}', '${stu|dy}'));
    const loc = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position });
    expect(loc).toEqual({ uri, range: { start: { line: 15, character: 2 }, end: { line: 15, character: 7 } } });
  });
});

describe('code actions', () => {
  async function actionsFor(text: string, line: number): Promise<{ actions: CodeAction[]; uri: string }> {
    const uri = uriFor('q.yaml');
    await client.open(uri, text);
    await client.waitDiagnostics(uri);
    const range = { start: { line, character: 0 }, end: { line, character: 200 } };
    return { uri, actions: await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }) };
  }
  const edits = (a: CodeAction | undefined, uri: string): TextEdit[] => a?.edit?.changes?.[uri] ?? [];

  it('offers the fix core attaches to a full-width colon', async () => {
    const { actions, uri } = await actionsFor(REPORT.replace('year: 2023', 'year：2023'), 1);
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'fullwidth-colon');
    expect(fix?.kind).toBe('quickfix');
    expect(fix?.isPreferred).toBe(true);
    expect(edits(fix, uri)).toEqual([{ range: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, newText: ': ' }]);
  });
  it('offers “fix all of this kind in the file” beside a fix whose kind recurs', async () => {
    const text = REPORT.replace('year: 2023', 'year：2023').replace('  kind: county', '  kind：county');
    const { actions, uri } = await actionsFor(text, 1);
    const all = actions.find((a) => a.title.includes('fullwidth-colon') && (a.diagnostics?.length ?? 0) > 1);
    expect(all?.kind).toBe('quickfix');
    expect(all?.diagnostics?.map((d) => d.code)).toEqual(['fullwidth-colon', 'fullwidth-colon']);
    expect(apply(text, edits(all, uri))).toBe(REPORT);
    // Once is not a kind: a single full-width colon gets its own fix only.
    const single = await actionsFor(REPORT.replace('year: 2023', 'year：2023'), 1);
    expect(single.actions.filter((a) => (a.diagnostics?.length ?? 0) > 1)).toEqual([]);
  });

  it('answers source.fixAll with every mechanical fix, never a did-you-mean guess', async () => {
    const text = REPORT.replace('year: 2023', 'year：2023').replace('  kind: county', '  kind: conty').replace('shortcomings:', 'shortcomings：');
    const uri = uriFor('q.yaml');
    await client.open(uri, text);
    await client.waitDiagnostics(uri);
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.fazhi']);
    // The colons are fixed (and the missing part inserted); the misspelt kind (a guess) is left for the writer.
    const fixed = apply(text, edits(actions[0], uri));
    expect(fixed).not.toMatch(/^\s*\w+：/m);
    expect(fixed).toContain('\nyear: 2023\n');
    expect(fixed).toContain('\nshortcomings:\n');
    expect(fixed).toContain('\n  kind: conty\n');
  });

  it('offers the did-you-mean fix for a misspelt enum value', async () => {
    const { actions, uri } = await actionsFor(REPORT.replace('kind: county', 'kind: conty'), 4);
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'bad-enum');
    expect(edits(fix, uri)[0]?.newText).toBe('county');
  });
  it('offers the fix of core for a missing part: the part inserted where the pack prints it, not preferred, also sent as diagnostic data', async () => {
    const { actions, uri } = await actionsFor(REPORT, 0);
    const add = actions.filter((a) => a.diagnostics?.[0]?.code === 'missing-part' && a.title.includes('responsibility'));
    expect(add).toHaveLength(1);
    // A skeleton to fill in, not a certain repair: offered, not preferred (so "fix all" leaves it).
    expect(add[0]?.isPreferred).toBe(false);
    const placeholder = 'responsibility:\n  intro: 【待填写：党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况】\n';
    expect(apply(REPORT, edits(add[0], uri))).toBe(REPORT.replace('stats:', `${placeholder}stats:`));
    const published = (await client.waitDiagnostics(uri)).diagnostics.find((d) => d.code === 'missing-part');
    expect((published?.data as { fix: { edits: TextEdit[] } }).fix.edits).toEqual(edits(add[0], uri));
  });
  it('scaffolds a missing required key inside a mapping', async () => {
    const text = REPORT.replace('stats:', 'signature:\n  organization: 示例县人民政府\nstats:');
    const { actions, uri } = await actionsFor(text, 14);
    const add = actions.find((a) => a.title.includes('date'));
    expect(apply(text, edits(add, uri))).toContain('signature:\n  organization: 示例县人民政府\n  date: 【待填写】\nstats:');
  });
});

describe('outline and folding', () => {
  it('lists parts and items by their Chinese titles', async () => {
    const { uri } = await at(`${REPORT}|`);
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const measures = symbols.find((s) => s.detail === 'measures')!;
    expect(measures.name).toContain('主要举措');
    expect(measures.children?.map((c) => c.name)).toEqual(['坚持党的领导', '严格规范公正文明执法']);
    expect(measures.children?.[0]?.children?.map((c) => c.name)).toEqual(['强化组织领导']);
    expect(symbols.find((s) => s.detail === 'year')?.name).toBe('报告年度');
  });
  it('folds mappings and lists from the line that opens them', async () => {
    const { uri } = await at(`${REPORT}|`);
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    expect(ranges).toContainEqual({ startLine: 2, endLine: 4 });
    expect(ranges).toContainEqual({ startLine: 5, endLine: 11 });
    expect(ranges).toContainEqual({ startLine: 7, endLine: 10 });
  });
});
