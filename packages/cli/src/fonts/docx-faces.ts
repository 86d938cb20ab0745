import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** Parts of a Word file where faces are named: the body, styles, headers and footers, the font table. */
const FACE_PARTS = /^word\/(document|styles|fontTable|header\d*|footer\d*|numbering)\.xml$/;

/** Every face a .docx names in a w:rFonts slot (or declares in its font table), each once, in order of appearance. */
export function facesInDocx(bytes: Uint8Array, file: string, lang: Lang): string[] {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => FACE_PARTS.test(f.name) });
  } catch (err) {
    throw new UserError(t(lang, `${file} 不是有效的 Word 文件（.docx）：${(err as Error).message}`, `${file} is not a valid Word file (.docx): ${(err as Error).message}`));
  }
  const faces = new Set<string>();
  for (const name of Object.keys(parts).sort(byPart)) {
    const xml = strFromU8(parts[name]!);
    for (const m of xml.matchAll(/<w:rFonts\b([^>]*)>/g)) {
      for (const a of m[1]!.matchAll(/w:(?:ascii|hAnsi|eastAsia|cs)="([^"]+)"/g)) faces.add(unescapeXml(a[1]!));
    }
    if (name === 'word/fontTable.xml') for (const m of xml.matchAll(/<w:font\b[^>]*w:name="([^"]+)"/g)) faces.add(unescapeXml(m[1]!));
  }
  return [...faces];
}

export function readDocx(file: string, lang: Lang): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (err) {
    throw new UserError(t(lang, `无法读取 ${file}：${(err as Error).message}`, `Cannot read ${file}: ${(err as Error).message}`));
  }
}

// The body first, so faces come out in the order a reader meets them.
const ORDER = ['word/document.xml', 'word/styles.xml'];
const byPart = (a: string, b: string) => rank(a) - rank(b) || a.localeCompare(b);
const rank = (p: string) => (ORDER.includes(p) ? ORDER.indexOf(p) : ORDER.length);

const unescapeXml = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
