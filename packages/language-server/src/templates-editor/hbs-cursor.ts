/**
 * What is being typed at the cursor inside `{{…}}`: the kind of mustache, the word under the cursor and whether
 * it is the head of a call (a helper or a path) or an argument. This reads the half-typed text itself, which no
 * parser accepts yet (`{{#each units}}{{foo.`); the blocks around it are Handlebars' to tell (hbs-ast.ts).
 */
export interface MustacheCursor {
  /** Offset of the `{{` that opens the mustache. */
  open: number;
  /** `#` block, `/` close, `>` partial, `else` chain, or plain. */
  sigil: 'block' | 'close' | 'partial' | 'else' | 'plain';
  /** The word up to the cursor, e.g. `../foo.ba`, `@ro`, `cn-da`. */
  word: string;
  /** Offset where the word starts. */
  wordStart: number;
  /** The first thing in the mustache or in a `(…)`: a helper's (or block's, or partial's) name goes here. */
  head: boolean;
}

/** Comments may hold anything, `{{` included: blanked (positions kept) before looking for the open mustache. */
function blankComments(text: string): string {
  return text.replace(/\{\{!--[\s\S]*?(?:--\}\}|$)|\{\{![\s\S]*?(?:\}\}|$)/g, (c) => c.replace(/[^\n]/g, ' '));
}

const SEPARATORS = /[\s()=]/;

export function mustacheAt(text: string, offset: number): MustacheCursor | undefined {
  const before = blankComments(text.slice(0, offset));
  const open = before.lastIndexOf('{{');
  if (open < 0 || before.indexOf('}}', open) >= 0) return undefined;
  let inner = before.slice(open + 2);
  let at = open + 2;
  const skip = (n: number) => {
    inner = inner.slice(n);
    at += n;
  };
  if (inner.startsWith('{') || inner.startsWith('&')) skip(1); // {{{ }}} and {{& }}: lint says not to, but they read paths
  if (inner.startsWith('~')) skip(1);
  let sigil: MustacheCursor['sigil'] = 'plain';
  if (/^#\*/.test(inner)) return undefined; // decorators: not ours
  if (inner.startsWith('#>')) (sigil = 'partial'), skip(2);
  else if (inner.startsWith('#')) (sigil = 'block'), skip(1);
  else if (inner.startsWith('^')) (sigil = 'block'), skip(1);
  else if (inner.startsWith('/')) (sigil = 'close'), skip(1);
  else if (inner.startsWith('>')) (sigil = 'partial'), skip(1);
  else if (/^\s*else\s/.test(inner)) (sigil = 'else'), skip(/^\s*else\s/.exec(inner)?.[0].length ?? 0);

  // Argument counts per open parenthesis: the innermost decides whether the word is a head.
  const counts = [0];
  let wordStart = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '"' || c === "'") {
      const end = inner.indexOf(c, i + 1);
      if (end < 0) return undefined; // inside a string literal: nothing to complete
      i = end;
      wordStart = i + 1;
      continue;
    }
    if (!SEPARATORS.test(c)) continue;
    if (i > wordStart) counts[counts.length - 1]!++;
    if (c === '(') counts.push(0);
    if (c === ')' && counts.length > 1) {
      counts.pop();
      counts[counts.length - 1]!++;
    }
    wordStart = i + 1;
  }
  const word = inner.slice(wordStart);
  return { open, sigil, word, wordStart: at + wordStart, head: counts[counts.length - 1] === 0 };
}
