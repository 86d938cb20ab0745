import { isMap, isScalar, isSeq, type Node, type Scalar } from 'yaml';
import { isPackId } from '@fazhi/schema';
import { parseReport, type ParsedReport } from '../../parse/parse-report.js';
import { nodeAt, rangeOf, reportRange } from '../../parse/yaml-nodes.js';
import { LABEL_REFERENCE, LABEL_VARIABLES } from '../../render/labels.js';
import { closest } from '../../text/suggest.js';
import { valueOffsets } from '../../text/scalar-offsets.js';
import type { Locale } from '../../validate/diagnostic.js';
import type { Finding } from '../../validate/rule.js';
import { schemaFindings } from '../../validate/schema/schema-findings.js';
import type { TemplateCatalog } from '../catalog.js';
import { isStandardPart, PART_KEYS } from '../manifest.js';
import { manifestSchema } from '../manifest-schema.js';
import { unknownTemplate } from '../unknown-template.js';
import { checkRequiredPath } from './check-requires.js';

export interface ManifestCheckOptions {
  /** The pack's folder name, which `id` must equal; unchecked when absent (a manifest not in a pack folder). */
  folder?: string;
  /** The packs `extends` may name; `extends` and labels inherited from it are unchecked without one. */
  catalog?: TemplateCatalog;
  source?: string;
  locale?: Locale;
}

export interface ManifestCheck {
  parsed: ParsedReport;
  /** Every problem, positioned in the manifest's text: syntax, the manifest schema, then the checks below. */
  findings: Finding[];
}

/**
 * A template.yaml as its maintainer writes it, checked where each problem is written: the manifest schema (the same
 * findings a data file gets, against the manifest's schema), `id` against the folder, `extends` against the packs
 * there are, every `requires:` path against the report schema, every `order` key against the standard parts and
 * the labels (the pack's own and inherited), every `${…}` in a label against the values labels can use.
 * `fazhi templates lint` and the language server both report these.
 */
export function checkManifest(text: string, options: ManifestCheckOptions = {}): ManifestCheck {
  const parsed = parseReport(text, { source: options.source ?? 'template.yaml', locale: options.locale ?? 'zh' });
  const findings: Finding[] = parsed.problems.map((p) => ({ code: p.code, severity: p.severity, range: p.range, message: { zh: p.message, en: p.message } }));
  if (parsed.data === undefined || findings.some((f) => f.severity === 'error')) return { parsed, findings };
  findings.push(...schemaFindings(parsed.doc, parsed.data, manifestSchema));
  const data = (isRecord(parsed.data) ? parsed.data : {}) as Record<string, unknown>;
  const doc = parsed.doc;
  const error = (code: string, node: Node | undefined, zh: string, en: string, fix?: string) => {
    const range = rangeOf(node) ?? reportRange(doc, []);
    findings.push({ code, severity: 'error', range, message: { zh, en }, ...(fix ? { fix: { title: { zh: `改为 ${fix}`, en: `Change to ${fix}` }, edits: [{ range, newText: fix }] } } : {}) });
  };

  if (options.folder !== undefined && typeof data.id === 'string' && data.id !== options.folder) {
    error('manifest-id', nodeAt(doc, ['id']), `id 是“${data.id}”，但文件夹名是“${options.folder}”：两者必须相同。`, `id is "${data.id}" but the folder is "${options.folder}": they must be the same.`, isPackId(options.folder) ? options.folder : undefined);
  }

  const catalog = options.catalog;
  let inheritedLabels: Record<string, string> = {};
  if (catalog && typeof data.extends === 'string' && isPackId(data.extends)) {
    const node = nodeAt(doc, ['extends']);
    if (data.extends === options.folder || data.extends === data.id) {
      error('template-extends', node, `模板不能继承自己（extends: ${data.extends}）。`, `A pack cannot extend itself (extends: ${data.extends}).`);
    } else if (!catalog.has(data.extends)) {
      const { suggestion, zh, en } = unknownTemplate(data.extends, catalog.ids());
      error('unknown-template', node, zh, en, suggestion);
    } else {
      const parent = catalog.resolve(data.extends);
      if (parent.manifest) inheritedLabels = parent.manifest.labels;
      else error('template-extends', node, `继承的模板“${data.extends}”有错误：${parent.problems.map((p) => p.message).join(' ')}`, `The pack "${data.extends}" extended here has problems: ${parent.problems.map((p) => p.message_en).join(' ')}`);
    }
  }

  for (const item of seqItems(nodeAt(doc, ['requires']))) {
    if (typeof item.value !== 'string') continue;
    const wrong = checkRequiredPath(item.value);
    if (wrong) error('requires-path', item, wrong.zh, wrong.en);
  }

  const labels = { ...inheritedLabels, ...(isRecord(data.labels) ? data.labels : {}) };
  for (const item of seqItems(nodeAt(doc, ['order']))) {
    const key = item.value;
    if (typeof key !== 'string' || isStandardPart(key) || typeof labels[key] === 'string') continue;
    const hint = closest(key, [...PART_KEYS]);
    error(
      'order-part',
      item,
      `order 里的“${key}”不是五个标准部分（${PART_KEYS.join('、')}）之一，也没有标题：在 labels.${key} 里给它一个标题，或改正拼写。${hint ? `是不是“${hint}”？` : ''}`,
      `order lists "${key}", which is not one of the five standard parts (${PART_KEYS.join(', ')}) and has no heading: give it one under labels (labels.${key}), or fix the spelling.${hint ? ` Did you mean "${hint}"?` : ''}`,
      hint,
    );
  }

  const labelsNode = nodeAt(doc, ['labels']);
  if (isMap(labelsNode)) {
    for (const pair of labelsNode.items) {
      if (isScalar(pair.value) && typeof pair.value.value === 'string') findings.push(...labelVariableFindings(text, pair.value as Scalar, String((pair.key as Scalar | null)?.value)));
    }
  }
  // In the order they are written, as a maintainer reads them.
  return { parsed, findings: findings.sort((a, b) => a.range.start - b.range.start) };
}

const KNOWN = LABEL_VARIABLES.map((v) => v.name);
const LISTED = { zh: KNOWN.map((n) => `\${${n}}`).join('、'), en: KNOWN.map((n) => `\${${n}}`).join(', ') };

/** Each `${name}` of a label that no value fills, at the reference itself. */
function labelVariableFindings(text: string, scalar: Scalar, key: string): Finding[] {
  const value = String(scalar.value);
  const out: Finding[] = [];
  let offsetOf: ((index: number) => number) | undefined;
  for (const m of value.matchAll(LABEL_REFERENCE)) {
    const name = m[1] as string;
    if (KNOWN.includes(name)) continue;
    offsetOf ??= valueOffsets(text, scalar);
    const start = offsetOf(m.index);
    const end = offsetOf(m.index + m[0].length - 1) + 1;
    const hint = closest(name, KNOWN);
    const range = { start, end };
    out.push({
      code: 'label-variable',
      severity: 'error',
      range,
      message: {
        zh: `标题 labels.${key} 用到了未知的 \${${name}}：可用 ${LISTED.zh}。${hint ? `是不是 \${${hint}}？` : ''}`,
        en: `The label labels.${key} uses an unknown \${${name}}: use ${LISTED.en}.${hint ? ` Did you mean \${${hint}}?` : ''}`,
      },
      ...(hint ? { fix: { title: { zh: `改为 \${${hint}}`, en: `Change to \${${hint}}` }, edits: [{ range, newText: `\${${hint}}` }] } } : {}),
    });
  }
  return out;
}

function seqItems(node: Node | undefined): Scalar[] {
  return isSeq(node) ? node.items.filter((i): i is Scalar => isScalar(i)) : [];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
