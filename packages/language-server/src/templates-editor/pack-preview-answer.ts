import { ResponseError } from 'vscode-languageserver';
import { templateProblemLocation, writeHtml } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';
import { toLspDiagnostic } from '../features/diagnostics.js';
import { toLspRange } from '../positions.js';
import type { RenderPackParams, RenderPackResult } from '../protocol.js';
import { packFileOf } from './pack-file.js';
import { renderThroughPack } from './pack-render.js';
import type { PackStates } from './pack-state.js';

/** What `fazhi/renderPack` answers; read by pack-preview.ts on the first request (the renderer, the HTML reader). */
export function renderPackPreview(context: ServerContext, states: PackStates, params: RenderPackParams): RenderPackResult {
  const locale = context.locale();
  const pack = packFileOf(params.uri);
  if (!pack) throw new ResponseError(1, pick(locale, `不是模板文件夹里的文件（同一文件夹或上一级要有 template.yaml）：${params.uri}`, `Not a file of a template pack (a folder with template.yaml): ${params.uri}`));
  const state = states.get(pack);
  if (!state.manifest) {
    const why = state.problems.map((p) => pick(locale, `${templateProblemLocation(p)}：${p.message}`, `${templateProblemLocation(p)}: ${p.message_en}`)).join('\n');
    return { packId: pack.packId, reportUri: '', blocks: [], problems: [], error: pick(locale, `模板“${pack.packId}”有错误，无法预览：\n${why}`, `Pack "${pack.packId}" is broken and cannot preview:\n${why}`) };
  }
  const render = renderThroughPack(context, state, locale, params.report);
  if (!render) {
    const missing = pick(locale, `模板“${pack.packId}”和它的上级模板都没有 example.yaml：在模板文件夹里放一个示例报告，或在旁边打开一个报告再预览。`, `Neither pack "${pack.packId}" nor its parents have an example.yaml: add one, or open a report beside it and preview again.`);
    return { packId: pack.packId, reportUri: '', blocks: [], problems: [], error: params.report ? pick(locale, `无法读取报告 ${params.report}。`, `Cannot read the report ${params.report}.`) : missing };
  }
  const { parsed, result, reportUri } = render;
  const lines = parsed.lines;
  const problems = result.problems.map((p) => toLspDiagnostic(p, lines));
  if (!result.document) {
    return { packId: pack.packId, reportUri, blocks: [], problems, error: result.problems.map((p) => p.message).join('\n') || pick(locale, '无法渲染。', 'Cannot render.') };
  }
  return {
    packId: pack.packId,
    reportUri,
    html: writeHtml(result.document, { preview: true }),
    blocks: result.document.blocks.map((b, index) => ({ index, range: b.source ? toLspRange(lines, b.source) : undefined })),
    problems,
  };
}
