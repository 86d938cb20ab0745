import { expandLabel } from '../render/labels.js';
import { chineseNumeral } from '../text/cjk.js';
import { PART_KEYS, type PartKey, type ResolvedManifest } from '../templates/manifest.js';
import { PLACEHOLDER } from '../validate/rules/placeholder.js';
import { finishLead, finishPoints, type Body } from './body.js';
import type { Outline } from './outline.js';
import type { YamlComments } from './write-yaml.js';

type Rec = Record<string, unknown>;

/** The outline as report data for the chosen pack: headings and a title the pack would print differently are kept as overrides. */
export function toData(outline: Outline, manifest: ResolvedManifest, base: Rec): { data: Rec; comments: YamlComments } {
  const data: Rec = { template: manifest.id, ...base };
  const label = (key: 'title' | PartKey) => expandLabel(manifest.labels[key], data, new Set());
  if (outline.recipient) data.recipient = outline.recipient;
  if (outline.title && outline.title !== label('title')) data.title = outline.title;
  if (outline.preamble.length) {
    const text = outline.preamble.join('\n\n');
    const cites = [...new Set([...text.matchAll(/《([^《》]+)》/g)].map((m) => m[1] as string))];
    data.preamble = cites.length ? { text, cites } : { text };
  }
  const sections = outline.parts.filter((p) => p.key === 'section');
  const parts = new Map<PartKey, Rec>();
  if (sections.length) parts.set('measures', { sections: sections.map((s) => ({ title: s.heading, ...body(s.body) })) });
  for (const p of outline.parts) {
    if (p.key === 'section') continue;
    parts.set(p.key, { ...(p.heading !== label(p.key) ? { title: p.heading } : {}), ...body(p.body) });
  }
  const order = [...manifest.order, ...PART_KEYS.filter((k) => !manifest.order.includes(k))];
  for (const key of order) if (parts.has(key)) data[key] = parts.get(key);
  if (outline.closing.length) data.closing = outline.closing.join('\n\n');
  if (outline.signature) data.signature = { organization: outline.signature.organization ?? PLACEHOLDER, date: outline.signature.date };
  if (outline.unplaced.length) data.unplaced = [...outline.unplaced];
  return { data, comments: dataComments(data, manifest) };
}

function body(b: Body): Rec {
  const out: Rec = {};
  const intro = finishLead(b);
  if (intro !== undefined) out.intro = intro;
  if (b.items.length) {
    out.items = b.items.map((it) => {
      const text = finishLead(it);
      return { title: it.title, ...(text !== undefined ? { text } : {}), ...(it.points.length ? { points: finishPoints(it) } : {}) };
    });
  }
  if (b.points.length) out.points = finishPoints(b);
  return out;
}

/** A Chinese comment on each part saying which heading it prints as (一、…), so the file reads like the report. */
export function dataComments(data: Rec, manifest: ResolvedManifest): YamlComments {
  const label = (key: PartKey) => expandLabel(manifest.labels[key], data, new Set());
  const keys: Record<string, string> = {
    jurisdiction: '报告单位',
    recipient: '主送机关（称呼行）',
    title: '标题：与模板的标题不同，所以写在这里',
    preamble: '导语',
    closing: '结束语',
    signature: '落款',
    unplaced: '导入时未能归类的文字：请移到合适的部分，然后删除 unplaced（这里的文字不会印出）',
  };
  const elements: YamlComments['elements'] = [];
  let n = 0;
  for (const key of [...manifest.order, ...PART_KEYS.filter((k) => !manifest.order.includes(k))]) {
    const part = data[key] as Rec | undefined;
    if (!part) continue;
    const printed = manifest.order.includes(key);
    const sections = Array.isArray(part.sections) ? (part.sections as Rec[]) : [];
    if (sections.length && printed) {
      const span = sections.length === 1 ? `${chineseNumeral(n + 1)}、` : `${chineseNumeral(n + 1)}、至${chineseNumeral(n + sections.length)}、`;
      keys[key] = `主要举措和成效：以专题作一级标题（${span}）`;
      elements.push({ path: [key, 'sections'], comments: sections.map((s) => `${chineseNumeral(++n)}、${String(s.title)}`) });
      continue;
    }
    const heading = typeof part.title === 'string' ? part.title : label(key);
    keys[key] = printed ? `${chineseNumeral(++n)}、${heading}` : `${heading}（模板“${manifest.id}”不印这一部分）`;
  }
  return { keys, elements };
}
