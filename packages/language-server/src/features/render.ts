import { basename, dirname, join, resolve } from 'node:path';
import { ResponseError, type Range as LspRange } from 'vscode-languageserver';
import { makeFolder, replaceFileAtomically, sweepTemps, whyWriteFailed } from '@fazhi/core/node';
import { DOCUMENT_WRITERS, documentWriter, outputFileName, renderReport, writeHtml } from '@fazhi/core';
import { pick, reportAnalysis, type ServerContext } from '../context.js';
import { toLspRange } from '../positions.js';
import { pathOf } from '../workspace.js';
import { toLspDiagnostic } from './diagnostics.js';
import type { Feature } from './feature.js';

export interface RenderParams {
  uri: string;
}

export interface RenderResponse {
  /** Preview HTML (no external resources); each block element carries `data-block="<index>"`. */
  html: string;
  /** Where each output block came from in the YAML, for linking preview and source both ways. */
  blocks: Array<{ index: number; range?: LspRange }>;
  /** Template or data problems met while rendering (the document renders anyway when it can). */
  problems: ReturnType<typeof toLspDiagnostic>[];
}

export interface RenderToFileParams {
  uri: string;
  format: string;
  /** Folder to write into; defaults to the data file's own folder. */
  outDir?: string;
}

/** `fazhi/render` for the live preview and `fazhi/renderToFile` for an export command. */
export const render: Feature = {
  capabilities: { experimental: { fazhiRender: true, fazhiRenderFormats: DOCUMENT_WRITERS.map((w) => w.id) } },
  register(context) {
    context.connection.onRequest('fazhi/render', (params: RenderParams): RenderResponse => {
      // Figures marked: the preview shows each value as its figure (never in an export's render below).
      const { parsed, document, problems } = renderDocument(context, params.uri, true);
      const lines = parsed.lines;
      return {
        html: writeHtml(document, { preview: true }),
        blocks: document.blocks.map((b, index) => ({ index, range: b.source ? toLspRange(lines, b.source) : undefined })),
        problems: problems.map((p) => toLspDiagnostic(p, lines)),
      };
    });

    context.connection.onRequest('fazhi/renderToFile', async (params: RenderToFileParams): Promise<{ path: string }> => {
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
    });
  },
};

function renderDocument(context: ServerContext, uri: string, markFigures = false) {
  const locale = context.locale();
  const parsed = reportAnalysis(context, uri)?.parsed;
  if (!parsed) throw new ResponseError(1, pick(locale, `没有打开这个报告数据文件：${uri}`, `Not an open report data file: ${uri}`));
  const result = renderReport(parsed, context.workspace.catalog, { locale, markFigures });
  if (!result.document) {
    const why = result.problems.map((p) => p.message).join('\n');
    throw new ResponseError(1, why || pick(locale, '无法渲染。', 'Cannot render.'), { problems: result.problems.map((p) => toLspDiagnostic(p, parsed.lines)) });
  }
  return { parsed, document: result.document, problems: result.problems };
}
