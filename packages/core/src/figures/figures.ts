/** Reading the `stats` block: look a figure up by dotted name, list them all, format a value. */

export interface FigureEntry {
  name: string;
  value: number | string;
  unit?: string;
  label?: string;
}

type Stats = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function asEntry(name: string, v: unknown): FigureEntry | undefined {
  if (typeof v === 'number' || typeof v === 'string') return { name, value: v };
  if (isRecord(v) && (typeof v.value === 'number' || typeof v.value === 'string')) {
    return {
      name,
      value: v.value,
      unit: typeof v.unit === 'string' ? v.unit : undefined,
      label: typeof v.label === 'string' ? v.label : undefined,
    };
  }
  return undefined;
}

/** The figure a dotted name refers to, or undefined when it names nothing (or a whole group). */
export function lookupFigure(stats: unknown, name: string): FigureEntry | undefined {
  let node: unknown = stats;
  for (const seg of name.split('.')) {
    if (!isRecord(node) || !Object.hasOwn(node, seg)) return undefined;
    node = node[seg];
  }
  return asEntry(name, node);
}

/** Every figure under `stats`, groups flattened to dotted names, in file order. */
export function listFigures(stats: unknown, prefix = ''): FigureEntry[] {
  if (!isRecord(stats)) return [];
  const out: FigureEntry[] = [];
  for (const [key, v] of Object.entries(stats as Stats)) {
    const name = prefix ? `${prefix}.${key}` : key;
    const entry = asEntry(name, v);
    if (entry) out.push(entry);
    else if (isRecord(v)) out.push(...listFigures(v, name));
  }
  return out;
}

/** How a figure reads in prose: the value as written (447, 189.59, 200余), without grouping commas. */
export function formatFigure(entry: FigureEntry): string {
  if (typeof entry.value === 'number') {
    return Number.isInteger(entry.value) ? String(entry.value) : String(Number(entry.value.toFixed(6)));
  }
  return entry.value;
}
