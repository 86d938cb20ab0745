import type { SignatureHelp } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '@fazhi/core';
import { pick } from '../context.js';
import { HELPERS_BY_NAME, helperSignature, paramLabel } from './helper-docs.js';
import { mustacheAt } from './hbs-cursor.js';

/**
 * The helper being called at the cursor, with the argument being typed marked (`{{punctuate text |`): what VS Code
 * shows as parameter hints. Only our helpers: Handlebars' blocks take one value, which hover already explains.
 */
export function hbsSignatureHelp(document: TextDocument, position: { line: number; character: number }, locale: Locale): SignatureHelp | null {
  const cursor = mustacheAt(document.getText(), document.offsetAt(position));
  if (!cursor || cursor.head || cursor.sigil === 'partial' || cursor.sigil === 'close') return null;
  const helper = HELPERS_BY_NAME.get(cursor.call.name);
  if (!helper || helper.params.length === 0) return null;
  // The label is the signature itself; each parameter is a range of it, so the editor can bold the active one.
  const label = helperSignature(helper);
  let from = helper.name.length + 1;
  const parameters = helper.params.map((p) => {
    const shown = paramLabel(p);
    const range: [number, number] = [from, from + shown.length];
    from += shown.length + 1;
    return { label: range, documentation: pick(locale, p.zh, p.en) };
  });
  const last = helper.params.length - 1;
  const index = cursor.call.argument - 1;
  // Past the last parameter: a rest parameter takes it, otherwise there is nothing to mark (too many arguments).
  const activeParameter = index <= last ? index : helper.params[last]?.rest ? last : undefined;
  return { signatures: [{ label, documentation: helper.doc, parameters }], activeSignature: 0, ...(activeParameter === undefined ? {} : { activeParameter }) };
}
