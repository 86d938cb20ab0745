import type { Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { valueOffsets } from '../text/scalar-offsets.js';
import type { Message, Range } from '../validate/diagnostic.js';
import { figureChanges, type FigureChange } from './figures-over-time.js';
import { followUpPlans, type PlanFollowUp } from './plans-followed.js';
import { DEFAULT_JUMP_FACTOR, type PreviousReport, type YearOverYearOptions } from './previous-report.js';
import { findRecycled, type RecycledText } from './recycled.js';
import { reportSentences } from './text-units.js';

/** The parts a comparison lists, in the regulation's order, with the furniture around them. */
export const COMPARED_PARTS: ReadonlyArray<{ key: string; title: Message }> = [
  { key: 'preamble', title: { zh: '导语', en: 'Preamble' } },
  { key: 'measures', title: { zh: '主要举措和成效', en: 'Measures and results' } },
  { key: 'shortcomings', title: { zh: '存在的不足和原因', en: 'Shortcomings' } },
  { key: 'responsibility', title: { zh: '第一责任人职责', en: 'First-responsible-person duties' } },
  { key: 'plans', title: { zh: '下一年度主要安排', en: 'Plans' } },
  { key: 'others', title: { zh: '其他需要报告的情况', en: 'Other matters' } },
  { key: 'signature', title: { zh: '落款', en: 'Signature' } },
  { key: 'published', title: { zh: '发布日期', en: 'Published' } },
];

export interface ReportFacts {
  source: string;
  year?: number;
  jurisdiction?: string;
  template?: string;
}

/** Two years of one jurisdiction's report side by side: what `fazhi compare`, the checks and the editor show. */
export interface YearComparison {
  current: ReportFacts;
  previous: ReportFacts;
  parts: Array<{ key: string; title: Message; current: boolean; previous: boolean }>;
  figures: FigureChange[];
  recycled: RecycledText;
  plans: PlanFollowUp[];
  jumpFactor: number;
}

export function compareYears(current: ParsedReport, currentSource: string, previous: PreviousReport, options: YearOverYearOptions = {}): YearComparison {
  const jumpFactor = options.jumpFactor ?? DEFAULT_JUMP_FACTOR;
  const has = (parsed: ParsedReport, key: string) => record(parsed.data)[key] !== undefined;
  return {
    current: reportFacts(current, currentSource),
    previous: reportFacts(previous.parsed, previous.source),
    parts: COMPARED_PARTS.map(({ key, title }) => ({ key, title, current: has(current, key), previous: has(previous.parsed, key) })),
    figures: figureChanges(previous.parsed, current, jumpFactor),
    recycled: findRecycled(reportSentences(current), reportSentences(previous.parsed)),
    plans: followUpPlans(previous.parsed, current),
    jumpFactor,
  };
}

export function reportFacts(parsed: ParsedReport, source: string): ReportFacts {
  const data = record(parsed.data);
  const jurisdiction = record(data.jurisdiction).name;
  return {
    source,
    ...(typeof data.year === 'number' ? { year: data.year } : {}),
    ...(typeof jurisdiction === 'string' ? { jurisdiction } : {}),
    ...(typeof data.template === 'string' ? { template: data.template } : {}),
  };
}

/** Source offsets of [start, end) of a scalar's value. */
export function valueRange(text: string, node: Scalar, start = 0, end = String(node.value).length): Range {
  const at = valueOffsets(text, node);
  return { start: at(start), end: end > start ? at(end - 1) + 1 : at(start) };
}

const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
