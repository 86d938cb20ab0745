import type { Document } from 'yaml';
import { isPackId } from '@fazhi/schema';
import type { Block, ReportDocument } from '../document/report-document.js';
import type { ParsedReport } from '../parse/parse-report.js';
import { nodeAt, rangeOf, firstKeyRange, type Path } from '../parse/yaml-nodes.js';
import { templateProblemLocation, type TemplateCatalog } from '../templates/catalog.js';
import type { Diagnostic, Locale, Message, Range } from '../validate/diagnostic.js';
import { compilePack, type CompiledPack } from './compile-pack.js';
import { stripFigureMarks, unmarkBlock, type FigureMarks } from './figure-marks.js';
import { readReportHtml, type ReadBlock } from './read-html.js';
import { blockToTraditional } from './script.js';
import { TemplateError } from './template-error.js';
import { buildViewModel, type ViewModel, type ViewProblems } from './view-model.js';

export interface RenderOptions {
  locale?: Locale;
  /**
   * Render with this pack instead of the one the data names: a maintainer previewing the pack they edit with
   * its example or with any report.
   */
  pack?: string;
  /**
   * For an editor's preview: a figure's value in a paragraph is a run of its own naming the figure (`Run.figure`),
   * which `writeHtml(doc, { preview: true })` marks. The text is the same as without it; exports never set it.
   */
  markFigures?: boolean;
}

export interface RenderResult {
  /** Absent only when nothing could be rendered (no usable template, or the template failed). */
  document?: ReportDocument;
  /** The template's HTML before it was read (for template maintainers and debugging). */
  html?: string;
  problems: Diagnostic[];
  /** The template fault that stopped rendering, with its pack file, line and column (an editor marks it there). */
  templateError?: TemplateError;
}

/**
 * Data file → the report as printed. Template faults come back as problems naming the pack file, line and
 * column; data faults that validation reports (unknown figures) still render, visibly, so a preview keeps working.
 */
export function renderReport(parsed: ParsedReport, catalog: TemplateCatalog, options: RenderOptions = {}): RenderResult {
  const locale = options.locale ?? 'zh';
  const problems: Diagnostic[] = [];
  const at = rangeOf(nodeAt(parsed.doc, ['template'])) ?? firstKeyRange(parsed.doc);
  const report = (code: string, message: Message, range: Range = at, severity: Diagnostic['severity'] = 'error') =>
    problems.push({ code, severity, range, message: message[locale] });

  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    report('render-empty', { zh: '文件里没有报告数据，无法渲染。', en: 'The file holds no report data to render.' });
    return { problems };
  }
  const record = data as Record<string, unknown>;
  const id = options.pack ?? record.template;
  if (typeof id !== 'string' || !isPackId(id) || !catalog.has(id)) {
    report('unknown-template', { zh: `模板“${String(id ?? '')}”不存在，无法渲染。可用的模板：${catalog.ids().join('、')}。`, en: `No template "${String(id ?? '')}" to render with. Available: ${catalog.ids().join(', ')}.` });
    return { problems };
  }
  const { manifest, problems: packProblems } = catalog.resolve(id);
  if (!manifest) {
    const first = packProblems[0];
    const where = first ? `${templateProblemLocation(first)}：${first.message}` : '';
    report('template-broken', { zh: `模板“${id}”有错误，无法渲染：${where}`, en: `Template "${id}" is broken: ${where}` });
    return { problems };
  }

  let pack: CompiledPack;
  let html: string;
  let view: ViewModel;
  const viewProblems: ViewProblems = { unknownFigures: new Set(), missingLabelValues: new Set() };
  const marks: FigureMarks | undefined = options.markFigures ? { figures: [] } : undefined;
  try {
    pack = compilePack(catalog, manifest);
    view = buildViewModel(record, manifest, viewProblems, marks);
    html = pack.run(view);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    report('template-error', { zh: `${error.location}：${error.message}`, en: `${error.location}: ${error.message}` });
    return { problems, templateError: error };
  }
  for (const name of viewProblems.missingLabelValues) {
    report('label-value-missing', { zh: `模板标题用到了 ${name}，但数据里没有填写。`, en: `A template label uses ${name}, which the data does not give.` }, at, 'warning');
  }

  const { blocks, errors } = readReportHtml(html);
  for (const e of errors) {
    const where = locateMarkup(pack, e.markup, catalog) ?? `${manifest.id} 的输出第 ${lineOf(html, e.offset)} 行`;
    report('template-vocabulary', { zh: `${where}：${e.message}`, en: `${where}: ${e.message}` });
  }
  if (errors.length) return { html, problems };

  const convert = manifest.script === 'zh-Hant' ? blockToTraditional : <B extends Block>(b: B) => b;
  const unmark = marks ? (b: Block) => unmarkBlock(b, marks, (name) => figureSource(parsed.doc, name)) : (b: Block) => b;
  const document: ReportDocument = {
    script: manifest.script,
    templateId: manifest.id,
    meta: {
      year: Number(record.year),
      jurisdiction: String((record.jurisdiction as Record<string, unknown> | undefined)?.name ?? ''),
      // The title as printed, or (when the pack prints none) as it would be: document properties still need it.
      title: stripFigureMarks(convert({ kind: 'title', text: printedTitle(blocks) ?? view.title }).text),
    },
    blocks: blocks.map((b) => unmark(convert(withSource(b, parsed.doc)))),
  };
  return { document, html, problems };
}

/** A figure's entry in `stats:`, at its value (`value: 12` when the entry is a mapping with a label). */
function figureSource(doc: Document, name: string): Range | undefined {
  const path = ['stats', ...name.split('.')];
  return rangeOf(nodeAt(doc, [...path, 'value'])) ?? rangeOf(nodeAt(doc, path));
}

function printedTitle(blocks: ReadBlock[]): string | undefined {
  const printed = blocks.find((b) => b.kind === 'title');
  return printed?.kind === 'title' ? printed.text : undefined;
}

function withSource(block: ReadBlock, doc: Document): Block {
  const { src, ...rest } = block as ReadBlock & { src?: string };
  if (!src) return rest as Block;
  const path: Path = src.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n > 0; n--) {
    const range = rangeOf(nodeAt(doc, path.slice(0, n)));
    if (range) return { ...(rest as Block), source: range };
  }
  return rest as Block;
}

/** The first place in the pack's files where the offending markup is written, as path:line:col. */
function locateMarkup(pack: CompiledPack, markup: string, catalog: TemplateCatalog): string | undefined {
  for (const [file, { id, text }] of pack.files) {
    const i = text.indexOf(markup);
    if (i < 0) continue;
    const line = lineOf(text, i);
    const column = i - text.lastIndexOf('\n', i - 1);
    return `${catalog.host.displayPath(id, file)}:${line}:${column}`;
  }
  return undefined;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
