import { MarkupKind, type MarkupContent } from 'vscode-languageserver';
import { TEMPLATE_HELPERS, type HelperParam, type Locale, type TemplateHelper } from '@fazhi/core';
import { pick } from '../context.js';

/** Handlebars' own block helpers, as much as a pack uses of them (`log` is switched off, see compile-pack.ts). */
export const BUILTIN_BLOCKS: ReadonlyArray<{ name: string; signature: string; zh: string; en: string }> = [
  { name: 'each', signature: 'each list', zh: '逐个印出列表的每一项：块内的 this 是当前项，../ 回到外层，@index（从 0 起）、@first、@last 可用。', en: 'Prints the block for each entry of a list: inside, this is the entry, ../ the outer context; @index (from 0), @first and @last are set.' },
  { name: 'if', signature: 'if value', zh: '值不为空、不为假、不为 0（空列表算空）时印出块内容，否则印 {{else}} 之后的部分。', en: 'Prints the block when the value is not empty, false or 0 (an empty list is empty), else the part after {{else}}.' },
  { name: 'unless', signature: 'unless value', zh: '与 if 相反：值为空、假或 0 时印出块内容。', en: 'The opposite of if: prints the block when the value is empty, false or 0.' },
  { name: 'with', signature: 'with object', zh: '块内的 this 换成这个对象（为空时印 {{else}} 之后的部分）。', en: 'Inside the block, this is the object (the part after {{else}} when it is empty).' },
];

export const HELPERS_BY_NAME = new Map<string, TemplateHelper>(TEMPLATE_HELPERS.map((h) => [h.name, h]));

/** A parameter as the signature shows it: `mark`, `mark?` when optional, `values…` for the rest. */
export const paramLabel = (p: HelperParam): string => `${p.name}${p.optional ? '?' : ''}${p.rest ? '…' : ''}`;

/** `punctuate text mark`, optional arguments with `?`, a rest argument with `…`. */
export function helperSignature(helper: TemplateHelper): string {
  return [helper.name, ...helper.params.map(paramLabel)].join(' ');
}

export function helperMarkdown(helper: TemplateHelper, locale: Locale): MarkupContent {
  const params = helper.params.map((p) => `- \`${p.name}\`${p.optional ? pick(locale, '（可省略）', ' (optional)') : ''}：${pick(locale, p.zh, p.en)}`);
  return { kind: MarkupKind.Markdown, value: [`\`\`\`handlebars\n{{${helperSignature(helper)}}}\n\`\`\``, helper.doc, ...params].join('\n\n') };
}

export function builtinMarkdown(name: string, locale: Locale): MarkupContent | undefined {
  const block = BUILTIN_BLOCKS.find((b) => b.name === name);
  if (!block) return undefined;
  return { kind: MarkupKind.Markdown, value: `\`\`\`handlebars\n{{#${block.signature}}}…{{/${block.name}}}\n\`\`\`\n\n${pick(locale, block.zh, block.en)}` };
}
