import type { Script } from '../../document/report-document.js';

/** The typefaces GB/T 9704 names, by the role they play in the document. */
export type FontRole = 'title' | 'fang' | 'kai' | 'hei' | 'pageNumber';

/**
 * The face names the Word file carries, as Chinese government offices have them installed. The _GB2312 faces and
 * 方正小标宋简体 cover simplified characters only, so a traditional-script report names the GBK faces, which have
 * the traditional glyphs (Word and WPS would otherwise fall back character by character).
 */
export const DOCX_FONTS: Record<Script, Record<FontRole, string>> = {
  'zh-Hans': { title: '方正小标宋简体', fang: '仿宋_GB2312', kai: '楷体_GB2312', hei: '黑体', pageNumber: '宋体' },
  'zh-Hant': { title: '方正小标宋_GBK', fang: '仿宋', kai: '楷体', hei: '黑体', pageNumber: '宋体' },
};

/** Every face a document in that script names, each once, in the order a reader meets them. */
export function docxFaces(script: Script): string[] {
  return [...new Set(Object.values(DOCX_FONTS[script]))];
}

/**
 * w:rFonts with the same face in every slot. Word picks the face for a character by its class: East Asian text
 * from `eastAsia`, digits and Latin letters from `ascii`/`hAnsi`. Setting all of them keeps the digits of
 * “2023年” in the same 仿宋 as the characters around them, as the printed reports have it.
 */
export function runFont(face: string) {
  return { ascii: face, hAnsi: face, eastAsia: face, cs: face };
}

/** The language tag Word and LibreOffice use to choose a fallback face and line-breaking rules. */
export function eastAsianLanguage(script: Script): string {
  return script === 'zh-Hant' ? 'zh-TW' : 'zh-CN';
}
