import { readFileSync } from 'node:fs';
import { MAX_DOCX_UNZIPPED, unzipWithin } from '@fazhi/core';
import { strFromU8 } from 'fflate';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';

/** Parts of a Word file where faces are named: the body, styles, headers and footers, the font table. */
const FACE_PARTS = /^word\/(document|styles|fontTable|header\d*|footer\d*|numbering)\.xml$/;

/** Every face a .docx names in a w:rFonts slot (or declares in its font table), each once, in order of appearance. */
export function facesInDocx(bytes: Uint8Array, file: string, lang: Lang): string[] {
  // Inflated in slices and counted, as fazhi import does: a zip bomb is refused, not inflated whole.
  const parts = unzipWithin(bytes);
  if (!parts) {
    const mb = MAX_DOCX_UNZIPPED / 1024 / 1024;
    throw new UserError(t(lang, `${file} 解压后超过 ${mb} MB，没有读取：这个文件可能已损坏或被做了手脚。请用 Word 或 WPS 打开，另存为新的 .docx。`, `${file} unzips to more than ${mb} MB and was not read: it may be damaged or a zip bomb. Open it in Word or WPS and save it as a new .docx.`));
  }
  if (parts.size === 0) throw new UserError(t(lang, `${file} 不是有效的 Word 文件（.docx）：里面没有压缩包的内容。`, `${file} is not a valid Word file (.docx): it holds no zip content.`));
  const faces = new Set<string>();
  for (const name of [...parts.keys()].filter((p) => FACE_PARTS.test(p)).sort(byPart)) {
    const xml = strFromU8(parts.get(name)!);
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
