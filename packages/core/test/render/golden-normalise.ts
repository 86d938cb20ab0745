import { Converter } from 'opencc-js/t2cn';

/**
 * The golden comparison of a rendered report with the published seed text. What it forgives, and why:
 * - web-page chrome around the report (site navigation, 来源/发布时间, 索引号, footers, QR-code lines): not report text;
 * - punctuation width: the seeds were scraped with half-width “,” “:” “(”, our output is always full-width;
 * - whitespace and blank lines: the seeds put blank lines between paragraphs or not, at random;
 * - script: seed 002 is compared in simplified script (its pinyin annotations, “規(guī)范”, are a web converter's);
 * - SEED_DEFECTS: mojibake in the scraped seeds, listed one by one.
 * Everything else — every character, its order, the paragraph breaks — must match.
 */
const CHROME = [
  /^来源[:：]/,
  /^(欢迎访问|繁體\s*\||支持IPv6|政府信息公开)/,
  /^\s*•\s*(索引号|发文字号)/,
  /^-$/,
  /^(扫一扫|掃一掃)/,
  /^(主办单位|承办单位|网站标识码)[:：]/,
];

/** Seed text that the scraper mangled, with what the report says. */
export const SEED_DEFECTS: ReadonlyArray<[string, string]> = [['?,F(xiàn)將', '。現將']];

const FOLD: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?', '“': '"', '”': '"' };
const toSimplified = Converter({ from: 't', to: 'cn' });

export function normaliseSeed(text: string): string[] {
  let t = text;
  for (const [bad, good] of SEED_DEFECTS) t = t.replaceAll(bad, good);
  return normaliseLines(
    t
      .split(/\r?\n/)
      .filter((line) => !CHROME.some((re) => re.test(line.trim())))
      .map((line) => line.replace(/\s*\|\s*$/, '').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, '')),
  );
}

export function normaliseRendered(text: string): string[] {
  return normaliseLines(text.split('\n'));
}

function normaliseLines(lines: string[]): string[] {
  return lines
    .map((line) => toSimplified(line).replace(/[，：；（）！？“”]/g, (c: string) => FOLD[c] as string).replace(/\s+/g, ''))
    .filter((line) => line !== '');
}
