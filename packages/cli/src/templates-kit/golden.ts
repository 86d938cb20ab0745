import { LineIndex, parseReport, renderReport, validateReport, writeText, type TemplateCatalog } from '@fazhi/core';

/** A golden-example problem, with the English where `fazhi --lang en` shows it. */
export interface GoldenFinding {
  location: string;
  message: string;
  message_en?: string;
}

/** The example must be a data file `fazhi check` accepts: a pack's example is what maintainers copy. */
export function checkExample(catalog: TemplateCatalog, id: string): GoldenFinding[] {
  const yaml = catalog.host.readTemplateFile(id, 'example.yaml');
  if (yaml === undefined) return [];
  const where = catalog.host.displayPath(id, 'example.yaml');
  const parsed = parseReport(yaml, { source: where });
  const lines = new LineIndex(yaml);
  const found = (locale: 'zh' | 'en') => validateReport(parsed, { templates: catalog, locale }).filter((d) => d.severity === 'error');
  const en = found('en');
  return found('zh').map((d, i) => {
    const p = lines.positionAt(d.range.start);
    return { location: `${where}:${p.line + 1}:${p.character + 1}`, message: `${d.code}：${d.message}`, message_en: `${d.code}: ${en[i]?.message ?? d.message}` };
  });
}

/** A pack's own golden example: example.yaml rendered with the pack must equal example.txt. */
export function checkGolden(catalog: TemplateCatalog, id: string): GoldenFinding | undefined {
  const yaml = catalog.host.readTemplateFile(id, 'example.yaml');
  const expected = catalog.host.readTemplateFile(id, 'example.txt');
  const where = catalog.host.displayPath(id, 'example.yaml');
  if (yaml === undefined) return undefined;
  if (expected === undefined) return { location: catalog.host.displayPath(id, 'example.txt'), message: '缺少 example.txt：用 fazhi render example.yaml --format txt 生成并核对。', message_en: 'example.txt is missing: write it with fazhi render example.yaml --format txt and check it.' };
  const r = renderReport(parseReport(yaml, { source: where }), catalog);
  if (!r.document) {
    const en = renderReport(parseReport(yaml, { source: where }), catalog, { locale: 'en' });
    return { location: where, message: `无法渲染：${r.problems.map((p) => p.message).join('；')}`, message_en: `Cannot render: ${en.problems.map((p) => p.message).join('; ')}` };
  }
  const actual = writeText(r.document);
  if (actual === expected.replace(/\r\n/g, '\n')) return undefined;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  return {
    location: `${catalog.host.displayPath(id, 'example.txt')}:${line + 1}:1`,
    message: `渲染结果与黄金样例不同：\n  应为：${e[line] ?? '（无）'}\n  实为：${a[line] ?? '（无）'}`,
    message_en: `The rendering differs from the golden example:\n  expected: ${e[line] ?? '(nothing)'}\n  actual:   ${a[line] ?? '(nothing)'}`,
  };
}
