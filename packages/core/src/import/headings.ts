import type { PartKey } from '../templates/manifest.js';

/** 一、…… : a first-level heading, never a sentence (no 。 inside, at most one at the end). */
const PART_HEADING = /^([一二三四五六七八九十]{1,3})[、．.]\s*(.+)$/;
/** （一）…… or (一)……: an item heading, standing alone or run into its paragraph. */
const ITEM_HEADING = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(.+)$/;

export interface PartLine {
  heading: string;
  /** Text run into the heading (“一、主要举措和成效。2023年，……”), which opens the part. */
  rest?: string;
}

export function partHeading(line: string): PartLine | undefined {
  const m = PART_HEADING.exec(line);
  if (!m) return undefined;
  const text = (m[2] as string).replace(/[。：]$/, '');
  if (text.length <= 60 && !/[。]/.test(text)) return { heading: text };
  // A run-in first-level heading counts only when it names a part: “一、二季度……” is a sentence, not a heading.
  const raw = m[2] as string;
  const stop = raw.indexOf('。');
  const heading = raw.slice(0, stop);
  return stop > 0 && stop <= 40 && partOf(heading) ? { heading, rest: raw.slice(stop + 1) } : undefined;
}

export function itemHeading(line: string): string | undefined {
  return ITEM_HEADING.exec(line)?.[2];
}

/**
 * Which of the five parts a heading names, whatever its wording: 主要举措和成效 / 工作开展情况; 不足和原因 /
 * 存在的问题 / 困难和问题; 第一责任人; 下一年度 / 主要安排 / 打算 / 计划; 其他. A thematic heading
 * (“夯实基础，……进一步健全”) names none: it is a section of the measures.
 */
const WORDINGS: ReadonlyArray<[PartKey, RegExp]> = [
  ['responsibility', /第一责任人|主要负责人履行/],
  ['shortcomings', /(不足|问题|困难|短板|差距|薄弱环节)(和|及|与|、)?(原因|问题|不足|困难|差距)?$/],
  ['plans', /下一年度|下一步|下步|明年|来年|主要安排|工作安排|打算|计划|思路|工作重点|努力方向/],
  ['measures', /举措|成效|工作开展情况|开展情况|主要工作|主要做法|工作情况|工作成绩/],
  ['others', /^其他|^其它/],
];

export function partOf(heading: string): PartKey | undefined {
  return WORDINGS.find(([, re]) => re.test(heading))?.[0];
}

/** Words a closing paragraph is made of (“法治建设任重而道远……再上一个新台阶”). */
export const CLOSING_WORDS = /任重而?道远|下一步|今后|将继续|将坚持|新台阶|新成效|新局面|奋力|再接再厉|努力推动|提供.{0,6}保障。?$/;

const DATE = /^((?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/;
const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** “2024年3月19日” or “二〇二四年三月十九日” → 2024-03-19. */
export function dateLine(line: string): string | undefined {
  const m = DATE.exec(line);
  if (!m) return undefined;
  const year = /^\d+$/.test(m[1] as string) ? Number(m[1]) : Number([...(m[1] as string)].map((c) => DIGIT[c]).join(''));
  const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : chineseToNumber(s));
  const month = num(m[2] as string);
  const day = num(m[3] as string);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function chineseToNumber(s: string): number {
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (tens === undefined ? 0 : s.includes('十') ? (tens === '' ? 1 : DIGIT[tens] ?? NaN) * 10 : 0) + (ones ? DIGIT[ones] ?? NaN : 0);
}

/** A signing organisation: short, no sentence punctuation (万源市人民政府, 塘沽街道办事处). */
export function looksLikeOrganization(line: string): boolean {
  return line.length <= 30 && !/[，。；：！？、]/.test(line) && /(政府|办事处|委员会|管委会|管理委员会|局|厅|办公室|党委|党工委)$/.test(line);
}
