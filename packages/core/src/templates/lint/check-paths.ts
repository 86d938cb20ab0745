import Handlebars from 'handlebars';
import { closest } from '../../text/suggest.js';
import { childShape, elementShape, keysOf, type Shape } from './view-shape.js';

type Node = hbs.AST.Node;

/** A problem lint found in one template file, at a 1-based line and column. */
export interface LintFinding {
  file: string;
  line: number;
  column: number;
  /** Just past the offending expression (same convention), so an editor can underline all of it. */
  endLine: number;
  endColumn: number;
  message: string;
  en: string;
}

// Not `log`: it prints to the console, and compile-pack.ts turns it off.
const BUILTIN_BLOCKS = new Set(['if', 'unless', 'each', 'with', 'lookup']);
const DATA_VARS = new Set(['index', 'first', 'last', 'key', 'root']);

/** The contexts a template sees at one place: `this` is `stack[0]`. */
export interface Scope {
  /** Innermost first: `../` goes one further out. */
  stack: Shape[];
  root: Shape;
}

/** Told of each (file, context) pair the walk enters: how an editor learns what a partial sees. */
export type OnEnterFile = (file: string, scope: Scope) => void;

/**
 * Walks a pack's templates from report.hbs the way rendering would, following partials with the context
 * they are called in, and reports every path that names nothing in the view model, every unknown helper
 * and every missing partial. Each (partial, context) pair is walked once.
 */
export function checkTemplatePaths(files: Map<string, string>, helpers: ReadonlySet<string>, root: Shape, onEnterFile?: OnEnterFile): LintFinding[] {
  const findings: LintFinding[] = [];
  const asts = new Map<string, hbs.AST.Program | undefined>();
  const walked = new Set<string>();
  const shapeIds = new Map<Shape, number>();
  const idOf = (s: Shape) => shapeIds.get(s) ?? (shapeIds.set(s, shapeIds.size), shapeIds.size - 1);

  const parse = (file: string): hbs.AST.Program | undefined => {
    if (!asts.has(file)) {
      try {
        asts.set(file, Handlebars.parse(files.get(file) ?? ''));
      } catch {
        asts.set(file, undefined); // compile errors are reported by lint's compile step, with their position
      }
    }
    return asts.get(file);
  };

  const walkFile = (file: string, scope: Scope) => {
    const key = `${file}#${scope.stack.map(idOf).join(',')}`;
    if (walked.has(key)) return;
    walked.add(key);
    onEnterFile?.(file, scope);
    const ast = parse(file);
    if (ast) walkProgram(ast, file, scope);
  };

  const report = (file: string, node: Node, message: string, en: string) => {
    const start = { line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 };
    const end = node.loc ? { line: node.loc.end.line, column: node.loc.end.column + 1 } : start;
    findings.push({ file, ...start, endLine: end.line, endColumn: end.column, message, en });
  };

  /** The shape a path names, or undefined after reporting why not. */
  const resolvePath = (path: hbs.AST.PathExpression, file: string, scope: Scope): Shape | undefined => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (!DATA_VARS.has(head ?? '')) {
        report(file, path, `未知的 @ 变量“@${head}”：可用 @index、@first、@last、@key、@root。`, `Unknown @ variable "@${head}": use @index, @first, @last, @key or @root.`);
        return undefined;
      }
      if (head !== 'root') return { kind: 'scalar' };
      return follow(scope.root, rest, path, file);
    }
    const base = scope.stack[path.depth];
    if (!base) {
      report(file, path, `“${path.original}”的 ../ 超出了最外层。`, `"${path.original}" goes ../ beyond the outermost context.`);
      return undefined;
    }
    return follow(base, path.parts, path, file);
  };

  const follow = (start: Shape, parts: string[], path: hbs.AST.PathExpression, file: string): Shape | undefined => {
    let shape = start;
    for (const part of parts) {
      const next = childShape(shape, part);
      if (!next) {
        const hint = closest(part, keysOf(shape));
        report(file, path, `数据路径“${path.original}”不存在：这里没有“${part}”。${hint ? `是不是“${hint}”？` : ''}`, `"${path.original}" names nothing: there is no "${part}" here.${hint ? ` Did you mean "${hint}"?` : ''}`);
        return undefined;
      }
      shape = next;
    }
    return shape;
  };

  const walkParams = (params: hbs.AST.Expression[], file: string, scope: Scope) => {
    for (const p of params) walkExpression(p, file, scope);
  };

  const walkExpression = (expr: hbs.AST.Expression, file: string, scope: Scope): Shape | undefined => {
    if (expr.type === 'PathExpression') return resolvePath(expr as hbs.AST.PathExpression, file, scope);
    if (expr.type === 'SubExpression') {
      const sub = expr as hbs.AST.SubExpression;
      checkHelper(sub.path as hbs.AST.PathExpression, file);
      walkParams(sub.params, file, scope);
    }
    return undefined;
  };

  const checkHelper = (path: hbs.AST.PathExpression, file: string) => {
    const name = path.original;
    if (!helpers.has(name) && !BUILTIN_BLOCKS.has(name)) {
      const hint = closest(name, [...helpers]);
      report(file, path, `没有名为“${name}”的助手（helper）。${hint ? `是不是“${hint}”？` : ''}`, `No helper named "${name}".${hint ? ` Did you mean "${hint}"?` : ''}`);
    }
  };

  const walkProgram = (program: hbs.AST.Program | undefined, file: string, scope: Scope) => {
    for (const stmt of program?.body ?? []) walkStatement(stmt, file, scope);
  };

  const walkStatement = (stmt: hbs.AST.Statement, file: string, scope: Scope) => {
    switch (stmt.type) {
      case 'MustacheStatement': {
        const m = stmt as hbs.AST.MustacheStatement;
        const isHelper = m.params.length > 0 || (m.path.type === 'PathExpression' && helpers.has((m.path as hbs.AST.PathExpression).original));
        if (isHelper) {
          checkHelper(m.path as hbs.AST.PathExpression, file);
          walkParams(m.params, file, scope);
        } else walkExpression(m.path as hbs.AST.Expression, file, scope);
        return;
      }
      case 'BlockStatement': {
        const b = stmt as hbs.AST.BlockStatement;
        const name = (b.path as hbs.AST.PathExpression).original;
        checkHelper(b.path as hbs.AST.PathExpression, file);
        const arg = b.params[0] ? walkExpression(b.params[0], file, scope) : undefined;
        walkParams(b.params.slice(1), file, scope);
        let inner = scope;
        if ((name === 'each' || name === 'with') && arg) {
          const ctx = name === 'each' ? elementShape(arg) : arg;
          if (ctx) inner = { ...scope, stack: [ctx, ...scope.stack] };
        }
        walkProgram(b.program, file, inner);
        walkProgram(b.inverse, file, scope);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement': {
        const p = stmt as hbs.AST.PartialStatement;
        const partName = p.name.type === 'PathExpression' ? (p.name as hbs.AST.PathExpression).original : undefined;
        if (!partName) return;
        const target = `partials/${partName}.hbs`;
        if (!files.has(target)) {
          const hint = closest(partName, [...files.keys()].filter((f) => f.startsWith('partials/')).map((f) => f.slice(9, -4)));
          report(file, p, `没有名为“${partName}”的片段（partials/${partName}.hbs）。${hint ? `是不是“${hint}”？` : ''}`, `No partial named "${partName}" (partials/${partName}.hbs).${hint ? ` Did you mean "${hint}"?` : ''}`);
          return;
        }
        const ctx = p.params[0] ? walkExpression(p.params[0], file, scope) : undefined;
        walkFile(target, ctx ? { ...scope, stack: [ctx, ...scope.stack] } : scope);
        return;
      }
      default:
        return;
    }
  };

  walkFile('report.hbs', { stack: [root], root });
  return findings;
}

/**
 * Every context each template file is entered with, walking from report.hbs as rendering would (a partial called
 * from several places has several). A file that nothing reaches has none.
 */
export function templateScopes(files: Map<string, string>, helpers: ReadonlySet<string>, root: Shape): Map<string, Scope[]> {
  const scopes = new Map<string, Scope[]>();
  checkTemplatePaths(files, helpers, root, (file, scope) => scopes.set(file, [...(scopes.get(file) ?? []), scope]));
  return scopes;
}
