import { keyNodeAt, nodeAt, rangeOf, reportRange } from '../../parse/yaml-nodes.js';
import { compareYears, valueRange } from '../../years/compare-years.js';
import type { Range } from '../diagnostic.js';
import type { Rule, RuleContext } from '../rule.js';

const percent = (x: number) => `${Math.round(x * 100)}%`;
const clip = (s: string, n = 24) => (s.length > n ? `${s.slice(0, n)}……` : s);
/** A recycled share at or above this is a warning; below it, a note. */
const SHARE_WARNING = 0.3;

/**
 * This year's report against last year's (found by the host: `previous:` or the same folder): text carried
 * over nearly verbatim, last year's plans nothing answers, figures that jumped. Each finding points at last
 * year's file too (LSP relatedInformation).
 */
export const yearOverYear: Rule = {
  codes: ['previous-missing', 'recycled-text', 'recycled-share', 'plan-not-followed', 'figure-jump'],
  // Compares the whole report with last year's: any edit anywhere can change any of its findings.
  reads: ['previous', 'measures', 'shortcomings', 'stats', 'all prose'],
  check(ctx) {
    const lookup = ctx.previous;
    if (lookup?.problem) {
      ctx.add({ code: 'previous-missing', severity: 'error', range: previousRange(ctx), message: lookup.problem });
      return;
    }
    if (!lookup?.report) return;
    const prev = lookup.report;
    const cmp = compareYears(ctx.report, ctx.report.source, prev, { jumpFactor: ctx.jumpFactor });
    const there = (node: Parameters<typeof valueRange>[1], start?: number, end?: number): Range =>
      prev.locatable ? valueRange(prev.parsed.text, node, start, end) : { start: 0, end: 0 };
    const name = prev.source;

    for (const p of cmp.recycled.passages) {
      ctx.add({
        code: 'recycled-text',
        severity: 'warning',
        range: valueRange(ctx.report.text, p.current.node, p.current.start, p.current.end),
        message: {
          zh: `这段与去年报告几乎相同（${percent(p.similarity)}相同，数字不计）：去年写的是“${clip(p.previous.text)}”。请写今年的情况。`,
          en: `Nearly the same as last year's report (${percent(p.similarity)} alike, figures aside): last year read "${clip(p.previous.text)}".`,
        },
        related: [{ source: name, range: there(p.previous.node, p.previous.start, p.previous.end), message: { zh: '去年的原文', en: 'Last year’s text' } }],
      });
    }
    if (cmp.recycled.share > 0) {
      const share = percent(cmp.recycled.share);
      ctx.add({
        code: 'recycled-share',
        severity: cmp.recycled.share >= SHARE_WARNING ? 'warning' : 'info',
        range: previousRange(ctx),
        message: { zh: `正文的${share}与去年报告（${name}）几乎相同，共${cmp.recycled.passages.length}处。`, en: `${share} of the text is nearly the same as last year's report (${name}): ${cmp.recycled.passages.length} passages.` },
      });
    }
    for (const plan of cmp.plans) {
      if (plan.answeredBy) continue;
      ctx.add({
        code: 'plan-not-followed',
        severity: 'warning',
        range: reportRange(ctx.report.doc, ['measures']),
        message: {
          zh: `去年安排的“${plan.plan}”，今年的举措和成效里没有下文：写明做了什么，或在存在的不足里说明没有完成及原因。`,
          en: `Last year's plan "${plan.plan}" has no answer in this year's measures: say what was done, or list it among the shortcomings.`,
        },
        related: [{ source: name, range: there(plan.node), message: { zh: '去年的安排', en: 'Last year’s plan' } }],
      });
    }
    for (const f of cmp.figures) {
      if (!f.jumped || !f.currentNode) continue;
      const factor = f.ratio >= 1 ? `×${f.ratio.toFixed(1)}` : `÷${(1 / f.ratio).toFixed(1)}`;
      ctx.add({
        code: 'figure-jump',
        severity: 'warning',
        range: rangeOf(f.currentNode) ?? reportRange(ctx.report.doc, ['stats']),
        message: {
          zh: `${f.label ?? f.name}：去年${f.previous}，今年${f.current}（${factor}），变化超过${ctx.jumpFactor}倍：是不是多打或少打了一位？`,
          en: `${f.label ?? f.name}: ${f.previous} last year, ${f.current} this year (${factor}), beyond a factor of ${ctx.jumpFactor}: a digit too many or too few?`,
        },
        ...(f.previousNode ? { related: [{ source: name, range: there(f.previousNode), message: { zh: `去年：${f.previous}`, en: `Last year: ${f.previous}` } }] } : {}),
      });
    }
  },
};

/** The `previous:` value when the data names last year's file, else the `year` key. */
function previousRange(ctx: RuleContext): Range {
  return rangeOf(nodeAt(ctx.report.doc, ['previous'])) ?? rangeOf(keyNodeAt(ctx.report.doc, ['year'])) ?? reportRange(ctx.report.doc, []);
}

