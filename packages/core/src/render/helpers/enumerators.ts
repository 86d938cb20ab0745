import { chineseNumeral } from '../../text/cjk.js';
import { ORDINAL_PARAMS, ordinal, positional, type TemplateHelper } from './helper.js';

/** The enumerators of Chinese official documents, one helper per level (GB/T 9704 7.3.3). */
function enumerator(name: string, doc: string, shape: (n: number) => string): TemplateHelper {
  return {
    name,
    doc,
    params: ORDINAL_PARAMS,
    fn: (...args: unknown[]) => {
      const [value, base] = positional(args);
      return shape(ordinal(value, base));
    },
  };
}

/** 一、 — first-level headings. */
export const partNumber = enumerator('part-number', '一级标题序号：{{part-number @index}} → 一、', (n) => `${chineseNumeral(n)}、`);
/** （一） — second-level headings. */
export const itemNumber = enumerator('item-number', '二级标题序号：{{item-number @index}} → （一）', (n) => `（${chineseNumeral(n)}）`);
/** 一是 — points within a paragraph. */
export const pointNumber = enumerator('point-number', '要点序号：{{point-number @index}} → 一是', (n) => `${chineseNumeral(n)}是`);
/** 1. — third-level headings (a full stop after the digit, as GB/T 9704 writes it). */
export const arabicNumber = enumerator('arabic-number', '三级标题序号：{{arabic-number @index}} → 1.', (n) => `${n}.`);
/** （1） — fourth-level headings. */
export const parenArabic = enumerator('paren-arabic', '四级标题序号：{{paren-arabic @index}} → （1）', (n) => `（${n}）`);
