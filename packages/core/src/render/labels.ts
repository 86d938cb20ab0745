/** The `${…}` a manifest label may use, with what each gives (completion and hover show it; lint checks against it). */
export const LABEL_VARIABLES: ReadonlyArray<{ name: string; zh: string; en: string }> = [
  { name: 'year', zh: '报告年度，如 2023', en: 'the report year, e.g. 2023' },
  { name: 'next_year', zh: '报告年度的下一年，如 2024（“下一年度安排”）', en: 'the year after the report year, e.g. 2024 (for the plans)' },
  { name: 'jurisdiction.name', zh: '报告单位全称，如 万源市', en: "the jurisdiction's full name" },
  { name: 'jurisdiction.short_name', zh: '报告单位简称（没有简称时用全称），如 高新区', en: "the jurisdiction's short name (its full name when it has none)" },
  { name: 'jurisdiction.province', zh: '所在省份', en: 'the province' },
  { name: 'jurisdiction.superior', zh: '上级，如 达州市', en: 'the level above' },
];

/** A `${name}` in a label (spaces inside the braces allowed). */
export const LABEL_REFERENCE = /\$\{\s*([a-z_.]+)\s*\}/g;

/** Fills `${year}`, `${next_year}`, `${jurisdiction.name}` style references in a manifest label. */
export function expandLabel(label: string, data: Record<string, unknown>, missing: Set<string>): string {
  const year = Number(data.year);
  const jurisdiction = (typeof data.jurisdiction === 'object' && data.jurisdiction !== null ? data.jurisdiction : {}) as Record<string, unknown>;
  const values: Record<string, unknown> = {
    year: Number.isInteger(year) ? year : undefined,
    next_year: Number.isInteger(year) ? year + 1 : undefined,
    'jurisdiction.name': jurisdiction.name,
    // A title “高新区2021年度…” uses the short name; without one the full name is still right.
    'jurisdiction.short_name': jurisdiction.short_name ?? jurisdiction.name,
    'jurisdiction.province': jurisdiction.province,
    'jurisdiction.superior': jurisdiction.superior,
  };
  return label.replace(LABEL_REFERENCE, (whole, name: string) => {
    const v = values[name];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    missing.add(name);
    return '';
  });
}
