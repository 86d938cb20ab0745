import type { HeadingLevel } from '../document/report-document.js';
import { chineseNumeral } from '../text/cjk.js';
import type { Face, NumberStyle } from '../templates/manifest.js';

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The enumerator a style prints for the n-th (1-based) heading: 一、 （一） 一是 第一， 1. 1． 1、 （1） ① or nothing. */
export function enumerate(style: NumberStyle, n: number): string {
  const cn = chineseNumeral(n);
  switch (style) {
    case '一、':
      return `${cn}、`;
    case '（一）':
      return `（${cn}）`;
    case '一是':
      return `${cn}是`;
    case '第一，':
      return `第${cn}，`;
    case '1.':
      return `${n}.`;
    case '1．':
      return `${n}．`;
    case '1、':
      return `${n}、`;
    case '（1）':
      return `（${n}）`;
    case '①':
      return n <= CIRCLED.length ? [...CIRCLED][n - 1] as string : `（${n}）`;
    case 'none':
      return '';
  }
}

const FACE_LEVEL: Record<Exclude<Face, 'body'>, HeadingLevel> = { heiti: 1, kaiti: 2, 'fangsong-bold': 3, fangsong: 4 };

/** GB/T 9704 7.3.3: 一、 黑体, （一） 楷体, 1. 仿宋 (set bold in these reports), （1） 仿宋; inline enumerators are body text. */
const STYLE_FACE: Record<NumberStyle, Face> = {
  '一、': 'heiti',
  '（一）': 'kaiti',
  '一是': 'body',
  '第一，': 'body',
  '1.': 'fangsong-bold',
  '1．': 'fangsong-bold',
  '1、': 'fangsong-bold',
  '（1）': 'fangsong',
  '①': 'body',
  none: 'body',
};

/**
 * The `data-level` a heading is set in: 1 黑体, 2 楷体, 3 仿宋加粗, 4 仿宋; null for body text. `fallback` is the
 * level's own face when neither the manifest nor the style gives one (an unnumbered part still prints in 黑体).
 */
export function faceLevel(face: Face | undefined, style: NumberStyle, fallback: Face = 'body'): HeadingLevel | null {
  const f = face ?? (style === 'none' ? fallback : STYLE_FACE[style]);
  return f === 'body' ? null : FACE_LEVEL[f];
}
