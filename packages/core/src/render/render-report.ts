import type { Document } from 'yaml';
import { isPackId } from '@fazhi/schema';
import type { Block, ReportDocument, Run } from '../document/report-document.js';
import type { ParsedReport } from '../parse/parse-report.js';
import { nodeAt, rangeOf, firstKeyRange, type Path } from '../parse/yaml-nodes.js';
import { templateProblemLocation, type TemplateCatalog } from '../templates/catalog.js';
import type { Diagnostic, Locale, Message, Range } from '../validate/diagnostic.js';
import { compilePack, type CompiledPack } from './compile-pack.js';
import { figureMarks, stripFigureMarks, unmarkBlock, type FigureMarks } from './figure-marks.js';
import { readReportHtml, type ReadBlock } from './read-html.js';
import { readReportHtmlChunked } from './read-html-chunks.js';
import type { RenderMemo } from './render-memo.js';
import { blockToTraditional } from './script.js';
import { TemplateError } from './template-error.js';
import { buildViewModel, type ViewModel, type ViewProblems } from './view-model.js';
import { PARAGRAPH_BREAK } from './prose.js';
import { titleOnOneLine } from '../write/title-lines.js';

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
  /**
   * What this document's earlier renders made, reused where the data did not change (render-memo.ts): for an editor
   * rendering one report after each edit. The result is the same as without it.
   */
  memo?: RenderMemo;
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
    const whereEn = first ? `${templateProblemLocation(first)}: ${first.message_en}` : '';
    report('template-broken', { zh: `模板“${id}”有错误，无法渲染：${where}`, en: `Template "${id}" is broken: ${whereEn}` });
    return { problems };
  }

  let pack: CompiledPack;
  let html: string;
  let view: ViewModel;
  const viewProblems: ViewProblems = { unknownFigures: new Set(), missingLabelValues: new Set() };
  const marks: FigureMarks | undefined = options.markFigures ? figureMarks(record.stats) : undefined;
  const memo = options.memo;
  try {
    pack = compilePack(catalog, manifest);
    memo?.begin(pack, marks !== undefined, record.stats);
    view = buildViewModel(record, manifest, viewProblems, marks, memo?.prose);
    html = pack.run(view, memo);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    report('template-error', { zh: `${error.location}：${error.message}`, en: `${error.location}: ${error.messageEn}` });
    return { problems, templateError: error };
  }
  for (const name of viewProblems.missingLabelValues) {
    report('label-value-missing', { zh: `模板标题用到了 ${name}，但数据里没有填写。`, en: `A template label uses ${name}, which the data does not give.` }, at, 'warning');
  }

  const { blocks, errors } = memo ? readReportHtmlChunked(html, memo.chunks) : readReportHtml(html);
  for (const e of errors) {
    const located = locateMarkup(pack, e.markup, catalog);
    const zh = located ?? `${manifest.id} 的输出第 ${lineOf(html, e.offset)} 行`;
    const en = located ?? `line ${lineOf(html, e.offset)} of ${manifest.id}'s output`;
    report('template-vocabulary', { zh: `${zh}：${e.message}`, en: `${en}: ${e.message_en}` });
  }
  if (errors.length) return { html, problems };

  const convert = manifest.script === 'zh-Hant' ? blockToTraditional : <B extends Block>(b: B) => b;
  const figureSources = new Map<string, Range | undefined>();
  const sourceOf = (name: string) => {
    if (!figureSources.has(name)) figureSources.set(name, figureSource(parsed.doc, name));
    return figureSources.get(name);
  };
  // Figures unmarked without their entries' ranges, which `placed` adds (they move with any edit above `stats:`).
  const unmark = marks ? (b: Block) => unmarkBlock(b, marks, () => undefined) : (b: Block) => b;
  // Blocks are printed (converted, unmarked) without their source, then placed: a kept block is printed already, and
  // only its place (and its figures' `stats:` entries) moves with an edit elsewhere. A figure `stats:` does not list
  // is numbered by first use in this render, so its marks mean something else in the next: then nothing is kept.
  const finished = memo && (!marks || marks.figures.length === marks.listed) ? memo.finished : undefined;
  const finish = (b: ReadBlock): Block => {
    let printed = finished?.get(b);
    if (!printed) {
      printed = unmark(convert(withoutSrc(b)));
      finished?.set(b, printed);
    }
    return placed(printed, b, parsed.doc, sourceOf);
  };
  const document: ReportDocument = {
    script: manifest.script,
    templateId: manifest.id,
    meta: {
      year: Number(record.year),
      // In the document's script, as the title it is looked for in (write/title-lines.ts) and the .docx's author.
      jurisdiction: convert({ kind: 'title', text: String((record.jurisdiction as Record<string, unknown> | undefined)?.name ?? '') }).text,
      // The title as printed, or (when the pack prints none) as it would be: document properties still need it.
      title: titleOnOneLine(stripFigureMarks(convert({ kind: 'title', text: printedTitle(blocks) ?? view.title.replaceAll(PARAGRAPH_BREAK, '\n') }).text)),
    },
    blocks: blocks.map(finish),
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

function withoutSrc(block: ReadBlock): Block {
  const { src: _src, ...rest } = block as ReadBlock & { src?: string };
  return rest as Block;
}

/**
 * A printed block with its source range (the YAML node its data-src names, or the nearest one above it that exists) and
 * its figures' (their `stats:` entries).
 */
function placed(printed: Block, read: ReadBlock, doc: Document, sourceOf: (name: string) => Range | undefined): Block {
  const runs = printed.kind === 'paragraph' && printed.runs.some((r) => r.figure) ? printed.runs.map((r) => withFigureSource(r, sourceOf)) : undefined;
  const source = sourceRange(read.src, doc);
  if (!runs && !source) return printed;
  return { ...printed, ...(runs ? { runs } : {}), ...(source ? { source } : {}) } as Block;
}

function withFigureSource(run: Run, sourceOf: (name: string) => Range | undefined): Run {
  const source = run.figure && sourceOf(run.figure.name);
  return source && run.figure ? { ...run, figure: { ...run.figure, source } } : run;
}

function sourceRange(src: string | undefined, doc: Document): Range | undefined {
  if (!src) return undefined;
  const path: Path = src.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = path.length; n > 0; n--) {
    const range = rangeOf(nodeAt(doc, path.slice(0, n)));
    if (range) return range;
  }
  return undefined;
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
