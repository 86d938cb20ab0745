import { positional, type TemplateHelper } from './helper.js';

/**
 * Marks that already end a sentence or clause; nothing is added after them. Closing quotes and brackets
 * end nothing: “找准法治“需求点”” still takes its “。”.
 */
const ENDS = /[。！？；：….!?;:]$/;

/** Text followed by `mark` unless it already ends in punctuation: {{punctuate title "。"}}. */
export const punctuate: TemplateHelper = {
  name: 'punctuate',
  doc: '补标点：{{punctuate title "。"}} → 标题。（已有句末标点时不再添加）',
  fn: (...args: unknown[]) => {
    const [text, mark] = positional(args);
    const s = String(text ?? '');
    return s === '' || ENDS.test(s) ? s : s + String(mark ?? '');
  },
};

/** Between inline points “；”, after the last one “。”: {{punctuate text (point-end @last)}}. */
export const pointEnd: TemplateHelper = {
  name: 'point-end',
  doc: '要点之间用“；”，最后一个用“。”：{{point-end @last}}',
  fn: (...args: unknown[]) => (positional(args)[0] ? '。' : '；'),
};
