/** Character classes of Chinese text. */

/** Han ideographs (including extension A and compatibility) and the CJK symbol block. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f]/;
/** Full-width forms used in Chinese punctuation: ，：；（）！？ and friends, plus “”‘’…—·《》 */
const FULLWIDTH_PUNCT = /[\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u2018\u2019\u201c\u201d\u2026\u2014\u00b7]/;

export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** A character that belongs to Chinese running text: an ideograph or full-width punctuation. */
export function isChineseText(ch: string | undefined): boolean {
  return ch !== undefined && (HAN.test(ch) || FULLWIDTH_PUNCT.test(ch));
}

export function containsHan(s: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff]/.test(s);
}

/** Half-width punctuation and its full-width form. */
export const FULLWIDTH_OF: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九. Chinese enumerators go to 99 in practice. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return NUMERALS[ones] as string;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[ones]}`;
}
