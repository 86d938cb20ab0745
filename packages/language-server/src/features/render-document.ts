import { basename, dirname, join, resolve } from 'node:path';
import { ResponseError } from 'vscode-languageserver';
import { makeFolder, replaceFileAtomically, sweepTemps, whyWriteFailed } from '@fazhi/core/node';
import { DOCUMENT_WRITERS, documentWriter, htmlPage, outputFileName, RenderMemo, renderReport, writeHtml } from '@fazhi/core';
import { pick, reportAnalysis, type ServerContext } from '../context.js';
import { toLspRange } from '../positions.js';
import type { RenderParams, RenderResult, RenderToFileParams, RenderToFileResult } from '../protocol.js';
import { pathOf } from '../workspace.js';
import { toLspDiagnostic } from './diagnostics.js';
import type { PreviewRenders } from './preview-first.js';

/** What `fazhi/render` and `fazhi/renderToFile` do; read by render.ts on the first request (the renderer, the HTML reader). */
export function renderPreview(context: ServerContext, params: RenderParams, memos: Map<string, RenderMemo>, renders: PreviewRenders): RenderResult {
  const version = context.documents.get(params.uri)?.version;
  let memo = memos.get(params.uri);
  if (!memo && version !== undefined) memos.set(params.uri, (memo = new RenderMemo()));
  try {
    // Figures marked: the preview shows each value as its figure (never in an export's render below).
    const { parsed, document, problems } = renderDocument(context, params.uri, true, memo);
    const lines = parsed.lines;
    const page = params.page ? htmlPage(document, true) : undefined;
    return {
      ...(page ? { page: { lang: page.lang, style: page.style, blocks: page.blocks } } : { html: writeHtml(document, { preview: true }) }),
      version,
      blocks: document.blocks.map((b, index) => ({ index, range: b.source ? toLspRange(lines, b.source) : undefined })),
      problems: problems.map((p) => toLspDiagnostic(p, lines)),
    };
  } finally {
    // Once this answer (or error) is written: the edit's diagnostics, which waited for it (preview-first.ts).
    renders.rendered(params.uri, version);
  }
}

export async function renderToFile(context: ServerContext, params: RenderToFileParams): Promise<RenderToFileResult> {
  const locale = context.locale();
  const writer = documentWriter(params.format);
  if (!writer) throw new ResponseError(1, pick(locale, `不支持的格式“${params.format}”，可用：${DOCUMENT_WRITERS.map((w) => w.id).join('、')}。`, `Unsupported format "${params.format}"; available: ${DOCUMENT_WRITERS.map((w) => w.id).join(', ')}.`));
  const source = pathOf(params.uri);
  const outDir = params.outDir ? resolve(params.outDir) : source ? dirname(source) : undefined;
  if (!outDir) throw new ResponseError(1, pick(locale, '未保存的文件请指定输出文件夹（outDir）。', 'Give an outDir for a document that is not a file.'));
  const { document } = renderDocument(context, params.uri);
  const path = join(outDir, outputFileName(basename(source ?? 'report.yaml'), writer.extension));
  const content = await writer.write(document);
  try {
    // Not mkdirSync's recursive mode: it never returns under /proc, and the server would hang with it.
    makeFolder(outDir);
    sweepTemps(outDir, 'stale');
    replaceFileAtomically(path, content);
    return { path };
  } catch (err) {
    const why = whyWriteFailed(err);
    throw new ResponseError(1, pick(locale, `无法写出 ${path}：${why.zh}`, `Cannot write ${path}: ${why.en}`));
  }
}

function renderDocument(context: ServerContext, uri: string, markFigures = false, memo?: RenderMemo) {
  const locale = context.locale();
  const parsed = reportAnalysis(context, uri)?.parsed;
  if (!parsed) throw new ResponseError(1, pick(locale, `没有打开这个报告数据文件：${uri}`, `Not an open report data file: ${uri}`));
  const result = renderReport(parsed, context.workspace.catalogFor(uri), { locale, markFigures, ...(memo ? { memo } : {}) });
  if (!result.document) {
    const why = result.problems.map((p) => p.message).join('\n');
    throw new ResponseError(1, why || pick(locale, '无法渲染。', 'Cannot render.'), { problems: result.problems.map((p) => toLspDiagnostic(p, parsed.lines)) });
  }
  return { parsed, document: result.document, problems: result.problems };
}
