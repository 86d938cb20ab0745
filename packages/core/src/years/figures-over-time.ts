import { isMap, isScalar, type Scalar } from 'yaml';
import { listFigures, type FigureEntry } from '../figures/figures.js';
import type { ParsedReport } from '../parse/parse-report.js';

/** A figure both years name, with the change. */
export interface FigureChange {
  name: string;
  label?: string;
  previous: number;
  current: number;
  /** current / previous (Infinity when last year's was 0). */
  ratio: number;
  /** Beyond the jump factor either way, and large enough to matter. */
  jumped: boolean;
  /** The value's node in each file, for the finding and its related location. */
  currentNode?: Scalar;
  previousNode?: Scalar;
}

/** Below this, counts vary by chance (2 cases → 20): only larger figures are judged by their ratio. */
const MATTERS = 20;

/** The same named figures (stats paths) in both years, in this year's file order, with their change. */
export function figureChanges(previous: ParsedReport, current: ParsedReport, jumpFactor: number): FigureChange[] {
  const before = new Map(numbers(previous.data).map((e) => [e.name, e]));
  const out: FigureChange[] = [];
  for (const now of numbers(current.data)) {
    const was = before.get(now.name);
    if (!was) continue;
    const [p, c] = [was.value as number, now.value as number];
    const ratio = p === 0 ? (c === 0 ? 1 : Infinity) : c / p;
    const jumped = p > 0 && c > 0 && Math.max(p, c) >= MATTERS && (ratio >= jumpFactor || ratio <= 1 / jumpFactor);
    out.push({
      name: now.name,
      ...(now.label ?? was.label ? { label: now.label ?? was.label } : {}),
      previous: p,
      current: c,
      ratio,
      jumped,
      currentNode: valueNode(current, now.name),
      previousNode: valueNode(previous, was.name),
    });
  }
  return out;
}

/** Figures written as numbers (a text such as “200余” has no ratio). */
function numbers(data: unknown): FigureEntry[] {
  const stats = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).stats : undefined;
  return listFigures(stats).filter((e) => typeof e.value === 'number');
}

function valueNode(parsed: ParsedReport, name: string): Scalar | undefined {
  const node = parsed.doc.getIn(['stats', ...name.split('.')], true);
  if (isScalar(node)) return node;
  const value = isMap(node) ? node.get('value', true) : undefined;
  return isScalar(value) ? value : undefined;
}
