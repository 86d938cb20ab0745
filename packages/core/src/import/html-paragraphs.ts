import { Parser } from 'htmlparser2';

/** Elements that end one paragraph and start the next. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);
/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe']);

/**
 * Deepest nesting of elements read. htmlparser2 keeps open elements in an array it shifts and unshifts at the
 * front, so each open or close costs the depth: 100,000 nested `<div>` took 13 s, 1.4 million never finished.
 * Real pages nest a few dozen levels (a government portal's deepest is about 30); past this the page is refused.
 */
export const MAX_HTML_DEPTH = 256;

export class HtmlTooDeepError extends Error {}

/**
 * A saved web page → its visible text, one paragraph per line. Navigation and footers come along as lines;
 * the importer recognises them as page chrome by their wording. Throws HtmlTooDeepError past MAX_HTML_DEPTH.
 */
export function htmlParagraphs(html: string): string {
  const lines: string[] = [];
  let current = '';
  let hidden = 0;
  // Every open gets a close callback (explicit, implied or, for void elements, at once): the parser's depth.
  let depth = 0;
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (++depth > MAX_HTML_DEPTH) throw new HtmlTooDeepError();
        if (HIDDEN.has(name)) hidden++;
        else if (BLOCKS.has(name)) flush();
      },
      onclosetag(name) {
        depth--;
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (hidden === 0) current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return lines.join('\n');
}
