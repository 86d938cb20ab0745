import { closest } from '../text/suggest.js';

/**
 * What to say about a template id no pack has: the likely slip and the packs there are. One wording for the
 * `unknown-template` diagnostic, the CLI's --template and the language server's requests.
 */
export function unknownTemplate(id: string, ids: readonly string[]): { suggestion?: string; zh: string; en: string } {
  const suggestion = closest(id, ids);
  return {
    ...(suggestion ? { suggestion } : {}),
    zh: `没有名为“${id}”的模板。${suggestion ? `是不是 ${suggestion}？` : ''}可用的模板：${ids.join('、')}。`,
    en: `No template named "${id}".${suggestion ? ` Did you mean ${suggestion}?` : ''} Available: ${ids.join(', ')}.`,
  };
}
