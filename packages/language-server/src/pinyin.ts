import { INITIALS, INITIALS_FROM } from './pinyin-initials.js';

/**
 * Pinyin initials of Chinese text (重大决策 → zdjc), so that a writer can filter completions the way Chinese input
 * habits suggest. In the pinyin collation every character sorts after the first character of its initial letter,
 * so comparing against these 23 boundary characters gives the initial (a polyphone gets its most common reading:
 * 重 → z, 行 → x). Needs full ICU, which Node and VS Code's runtime both carry.
 */
const BOUNDARIES = [...'阿八嚓哒妸发旮哈丌咔垃妈拏噢妑七呥仨他屲夕丫帀'];
const LETTERS = 'abcdefghjklmnopqrstwxyz';
/**
 * Built on first use, for a character outside the table: ICU's pinyin collation costs ~2.5 MiB of resident
 * memory once loaded (its data pages, and the optimising compiler that its 23 comparisons a character
 * soon bring in) and ~20 ms to build.
 */
let collator: Intl.Collator | undefined;
const HAN = /\p{Script=Han}/u;

/** A Han character's initial as the pinyin collation places it; '' before the first boundary. */
export function initialByCollation(char: string): string {
  let letter = '';
  collator ??= new Intl.Collator('zh-Hans-CN-u-co-pinyin');
  for (let i = 0; i < BOUNDARIES.length; i++) {
    if (collator.compare(char, BOUNDARIES[i]!) < 0) break;
    letter = LETTERS[i]!;
  }
  return letter;
}

function initialOf(char: string): string {
  // The common ideographs (U+4E00–U+9FFF) from the table the collation gave (scripts/generate-pinyin-initials.mjs).
  const inTable = char.charCodeAt(0) - INITIALS_FROM;
  if (inTable >= 0 && inTable < INITIALS.length) {
    const letter = INITIALS[inTable]!;
    return letter === '-' ? '' : letter;
  }
  if (!HAN.test(char)) return /[A-Za-z0-9]/.test(char) ? char.toLowerCase() : '';
  return initialByCollation(char);
}

export function pinyinInitials(text: string): string {
  return [...text].map(initialOf).join('');
}

/**
 * Whether what the writer typed finds a named thing: by its id (any part), by its Chinese label (any part), or by
 * the pinyin initials of its label (from the start of any word of it).
 */
export function matchesQuery(query: string, id: string, label = ''): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return id.toLowerCase().includes(q) || label.includes(query) || pinyinInitials(label).includes(q);
}
