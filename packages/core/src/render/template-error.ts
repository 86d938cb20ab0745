/**
 * A fault in a template pack (not in the writer's data): it names the pack file and the line and column in it,
 * because the person who can fix it is the maintainer, working in that file.
 */
export class TemplateError extends Error {
  constructor(
    message: string,
    readonly templateId: string,
    /** Pack-relative file, e.g. partials/item.hbs. */
    readonly file: string,
    /** How to show the file to a person (a path relative to the working folder). */
    readonly displayPath: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'TemplateError';
  }

  /** `templates/national/partials/item.hbs:3:5` */
  get location(): string {
    return this.line === undefined ? this.displayPath : `${this.displayPath}:${this.line}:${this.column ?? 1}`;
  }
}

const STACK_OVERFLOW = 'Maximum call stack size exceeded';
const RECURSION = '模板无限递归：有局部模板直接或间接引用了它自己（{{> …}}），渲染停不下来。';

/** Where Handlebars says an error is: strict-mode and helper errors carry lineNumber/column; parse errors a caret. */
export function handlebarsLocation(error: unknown, source: string): { line?: number; column?: number; message: string } {
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const raw = String(e.message ?? error);
  // First, and without a regular expression: when a partial includes itself the error is caught at the bottom of
  // the stack, where even compiling a regex overflows it again (a SyntaxError saying so reaches the levels above).
  if (raw.includes(STACK_OVERFLOW)) return { message: RECURSION };
  if (error instanceof RangeError) return { message: explain(raw) };
  if (typeof e.lineNumber === 'number') {
    return { line: e.lineNumber, column: (e.column ?? 0) + 1, message: explain(raw.replace(/ - \d+:\d+$/, '')) };
  }
  const partial = /^The partial (.+) could not be found$/.exec(raw);
  if (partial) return { ...findText(source, new RegExp(`\\{\\{~?>\\s*${escapeRegExp(partial[1] ?? '')}`)), message: explain(raw) };
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(raw);
  if (!parse) return { message: raw };
  const line = Number(parse[1]);
  const context = (parse[2] ?? '').replace(/^\.\.\./, '');
  const caret = (parse[3] ?? '').length - ((parse[2] ?? '').startsWith('...') ? 3 : 0);
  const before = context.slice(0, Math.max(caret, 0));
  const text = source.split('\n')[line - 1] ?? '';
  let column = 1;
  for (let c = text.length; c >= 0; c--) {
    const head = text.slice(0, c);
    if (head !== '' && (before.endsWith(head) || head.endsWith(before))) {
      column = c + 1;
      break;
    }
  }
  return { line, column, message: `语法错误：${(parse[4] ?? '').trim()}` };
}

/**
 * Handlebars' runtime messages in the maintainer's words. "not defined" is also what a template reaching for
 * `constructor` or `__proto__` gets: Handlebars never exposes the prototype chain, and strict mode says so.
 */
function explain(message: string): string {
  const missing = /^"(.+)" not defined in (.*)$/s.exec(message);
  if (missing) {
    return `模板读取的字段“${missing[1]}”不存在（${message}）。模板只能读取数据里有的字段，constructor、__proto__ 之类的内部属性一律读不到；字段可能没有时用 {{#if}} 包住。`;
  }
  if (message.includes(STACK_OVERFLOW)) return RECURSION;
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) return `找不到局部模板“${partial[1]}”：局部模板只能是本模板或上级模板 partials/ 文件夹里的 .hbs 文件，按文件名（不带 .hbs）引用。`;
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(message);
  if (helper?.[1] === 'log') return '模板用了 Handlebars 自带的 log 助手：它会把数据打印到终端或编辑器的日志，已停用。请删掉 {{log …}}。';
  if (helper) return `模板用了未知的助手“${helper[1]}”：只能用 docs/templates.md 列出的助手。`;
  return message;
}

function findText(source: string, pattern: RegExp): { line?: number; column?: number } {
  const m = pattern.exec(source);
  if (!m) return {};
  const before = source.slice(0, m.index);
  return { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
