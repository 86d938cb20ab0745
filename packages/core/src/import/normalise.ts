import { Converter } from 'opencc-js/t2cn';
import { toFullwidthPunctuation } from '../text/halfwidth.js';
import type { Message } from '../validate/diagnostic.js';
import { stripFurniture } from './furniture.js';
import type { PageFacts } from './metadata.js';
import { removeWatermarks } from './watermark.js';

export interface NormalisedText {
  /** The report's paragraphs, one per line of the input, in simplified script with full-width punctuation. */
  paragraphs: string[];
  /** The input was in traditional script (and has been converted). */
  traditional: boolean;
  /** What the page's metadata says: 发布日期, 文号, 发布机构. */
  facts: PageFacts;
  /** Page furniture taken out (whole lines, and watermarks cut from inside lines), for the import report. */
  dropped: string[];
  warnings: Message[];
}

let toSimplified: ((s: string) => string) | undefined;
export const simplify = (s: string) => (toSimplified ??= Converter({ from: 't', to: 'cn' }))(s);

/** Pinyin a site's converter inserts after a character (規(guī)范): never part of the report. */
const PINYIN_ANNOTATION = /(?<=\p{Script=Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)/gu;
/** Characters that are whitespace in a copied page: NBSP, ideographic space, zero-width ones. */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g;
const HAN = /\p{Script=Han}/gu;

/**
 * Text as copied from a web page, Word or a text file → clean paragraphs: whitespace trimmed, chrome lines
 * dropped, traditional script converted to simplified (data is always simplified; a zh-Hant pack converts
 * back when rendering), half-width punctuation in Chinese text made full-width.
 */
export function normaliseText(input: string): NormalisedText {
  const warnings: Message[] = [];
  const stamps = removeWatermarks(input.replace(/\r\n?/g, '\n'));
  const raw = stamps.text
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim().replace(/\s*[|｜]$/, '').replace(PINYIN_ANNOTATION, ''))
    .filter((line) => line !== '');

  const traditional = isTraditional(raw.join(''));
  const simple = traditional ? raw.map(simplify) : raw;
  const repeated = repeatedLines(simple);
  // A heading the page prints twice in a row: the second is furniture (a report never repeats a line).
  const doubled = (line: string, i: number) => i > 0 && line.length <= 60 && simple[i - 1] === line;
  const furniture = stripFurniture(simple.filter((line, i) => !repeated.has(line) && !doubled(line, i)));
  const dropped = [...stamps.removed, ...simple.filter((line, i) => repeated.has(line) || doubled(line, i)), ...furniture.dropped];
  const paragraphs = furniture.lines.map((line) => toFullwidthPunctuation(dropSpacesBetweenHan(line)));
  for (const p of paragraphs) {
    const garbled = /[?？][,，]?[A-Za-z](?=\p{Script=Han})/u.exec(p);
    if (garbled) {
      warnings.push({
        zh: `原文中的“${garbled[0]}”像是网站转码留下的乱码，请对照原件改正：${p.slice(0, 20)}……`,
        en: `“${garbled[0]}” looks garbled by the web site's converter; correct it from the original: ${p.slice(0, 20)}…`,
      });
    }
  }
  return { paragraphs, traditional, facts: furniture.facts, dropped, warnings };
}

/**
 * A short line printed three times or more (a site's stamp between paragraphs) is no report text: a report
 * repeats no line, and its numbered headings differ by their numbers.
 */
function repeatedLines(lines: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) if (line.length <= 40) counts.set(line, (counts.get(line) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n >= 3).map(([line]) => line));
}

/** More than a few percent of the Han characters change under traditional → simplified conversion. */
function isTraditional(text: string): boolean {
  const han = text.match(HAN)?.join('') ?? '';
  if (han.length === 0) return false;
  const simple = simplify(han);
  let changed = 0;
  for (let i = 0; i < han.length; i++) if (han[i] !== simple[i]) changed++;
  return changed >= 3 && changed / han.length > 0.03;
}

/**
 * A space a page's line wrapping left between a character and punctuation. Spaces between two ideographs stay:
 * writers use them on purpose inside slogans (“巴山画屏 红城万源”).
 */
function dropSpacesBetweenHan(line: string): string {
  return line.replace(/ +(?=[，。；：！？、）》”’,.;:!?)])|(?<=[，。；：！？、（《“‘,;:(]) +/g, '');
}
