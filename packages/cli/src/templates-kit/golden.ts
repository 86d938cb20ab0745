import { parseReport, renderReport, writeText, type TemplateCatalog } from '@fazhi/core';

/** A pack's own golden example: example.yaml rendered with the pack must equal example.txt. */
export function checkGolden(catalog: TemplateCatalog, id: string): { location: string; message: string } | undefined {
  const yaml = catalog.host.readTemplateFile(id, 'example.yaml');
  const expected = catalog.host.readTemplateFile(id, 'example.txt');
  const where = catalog.host.displayPath(id, 'example.yaml');
  if (yaml === undefined) return undefined;
  if (expected === undefined) return { location: catalog.host.displayPath(id, 'example.txt'), message: '缺少 example.txt：用 fazhi render example.yaml --format txt 生成并核对。' };
  const r = renderReport(parseReport(yaml, { source: where }), catalog);
  if (!r.document) return { location: where, message: `无法渲染：${r.problems.map((p) => p.message).join('；')}` };
  const actual = writeText(r.document);
  if (actual === expected.replace(/\r\n/g, '\n')) return undefined;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const line = a.findIndex((l, i) => l !== e[i]);
  return {
    location: `${catalog.host.displayPath(id, 'example.txt')}:${line + 1}:1`,
    message: `渲染结果与黄金样例不同：\n  应为：${e[line] ?? '（无）'}\n  实为：${a[line] ?? '（无）'}`,
  };
}
