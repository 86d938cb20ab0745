import { pathToFileURL } from 'node:url';
import { CodeLensRefreshRequest, ResponseError } from 'vscode-languageserver';
import { compareHtml, compareYears, type YearComparison } from '@fazhi/core';
import { pick, reportAnalysis, type ServerContext } from '../context.js';
import { pathOf } from '../workspace.js';
import { CompareRequest, type FazhiExperimentalCapabilities, type CompareResult } from '../protocol.js';
import type { Feature } from './feature.js';

/** The command the extension registers: opens the comparison beside the YAML (与去年对比). */
export const COMPARE_COMMAND = 'fazhi.compareWithLastYear';

function comparison(context: ServerContext, uri: string): YearComparison | undefined {
  const parsed = reportAnalysis(context, uri)?.parsed;
  const report = context.previous.get(uri)?.report;
  if (!parsed || !report) return undefined;
  return compareYears(parsed, pathOf(uri) ?? uri, report, { jumpFactor: context.workspace.settings.jumpFactor });
}

/**
 * Last year at a glance: a code lens on the first line (“与去年相比：照搬 14% · 安排无下文 1 · 数字突变 1”)
 * that opens the comparison, and `fazhi/compare`, the comparison page the extension shows beside the YAML.
 */
export const yearOverYear: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false }, experimental: { fazhiCompare: true } satisfies FazhiExperimentalCapabilities },
  register(context) {
    context.connection.onCodeLens((params) => {
      const cmp = comparison(context, params.textDocument.uri);
      if (!cmp) return [];
      const locale = context.locale();
      const unanswered = cmp.plans.filter((p) => !p.answeredBy).length;
      const jumps = cmp.figures.filter((f) => f.jumped).length;
      const share = Math.round(cmp.recycled.share * 100);
      const title = pick(
        locale,
        `与去年（${cmp.previous.year ?? '?'}）相比：照搬 ${share}% · 安排无下文 ${unanswered} · 数字突变 ${jumps} — 与去年对比`,
        `Against ${cmp.previous.year ?? 'last year'}: ${share}% recycled · ${unanswered} plans unanswered · ${jumps} figure jumps — compare`,
      );
      const zero = { line: 0, character: 0 };
      return [{ range: { start: zero, end: zero }, command: { title, command: COMPARE_COMMAND, arguments: [params.textDocument.uri] } }];
    });

    context.connection.onRequest(CompareRequest, (params): CompareResult => {
      const locale = context.locale();
      const cmp = comparison(context, params.uri);
      if (!cmp) {
        throw new ResponseError(1, pick(locale, '没有找到去年的报告：在数据里写 previous: 去年的文件，或把去年的报告放在同一文件夹。', 'No report for last year: set previous: to its file, or keep it in the same folder.'));
      }
      return { html: compareHtml(cmp, locale), previous: pathToFileURL(cmp.previous.source).href, share: cmp.recycled.share };
    });

    // Last year's report is found after the document opened: ask the client for fresh lenses.
    context.onWorldChanged(() => {
      context.connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
  },
};
