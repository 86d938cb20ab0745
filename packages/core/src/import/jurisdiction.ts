import type { JurisdictionKind } from '@fazhi/schema';

export interface TitleFacts {
  name: string;
  year: number;
}

/**
 * “海安高新技术产业开发区2023年法治政府建设情况报告”, “高新区2021年度法治政府建设情况报告”,
 * “关于万源市2023年法治政府建设工作情况的报告”: the name before the year, the year.
 */
const TITLE = /^(?:关于)?(.+?)(\d{4})\s*年度?(.*)$/;
const REPORT_WORDS = /报告$/;
const SUBJECT_WORDS = /法治政府|依法行政|法治建设/;

export function looksLikeTitle(line: string): boolean {
  const ends = REPORT_WORDS.test(line) || (/情况$/.test(line) && /\d{4}\s*年/.test(line));
  return line.length <= 60 && !/[。；]/.test(line) && ends && SUBJECT_WORDS.test(line);
}

export function titleFacts(title: string): TitleFacts | undefined {
  const m = TITLE.exec(title);
  if (!m) return undefined;
  // “万源市人民政府关于2023年度……的报告”: the jurisdiction is 万源市, the government its organisation.
  const name = (m[1] as string).replace(/[“”"]/g, '').replace(/(?:人民政府|政府)?关于$/, '').trim();
  const year = Number(m[2]);
  return name && year >= 2000 && year <= 2100 ? { name, year } : undefined;
}

const PLACE = /(?:^|[，。；、：])((?:(?!在)[\p{Script=Han}]){1,14}?(?:街道办事处|街道|开发区|高新区|新区|自治县|自治州|市|县|区|镇|乡|旗))(?![委政人党])/gu;

/** The jurisdiction named in the preamble when the report has no title: “，万源市始终坚持……”. */
export function nameFromPreamble(preamble: string): string | undefined {
  for (const m of preamble.matchAll(PLACE)) {
    const name = m[1] as string;
    if (!/^(全|我|本|该|各)/.test(name)) return name;
  }
  return undefined;
}

/** The first year a text speaks of, e.g. the “2023年，” a preamble opens with. */
export function yearIn(text: string): number | undefined {
  const m = /(20\d{2})\s*年/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** The superior a salutation addresses: “中共达州市委、达州市人民政府” → 达州市. */
export function superiorFrom(recipient: string): string | undefined {
  const m = /(?:中共)?(\p{Script=Han}{2,10}?(?:市|州|县|区|盟|省))(?:委|人民政府|政府)/u.exec(recipient);
  return m?.[1];
}

const KINDS: ReadonlyArray<[RegExp, JurisdictionKind]> = [
  [/(街道办事处|街道)$/, 'street-office'],
  [/(镇|乡)(人民政府)?$/, 'township'],
  [/(开发区|高新区|经济区|园区|新区管委会)$/, 'development-zone'],
  [/(局|委员会|办公室|厅)$/, 'department'],
  [/(自治县|县|旗)$/, 'county'],
  [/区$/, 'district'],
  [/(省|自治区)$/, 'province'],
];

/** The kind a name shows; a 市 is a county-level city when it reports to another 市, else a city. */
export function kindOf(name: string, superior?: string): JurisdictionKind | undefined {
  for (const [re, kind] of KINDS) if (re.test(name)) return kind;
  if (/市$/.test(name)) return superior && /(市|州|盟)$/.test(superior) ? 'county-city' : 'city';
  return undefined;
}
