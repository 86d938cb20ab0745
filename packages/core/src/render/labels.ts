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
  return label.replace(/\$\{\s*([a-z_.]+)\s*\}/g, (whole, name: string) => {
    const v = values[name];
    if (typeof v === 'string' || typeof v === 'number') return String(v);
    missing.add(name);
    return '';
  });
}
