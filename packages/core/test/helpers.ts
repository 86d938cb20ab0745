import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, TemplateCatalog, validateReport, type Diagnostic, type ValidateOptions } from '../src/index.js';
import { createFsTemplateHost } from '../src/node/index.js';

/** Strips the common indentation of a template literal, so fixtures can sit indented in the test. */
export function source(strings: TemplateStringsArray, ...values: unknown[]): string {
  const raw = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(...raw.split('\n').filter((l) => l.trim()).map((l) => /^ */.exec(l)?.[0].length ?? 0));
  return raw
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The repository's own template packs. */
export const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [resolve(repoRoot, 'templates')], cwd: repoRoot }));

/** A diagnostic as tests assert it: code, severity and `line:col-line:col` (1-based), never wording. */
export interface Found {
  code: string;
  severity: string;
  at: string;
  fixed?: string;
}

export function diagnose(text: string, options: ValidateOptions = {}): Diagnostic[] {
  const parsed = parseReport(text);
  return validateReport(parsed, { templates: catalog, today: new Date('2024-06-01'), ...options });
}

export function found(text: string, options: ValidateOptions = {}): Found[] {
  const parsed = parseReport(text);
  const at = (o: number) => {
    const p = parsed.lines.positionAt(o);
    return `${p.line + 1}:${p.character + 1}`;
  };
  return diagnose(text, options).map((d) => ({
    code: d.code,
    severity: d.severity,
    at: `${at(d.range.start)}-${at(d.range.end)}`,
    ...(d.fix ? { fixed: applyEdits(text, d.fix.edits) } : {}),
  }));
}

/** Only the findings with the given codes. */
export function only(codes: string | string[], text: string, options?: ValidateOptions): Found[] {
  const set = new Set(Array.isArray(codes) ? codes : [codes]);
  return found(text, options).filter((f) => set.has(f.code));
}

export function applyEdits(text: string, edits: Array<{ range: { start: number; end: number }; newText: string }>): string {
  return [...edits]
    .sort((a, b) => b.range.start - a.range.start)
    .reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

/** A small valid report, to which each test adds the one thing it is about. */
export const VALID = source`
  template: national
  year: 2023
  jurisdiction:
    name: 万源市
    kind: county-city
  published: 2024-03-01
  preamble:
    text: 2023年，万源市深入推进依法行政。现将有关情况报告如下。
  measures:
    items:
      - title: 坚持党的全面领导
        points:
          - title: 强化组织建设
            text: 调整充实法治政府建设领导小组。
  shortcomings:
    points:
      - 依法行政认识有待强化
  responsibility:
    intro: 主要负责人认真履行第一责任人职责。
  plans:
    items:
      - title: 持续学习贯彻习近平法治思想
        text: 系统学习习近平法治思想。
  signature:
    organization: 万源市人民政府
    date: 2024-02-28
`;
