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
  it('offers the did-you-mean fix for a misspelt enum value', async () => {
    const { actions, uri } = await actionsFor(REPORT.replace('kind: county', 'kind: conty'), 4);
    const fix = actions.find((a) => a.diagnostics?.[0]?.code === 'bad-enum');
    expect(edits(fix, uri)[0]?.newText).toBe('county');
  });
  it('offers the fix of core for a missing part: the part inserted where the pack prints it, also sent as diagnostic data', async () => {
    const { actions, uri } = await actionsFor(REPORT, 0);
    const add = actions.filter((a) => a.diagnostics?.[0]?.code === 'missing-part' && a.title.includes('responsibility'));
    expect(add).toHaveLength(1);
    expect(add[0]?.isPreferred).toBe(true);
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
