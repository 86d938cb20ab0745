import { chineseNumeral } from '../../text/cjk.js';
import { ORDINAL_PARAMS, ordinal, positional, type TemplateHelper } from './helper.js';

/** `{{cn-numeral @index}}` → 一 (for @index 0); `{{cn-numeral 12 1}}` → 十二 (1-based count). */
export const cnNumeral: TemplateHelper = {
  name: 'cn-numeral',
  doc: '汉字序数：{{cn-numeral @index}} → 一、二……九十九（第二个参数写 1 表示从 1 起数）',
  params: ORDINAL_PARAMS,
  fn: (...args: unknown[]) => {
    const [value, base] = positional(args);
    return chineseNumeral(ordinal(value, base));
  },
};
