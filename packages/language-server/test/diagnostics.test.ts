import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, uriFor } from './lsp-client.js';

const REPORT = `template: national
year: 2023
jurisdiction:
  name: 示例县
  kind: county
measures:
  items:
    - title: 坚持党的领导
      text: 会前学法\${study}次
stats:
  study: 12
`;

describe('diagnostics', () => {
  let client: LspClient;
  beforeAll(async () => {
    client = await LspClient.start();
  });
  afterAll(async () => {
    await client.stop();
  });

  it('publishes core findings with codes and Chinese messages, versioned', async () => {
    const uri = uriFor('a.yaml');
    await client.open(uri, REPORT.replace('kind: county', 'kind: countyy'));
    const published = await client.waitDiagnostics(uri);
    expect(published.version).toBe(1);
    const codes = published.diagnostics.map((d) => d.code);
    expect(codes).toContain('bad-enum');
    expect(codes).toContain('missing-part');
    const badEnum = published.diagnostics.find((d) => d.code === 'bad-enum')!;
    expect(badEnum.range.start.line).toBe(4);
    expect(badEnum.source).toBe('fazhi');
    expect(badEnum.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('logs its start-up times once, with the first diagnostics it sends (what a slow start was spent on)', async () => {
    const uri = uriFor('startup.yaml');
    await client.open(uri, REPORT);
    await client.waitDiagnostics(uri);
    // Answered after that publish, so the log sent with it (or with an earlier test's) has arrived.
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const startup = client.logs.filter((l) => l.startsWith('startup:'));
    expect(startup).toHaveLength(1);
    const steps = /^startup: the server, ms after its process started: bundle running (\d+), modules evaluated (\d+), initialize (\d+), initialized (\d+), first document opened (\d+), first diagnostics sent (\d+)$/.exec(
      startup[0]!,
    );
    expect(steps, startup[0]).not.toBeNull();
    const times = steps!.slice(1).map(Number);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThan(0);
  });

  it('after a burst of edits publishes the newest version last, never a stale one after it', async () => {
    const uri = uriFor('b.yaml');
    await client.open(uri, REPORT);
    await client.waitDiagnostics(uri, (p) => p.version === 1);
    const last = await client.changeAll(uri, ['${studyy}', '${studyyy}', '${nothing}'].map((figure) => REPORT.replace('${study}', figure)));
    const published = await client.waitDiagnostics(uri, (p) => p.version === last);
    expect(published.diagnostics.map((d) => d.code)).toContain('unknown-figure');
    // Anything still coming for this file would come within the 150 ms debounce; a request answered after it orders it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    const versions = client.published(uri).map((p) => p.version);
    // Which of the burst's earlier versions are checked depends on how the edits and the checks interleave (the
    // first change after a pause is checked at once); that none comes after a newer one, and the newest is last, does not.
    expect(versions).toEqual([...versions].sort((a, b) => (a as number) - (b as number)));
    expect(versions.at(-1)).toBe(last);
  });

  it('applies incremental edits', async () => {
    const uri = uriFor('c.yaml');
    await client.open(uri, REPORT);
    await client.waitDiagnostics(uri, (p) => p.version === 1);
    // `kind: county` → `kind: cownty`
    const v = await client.changeRange(uri, { start: { line: 4, character: 10 }, end: { line: 4, character: 11 } }, 'w');
    const published = await client.waitDiagnostics(uri, (p) => p.version === v);
    expect(published.diagnostics.find((d) => d.code === 'bad-enum')?.range.start).toEqual({ line: 4, character: 8 });
  });

  it('says nothing about YAML files that are not reports', async () => {
    const ci = uriFor('ci.yaml');
    await client.open(ci, 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n');
    // A report opened afterwards is answered; by then the CI file would have had its turn.
    const report = uriFor('d.yaml');
    await client.open(report, REPORT);
    await client.waitDiagnostics(report);
    expect(client.published(ci)).toEqual([]);
    // Nor does any other feature answer for it.
    const at = { textDocument: { uri: ci }, position: { line: 1, character: 1 } };
    const whole = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    expect(await client.request('textDocument/hover', at)).toBeNull();
    expect(await client.request('textDocument/completion', at)).toBeNull();
    expect(await client.request('textDocument/definition', at)).toBeNull();
    expect(await client.request('textDocument/documentSymbol', { textDocument: { uri: ci } })).toBeNull();
    expect(await client.request('textDocument/foldingRange', { textDocument: { uri: ci } })).toBeNull();
    expect(await client.request('textDocument/codeAction', { textDocument: { uri: ci }, range: whole, context: { diagnostics: [] } })).toBeNull();
  });

  it('treats files matching the glob as reports even without a known template', async () => {
    const uri = uriFor('x.report.yaml');
    await client.open(uri, 'year: 2023\n');
    const published = await client.waitDiagnostics(uri);
    expect(published.diagnostics.map((d) => d.code)).toContain('missing-key');
  });
});

describe('diagnostics in English', () => {
  it('speaks English when the client locale is English', async () => {
    const client = await LspClient.start({ locale: 'en-US' });
    const uri = uriFor('e.yaml');
    await client.open(uri, REPORT.replace('kind: county', 'kind: countyy'));
    const published = await client.waitDiagnostics(uri);
    const badEnum = published.diagnostics.find((d) => d.code === 'bad-enum')!;
    expect(badEnum.message).toMatch(/^[\x00-\x7f]*[A-Za-z]/);
    await client.stop();
  });
});

describe('message language', () => {
  it('follows the messageLanguage initialization option over the client locale', async () => {
    const client = await LspClient.start({ locale: 'en-US', initializationOptions: { messageLanguage: 'zh' } });
    const uri = uriFor('z.yaml');
    await client.open(uri, REPORT.replace('kind: county', 'kind: countyy'));
    const published = await client.waitDiagnostics(uri);
    expect(published.diagnostics.find((d) => d.code === 'bad-enum')?.message).toMatch(/[\u4e00-\u9fff]/);
    await client.stop();
  });
});

describe('settings', () => {
  it('reads fazhi.files from workspace/configuration', async () => {
    const client = await LspClient.start({ configuration: { files: ['**/*.fazhi.yml'] } });
    const uri = uriFor('y.fazhi.yml');
    await client.open(uri, 'year: 2023\n');
    const published = await client.waitDiagnostics(uri);
    expect(published.diagnostics.map((d) => d.code)).toContain('missing-key');
    await client.stop();
  });
});
