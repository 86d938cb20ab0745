import type { Message } from '../validate/diagnostic.js';

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
    /** The message in English (`--lang en`, an English editor). */
    readonly messageEn: string = message,
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
const RECURSION: Message = {
  zh: '模板无限递归：有局部模板直接或间接引用了它自己（{{> …}}），渲染停不下来。',
  en: 'The templates recurse without end: a partial includes itself ({{> …}}), directly or through others, so rendering never stops.',
};

const both = (said: Message) => ({ message: said.zh, message_en: said.en });

/** Where Handlebars says an error is: strict-mode and helper errors carry lineNumber/column; parse errors a caret. */
export function handlebarsLocation(error: unknown, source: string): { line?: number; column?: number; message: string; message_en: string } {
  const e = error as { message?: string; lineNumber?: number; column?: number; en?: unknown };
  const raw = String(e.message ?? error);
  // A helper's own refusal (HelperError) says it in both languages.
  const explain = (message: string): Message => (typeof e.en === 'string' ? { zh: message, en: e.en } : explainRaw(message));
  // First, and without a regular expression: when a partial includes itself the error is caught at the bottom of
  // the stack, where even compiling a regex overflows it again (a SyntaxError saying so reaches the levels above).
  if (raw.includes(STACK_OVERFLOW)) return both(RECURSION);
  if (error instanceof RangeError) return both(explain(raw));
  if (typeof e.lineNumber === 'number') {
    return { line: e.lineNumber, column: (e.column ?? 0) + 1, ...both(explain(raw.replace(/ - \d+:\d+$/, ''))) };
  }
  const partial = /^The partial (.+) could not be found$/.exec(raw);
  if (partial) return { ...findText(source, new RegExp(`\\{\\{~?>\\s*${escapeRegExp(partial[1] ?? '')}`)), ...both(explain(raw)) };
  const parse = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(raw);
  if (!parse) return both(explain(raw));
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
  const expected = (parse[4] ?? '').trim();
  return { line, column, message: `语法错误：${expected}`, message_en: `Syntax error: ${expected}` };
}

/**
 * Handlebars' runtime messages in the maintainer's words. "not defined" is also what a template reaching for
 * `constructor` or `__proto__` gets: Handlebars never exposes the prototype chain, and strict mode says so.
 */
function explainRaw(message: string): Message {
  const missing = /^"(.+)" not defined in (.*)$/s.exec(message);
  if (missing) {
    return {
      zh: `模板读取的字段“${missing[1]}”不存在（${message}）。模板只能读取数据里有的字段，constructor、__proto__ 之类的内部属性一律读不到；字段可能没有时用 {{#if}} 包住。`,
      en: `The template reads a field "${missing[1]}" that does not exist (${message}). A template can read only fields the data has, never internal properties such as constructor or __proto__; wrap a field that may be absent in {{#if}}.`,
    };
  }
  if (message.includes(STACK_OVERFLOW)) return RECURSION;
  const partial = /^The partial (.+) could not be found$/.exec(message);
  if (partial) {
    return {
      zh: `找不到局部模板“${partial[1]}”：局部模板只能是本模板或上级模板 partials/ 文件夹里的 .hbs 文件，按文件名（不带 .hbs）引用。`,
      en: `No partial "${partial[1]}": a partial is a .hbs file in the partials/ folder of this pack or a pack it extends, named without .hbs.`,
    };
  }
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(message);
  if (helper?.[1] === 'log') {
    return {
      zh: '模板用了 Handlebars 自带的 log 助手：它会把数据打印到终端或编辑器的日志，已停用。请删掉 {{log …}}。',
      en: "The template uses Handlebars' built-in log helper, which is turned off (it would print data to the terminal or the editor's log). Remove {{log …}}.",
    };
  }
  if (helper) return { zh: `模板用了未知的助手“${helper[1]}”：只能用 docs/templates.md 列出的助手。`, en: `The template uses an unknown helper "${helper[1]}": only the helpers docs/templates.md lists exist.` };
  return { zh: message, en: message };
}

function findText(source: string, pattern: RegExp): { line?: number; column?: number } {
  const m = pattern.exec(source);
  if (!m) return {};
  const before = source.slice(0, m.index);
  return { line: before.split('\n').length, column: m.index - before.lastIndexOf('\n') };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
