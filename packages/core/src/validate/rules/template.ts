import { isPackId } from '@fazhi/schema';
import { firstKeyRange, nodeAt, rangeOf, reportRange } from '../../parse/yaml-nodes.js';
import { compilePack } from '../../render/compile-pack.js';
import { TemplateError } from '../../render/template-error.js';
import { templateProblemLocation } from '../../templates/catalog.js';
import { PART_KEYS, type Show } from '../../templates/manifest.js';
import { unknownTemplate } from '../../templates/unknown-template.js';
import type { Rule, RuleContext } from '../rule.js';

const hasValue = (data: unknown, path: string[]): boolean => {
  const v = path.reduce<unknown>((node, k) => (node as Record<string, unknown> | undefined)?.[k], data);
  return v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '') && !(Array.isArray(v) && v.length === 0);
};

/** The `template:` id names a pack; the pack's required fields are present; nothing written goes unprinted. */
export const template: Rule = {
  codes: ['unknown-template', 'template-broken', 'template-requires', 'not-printed'],
  check(ctx) {
    const catalog = ctx.templates;
    const id = ctx.data?.template;
    if (!catalog || typeof id !== 'string' || !isPackId(id)) return;
    const range = rangeOf(nodeAt(ctx.report.doc, ['template'])) ?? firstKeyRange(ctx.report.doc);
    if (!catalog.has(id)) {
      const { suggestion, zh, en } = unknownTemplate(id, catalog.ids());
      ctx.add({
        code: 'unknown-template',
        severity: 'error',
        range,
        message: { zh, en },
        fix: suggestion ? { title: { zh: `改为 ${suggestion}`, en: `Change to ${suggestion}` }, edits: [{ range, newText: suggestion }] } : undefined,
      });
      return;
    }
    const { manifest, problems } = catalog.resolve(id);
    if (!manifest) {
      const first = problems[0];
      ctx.add({
        code: 'template-broken',
        severity: 'error',
        range,
        message: {
          zh: `模板“${id}”有错误，无法使用：${first ? `${templateProblemLocation(first)}：${first.message}` : ''}`,
          en: `Template "${id}" is broken: ${first ? `${templateProblemLocation(first)}: ${first.message_en}` : ''}`,
        },
      });
      return;
    }
    // A syntax error in the pack's .hbs files would only show at render time; the writer should hear of it
    // while editing. Compiled packs are cached per catalog, so this costs nothing after the first check.
    try {
      compilePack(catalog, manifest);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      ctx.add({
        code: 'template-broken',
        severity: 'error',
        range,
        message: {
          zh: `模板“${id}”有错误，无法渲染：${error.location}：${error.message}（请告诉模板的维护者）`,
          en: `Template "${id}" is broken: ${error.location}: ${error.messageEn} (tell the template's maintainer)`,
        },
      });
    }
    for (const req of manifest.requires) {
      const path = req.split('.');
      if (hasValue(ctx.data, path)) continue;
      ctx.add({
        code: 'template-requires',
        severity: 'error',
        range: path.length > 1 ? reportRange(ctx.report.doc, path.slice(0, -1)) : range,
        message: {
          zh: `模板“${manifest.name}”要求填写 ${req}。`,
          en: `Template "${manifest.name_en || id}" requires ${req}.`,
        },
      });
    }
    notPrinted(ctx, manifest.sequence, manifest.show, manifest.name);
  },
};

function notPrinted(ctx: RuleContext, order: readonly string[], show: Show, name: string) {
  const data = ctx.data ?? {};
  for (const part of PART_KEYS) {
    if (data[part] === undefined || order.includes(part)) continue;
    ctx.add({
      code: 'not-printed',
      severity: 'warning',
      range: reportRange(ctx.report.doc, [part]),
      message: {
        zh: `模板“${name}”不印“${part}”这一部分，这里的内容不会出现在报告里。`,
        en: `The template does not print the "${part}" part: this content will not appear in the report.`,
      },
    });
  }
  const extra = ctx.data?.extra_parts;
  for (const part of typeof extra === 'object' && extra !== null ? Object.keys(extra) : []) {
    if (order.includes(part)) continue;
    ctx.add({
      code: 'not-printed',
      severity: 'warning',
      range: reportRange(ctx.report.doc, ['extra_parts', part]),
      message: {
        zh: `模板“${name}”的 order 里没有“${part}”，这一部分不会出现在报告里。可用的部分：${order.join('、')}。`,
        en: `The template's order has no "${part}": this part will not appear in the report. Parts it prints: ${order.join(', ')}.`,
      },
    });
  }
  const optional: Array<[string, keyof Show, string]> = [
    ['document_number', 'document_number', '发文字号'],
    ['attachments', 'attachments', '附件'],
    ['copy_to', 'copy_to', '抄送机关'],
    ['printed_by', 'printed_by', '印发机关和印发日期'],
    ['recipient', 'salutation', '称呼（主送机关）'],
    ['closing', 'closing', '结束语'],
    ['signature', 'signature', '落款'],
    ['title', 'title', '标题'],
  ];
  for (const [key, flag, zh] of optional) {
    if (data[key] === undefined || show[flag]) continue;
    ctx.add({
      code: 'not-printed',
      severity: 'info',
      range: reportRange(ctx.report.doc, [key]),
      message: { zh: `模板“${name}”不印${zh}。`, en: `The template does not print the ${key}.` },
    });
  }
}
