import type { JurisdictionKind } from '@fazhi/schema';

export interface TitleFacts {
  /** Absent when the words before the year name no plausible jurisdiction. */
  name?: string;
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
  const year = Number(m[2]);
  if (!(year >= 2000 && year <= 2100)) return undefined;
  const name = nameFromIssuer((m[1] as string).replace(/[“”"]/g, '').trim());
  return name ? { name, year } : { year };
}

/** Words a place or organ name is made of: a clause (“现将我县”, “紧紧围绕…和全市”) has others. */
/** Words of a clause, never of a name, wherever they stand. */
const CLAUSE_WORDS = '贯彻|领导|围绕|推动|坚持|建设|工作|法治';
const NOT_A_NAME = new RegExp(`^(现将|为|结合|紧紧|认真|着力|推动|围绕|对|在|和|与|我|全|本|该|各|市政府|县政府|区政府|省政府|市委|县委|区委)|[的和将为对着了与及]|${CLAUSE_WORDS}`);
// 街 alone: street offices named without 道 (鹤龙街, as Guangzhou's are).
const NAME_END = /(省|自治区|市|州|盟|地区|县|旗|区|镇|乡|街道|街道办事处|街|开发区|高新区|新区|园区|局|厅|部|委员会|办公室)$/;

/**
 * In an organ's name (a title's issuer, a signature) the words are a name by their place, so only what no place
 * name holds rules one out (and 全市, 本县: no name at all): 仁和镇, 将乐县, 和平区, 全椒县 and 本溪市 are names there, though in a preamble's clause
 * (“紧紧围绕……和全市”, “现将我县”) those characters mark words that are not.
 */
const NOT_AN_ORGAN_NAME = new RegExp(`^(现将|结合|紧紧|认真|着力)|^[全本我该各][省市州县区镇乡旗]$|[的了着]|${CLAUSE_WORDS}`);

/**
 * A jurisdiction's name or nothing: a wrong name is worse than none (the writer is asked to fill it in). `inOrgan`:
 * the words stand where an organ's name does, and only NOT_AN_ORGAN_NAME rules them out.
 */
export function plausibleName(name: string, inOrgan = false): string | undefined {
  const notAName = inOrgan ? NOT_AN_ORGAN_NAME : NOT_A_NAME;
  return name.length >= 2 && name.length <= 20 && NAME_END.test(name) && !notAName.test(name) && /^\p{Script=Han}+$/u.test(name) ? name : undefined;
}

/**
 * The jurisdiction in the words before a title's year: “万源市人民政府关于” → 万源市; “关于示例县” → 示例县;
 * “中共嘉兴市委 嘉兴市人民政府关于嘉兴市” → 嘉兴市; “示例区人民政府示例街道办事处关于” → 示例街道办事处;
 * “示例县示例乡人民政府” → 示例县示例乡. Anything that is not a plausible name gives none.
 */
export function nameFromIssuer(words: string): string | undefined {
  const [issuer = '', subject = ''] = words.split(/关于/);
  // “关于示例县2023年……”: the place named after 关于 is the subject of the report.
  const place = plausibleName(subject) ?? plausibleName(subject.replace(/(人民政府|政府)$/, ''), true);
  if (place) return place;
  // Joint organs (“中共示例市委、示例市人民政府”): the government is the last one named.
  const organs = issuer.split(/[、\s]+/).filter(Boolean);
  // “中共示例市委示例市人民政府” without a separator: the Party committee is not the jurisdiction.
  const last = (organs[organs.length - 1] ?? '').replace(/^中共/, '').replace(/^\p{Script=Han}{2,10}?(?:委员会|委)(?=\p{Script=Han}{2,}(?:人民政府|政府)$)/u, '');
  const withinGovernment = /人民政府(.+(街道办事处|街道|镇|乡))$/.exec(last)?.[1];
  return plausibleName(withinGovernment ?? last.replace(/(人民政府|政府)$/, ''), true);
}

const PLACE = /(?:^|[，。；、：])((?:(?!在)[\p{Script=Han}]){1,14}?(?:街道办事处|街道|街(?!道)|开发区|高新区|新区|自治县|自治州|自治区|市|县|区|镇|乡|旗|部|厅|局))(?![委政人党])/gu;
/** What the jurisdiction does in the preamble's first sentence: “，万源市始终坚持……”. */
const SUBJECT_VERB = /^(始终|坚持|全面|深入|认真|紧紧|持续|扎实|以|在|聚焦|围绕|高度|切实|积极|牢固)/;

/**
 * The jurisdiction named in the preamble when the report has no title: “，万源市始终坚持……”. Only a name that
 * acts in its sentence or recurs in the report counts; anything else is left for the writer.
 */
export function nameFromPreamble(preamble: string, text = preamble): string | undefined {
  for (const m of preamble.matchAll(PLACE)) {
    const name = plausibleName(m[1] as string);
    if (!name) continue;
    const after = preamble.slice((m.index ?? 0) + m[0].length);
    if (SUBJECT_VERB.test(after) || text.split(name).length > 2) return name;
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
  for (const m of recipient.matchAll(/(?:中共)?(\p{Script=Han}{2,10}?(?:自治区|省|市|州|县|区|盟))(?:委员会|委|人民政府|政府)/gu)) {
    const name = plausibleName((m[1] as string).replace(/^中共/, ''), true);
    if (name) return name;
  }
  return undefined;
}

/** The four municipalities directly under the central government rank as provinces. */
const MUNICIPALITIES = /^(北京市|天津市|上海市|重庆市)$/;

const KINDS: ReadonlyArray<[RegExp, JurisdictionKind]> = [
  [/(省|自治区)$/, 'province'],
  [MUNICIPALITIES, 'province'],
  [/(街道办事处|街道|街)$/, 'street-office'],
  [/(镇|乡)(人民政府)?$/, 'township'],
  [/(开发区|高新区|经济区|园区|新区管委会)$/, 'development-zone'],
  [/(局|委员会|办公室|厅|部)$/, 'department'],
  [/(自治县|县|旗)$/, 'county'],
  [/区$/, 'district'],
];

/** The kind a name shows; a 市 is a county-level city when it reports to another 市, else a city. */
export function kindOf(name: string, superior?: string): JurisdictionKind | undefined {
  for (const [re, kind] of KINDS) if (re.test(name)) return kind;
  if (/市$/.test(name)) return superior && /(市|州|盟)$/.test(superior) ? 'county-city' : 'city';
  return undefined;
}
