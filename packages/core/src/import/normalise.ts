import { Converter } from 'opencc-js/t2cn';
import { toFullwidthPunctuation } from '../text/halfwidth.js';
import type { Message } from '../validate/diagnostic.js';
import { isChrome, publishedDate } from './chrome.js';

export interface NormalisedText {
  /** The report's paragraphs, one per line of the input, in simplified script with full-width punctuation. */
  paragraphs: string[];
  /** The input was in traditional script (and has been converted). */
  traditional: boolean;
  /** A publication date found in the page chrome. */
  published?: string;
  warnings: Message[];
}

let toSimplified: ((s: string) => string) | undefined;
const simplify = (s: string) => (toSimplified ??= Converter({ from: 't', to: 'cn' }))(s);

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
  let published: string | undefined;
  const raw = input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim().replace(/\s*[|｜]$/, '').replace(PINYIN_ANNOTATION, ''))
    .filter((line) => line !== '');

  const traditional = isTraditional(raw.join(''));
  const paragraphs: string[] = [];
  for (const line of raw) {
    const simple = traditional ? simplify(line) : line;
    if (isChrome(simple)) {
      published ??= publishedDate(simple);
      continue;
    }
    paragraphs.push(toFullwidthPunctuation(dropSpacesBetweenHan(simple)));
  }
  for (const p of paragraphs) {
    const garbled = /[?？][,，]?[A-Za-z](?=\p{Script=Han})/u.exec(p);
    if (garbled) {
      warnings.push({
        zh: `原文中的“${garbled[0]}”像是网站转码留下的乱码，请对照原件改正：${p.slice(0, 20)}……`,
        en: `“${garbled[0]}” looks garbled by the web site's converter; correct it from the original: ${p.slice(0, 20)}…`,
      });
    }
  }
  return { paragraphs, traditional, published, warnings };
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
