import { diffArrays } from 'diff';
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
  const parsed = parseReport(yaml, { source: where });
  const r = renderReport(parsed, catalog);
  if (!r.document) {
    // The problems again in English: only a pack whose example does not render pays for a second render.
    const en = renderReport(parsed, catalog, { locale: 'en' });
    // Once each: a fault in a partial the example uses four times is one fault.
    const said = (problems: typeof r.problems) => [...new Set(problems.map((p) => p.message))];
    return { location: where, message: `无法渲染：${said(r.problems).join('；')}`, message_en: `Cannot render: ${said(en.problems).join('; ')}` };
  }
  const actual = writeText(r.document);
  const wanted = expected.replace(/\r\n/g, '\n');
  if (actual === wanted) return undefined;
  return goldenDiff(catalog.host.displayPath(id, 'example.txt'), wanted.split('\n'), actual.split('\n'));
}

/** At most this many lines of difference are shown; the rest is counted. */
const SHOWN = 24;

/**
 * Every line that differs, hunk by hunk (a line diff, so one inserted line does not make all later ones differ):
 * located at the first, each later hunk headed by its line in example.txt.
 */
function goldenDiff(where: string, e: string[], a: string[]): GoldenFinding {
  const zh: string[] = [];
  const en: string[] = [];
  let line = 0;
  let first: number | undefined;
  let hunkStarts = true;
  for (const change of diffArrays(e, a)) {
    if (!change.added && !change.removed) {
      line += change.count ?? change.value.length;
      hunkStarts = true;
      continue;
    }
    if (hunkStarts && first !== undefined) {
      zh.push(`  第 ${line + 1} 行：`);
      en.push(`  line ${line + 1}:`);
    }
    first ??= line;
    hunkStarts = false;
    for (const text of change.value) {
      zh.push(change.removed ? `  应为：${text}` : `  实为：${text}`);
      en.push(change.removed ? `  expected: ${text}` : `  actual:   ${text}`);
    }
    if (change.removed) line += change.count ?? change.value.length;
  }
  const more = zh.length - SHOWN;
  const cut = (lines: string[], rest: string) => (more > 0 ? [...lines.slice(0, SHOWN), rest] : lines).join('\n');
  return {
    location: `${where}:${(first ?? 0) + 1}:1`,
    message: `渲染结果与黄金样例不同：\n${cut(zh, `  ……还有 ${more} 行不同`)}`,
    message_en: `The rendering differs from the golden example:\n${cut(en, `  … and ${more} more lines`)}`,
  };
}
