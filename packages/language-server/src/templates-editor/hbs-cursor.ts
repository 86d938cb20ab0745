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
  /** The innermost call the cursor is in (the mustache or a `(…)`): its head, and how many arguments come before
   * the cursor's word (0 while the head itself is typed). For signature help. */
  call: { name: string; argument: number };
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

  // Per open parenthesis (and the mustache itself): its head's name and its words so far. The innermost decides
  // whether the word is a head, and which argument of which call the cursor is in.
  const calls = [{ name: '', count: 0 }];
  const innermost = () => calls[calls.length - 1] as { name: string; count: number };
  let wordStart = 0;
  // A string literal just closed: an argument, counted once a separator ends it (the cursor right after it is on it).
  let quoted = false;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] as string;
    if (c === '"' || c === "'") {
      const end = inner.indexOf(c, i + 1);
      if (end < 0) return undefined; // inside a string literal: nothing to complete
      i = end;
      wordStart = i + 1;
      quoted = true;
      continue;
    }
    if (!SEPARATORS.test(c)) continue;
    if (i > wordStart || quoted) {
      if (innermost().count === 0 && !quoted) innermost().name = inner.slice(wordStart, i);
      innermost().count++;
    }
    quoted = false;
    if (c === '(') calls.push({ name: '', count: 0 });
    if (c === ')' && calls.length > 1) {
      calls.pop();
      innermost().count++;
    }
    wordStart = i + 1;
  }
  const word = inner.slice(wordStart);
  const { name, count } = innermost();
  return { open, sigil, word, wordStart: at + wordStart, head: count === 0, call: { name: count === 0 ? word : name, argument: count } };
}
