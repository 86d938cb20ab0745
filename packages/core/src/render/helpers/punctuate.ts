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
  params: [
    { name: 'text', zh: '要补标点的文字', en: 'the text to end' },
    { name: 'mark', zh: '补在末尾的标点，如 "。"', en: 'the mark to add, e.g. "。"' },
  ],
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
  params: [{ name: 'last', zh: '是否最后一个，通常是 @last', en: 'whether this is the last one, usually @last' }],
  fn: (...args: unknown[]) => (positional(args)[0] ? '。' : '；'),
};
