import Handlebars from 'handlebars';

/** What a path expression is in its statement: data to read, a helper called, a block opened, a partial named. */
export type PathRole = 'data' | 'helper' | 'block' | 'partial';

/** A block the walk is inside: its program, or its `{{else}}` part. */
export interface Frame {
  block: hbs.AST.BlockStatement;
  inverse: boolean;
}

export interface PathVisit {
  path: hbs.AST.PathExpression;
  role: PathRole;
  /** Outermost first. */
  frames: readonly Frame[];
}

/** Handlebars' own AST, or undefined when the text does not parse (yet). */
export function parseTemplate(text: string): hbs.AST.Program | undefined {
  try {
    return Handlebars.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Every path expression of a template with its role and the blocks around it. A mustache's head is a helper when
 * it takes arguments or is a known helper, as Handlebars decides at run time; otherwise it is data.
 */
export function visitPaths(root: hbs.AST.Program, helpers: ReadonlySet<string>, visit: (v: PathVisit) => void): void {
  const expression = (e: hbs.AST.Expression | undefined, frames: readonly Frame[]) => {
    if (!e) return;
    if (e.type === 'PathExpression') visit({ path: e as hbs.AST.PathExpression, role: 'data', frames });
    if (e.type === 'SubExpression') call(e as hbs.AST.SubExpression, 'helper', frames);
  };
  const call = (node: { path: hbs.AST.Expression; params: hbs.AST.Expression[]; hash?: hbs.AST.Hash }, role: PathRole, frames: readonly Frame[]) => {
    if (node.path.type === 'PathExpression') visit({ path: node.path as hbs.AST.PathExpression, role, frames });
    else expression(node.path, frames);
    for (const p of node.params) expression(p, frames);
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, frames);
  };
  const body = (p: hbs.AST.Program | undefined, frames: readonly Frame[]) => {
    for (const statement of p?.body ?? []) walk(statement, frames);
  };
  const walk = (s: hbs.AST.Statement, frames: readonly Frame[]) => {
    switch (s.type) {
      case 'MustacheStatement': {
        const m = s as hbs.AST.MustacheStatement;
        const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
        call(m, m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || helpers.has(name) ? 'helper' : 'data', frames);
        return;
      }
      case 'BlockStatement': {
        const b = s as hbs.AST.BlockStatement;
        call(b, 'block', frames);
        body(b.program, [...frames, { block: b, inverse: false }]);
        body(b.inverse, [...frames, { block: b, inverse: true }]);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const p = s as hbs.AST.PartialStatement;
        call({ path: p.name, params: p.params, hash: p.hash }, 'partial', frames);
        if (s.type === 'PartialBlockStatement') body((s as hbs.AST.PartialBlockStatement).program, frames);
        return;
      }
      default:
        return;
    }
  };
  body(root, []);
}

/** A Handlebars location (1-based line, 0-based column) as an LSP position. */
export function toPosition(p: hbs.AST.Position): { line: number; character: number } {
  return { line: p.line - 1, character: p.column };
}

export function locContains(loc: hbs.AST.SourceLocation | undefined, line: number, character: number): boolean {
  if (!loc) return false;
  const after = (p: hbs.AST.Position) => line > p.line - 1 || (line === p.line - 1 && character >= p.column);
  const before = (p: hbs.AST.Position) => line < p.line - 1 || (line === p.line - 1 && character <= p.column);
  return after(loc.start) && before(loc.end);
}

const CURSOR = 'fazhi-cursor-here';

/**
 * The blocks open where a mustache starts at `offset`, while the maintainer is still typing: the text before it,
 * with the blocks it leaves open closed, is parsed by Handlebars itself with a marker at the cursor. Undefined
 * when even that does not parse (another half-written mustache above): the caller knows only the file's context.
 */
export function framesAt(text: string, offset: number): readonly Frame[] | undefined {
  const before = text.slice(0, offset);
  const open = openBlocks(before);
  if (!open) return undefined;
  const repaired = `${before}{{${CURSOR}}}${open.reverse().map((name) => `{{/${name}}}`).join('')}`;
  const ast = parseTemplate(repaired);
  if (!ast) return undefined;
  let frames: readonly Frame[] | undefined;
  visitPaths(ast, new Set(), (v) => {
    if (v.path.original === CURSOR) frames = v.frames;
  });
  return frames;
}

/** Names of the blocks opened and not yet closed, outermost first, read with Handlebars' own lexer. */
function openBlocks(text: string): string[] | undefined {
  // The parser's lexer and token names are public in Handlebars' runtime but not in its types.
  const parser = (Handlebars as unknown as { Parser: { lexer: { setInput(s: string): void; lex(): number | string; yytext: string }; terminals_: Record<number, string> } }).Parser;
  const { lexer, terminals_: names } = parser;
  const stack: string[] = [];
  // A block's name may be a path (`{{#> layouts/page}}`): IDs and separators up to the next other token.
  let pending: { open: boolean; name: string } | undefined;
  const settle = () => {
    if (pending?.name) {
      if (pending.open) stack.push(pending.name);
      else stack.pop();
    }
    pending = undefined;
  };
  try {
    lexer.setInput(text);
    for (let n = 0; n < 1_000_000; n++) {
      const token = lexer.lex();
      const name = typeof token === 'number' ? names[token] : token;
      if (name === 'EOF' || token === 1) break;
      // The name's first ID, or an ID right after a separator: `each points` is a name and an argument.
      const continues = pending && (name === 'SEP' ? pending.name !== '' : name === 'ID' && (pending.name === '' || pending.name.endsWith('/') || pending.name.endsWith('.')));
      if (pending && continues) {
        pending.name += lexer.yytext;
        continue;
      }
      settle();
      if (name === 'OPEN_BLOCK' || name === 'OPEN_INVERSE' || name === 'OPEN_PARTIAL_BLOCK') pending = { open: true, name: '' };
      else if (name === 'OPEN_ENDBLOCK') pending = { open: false, name: '' };
    }
    settle();
  } catch {
    return undefined;
  }
  return stack;
}
