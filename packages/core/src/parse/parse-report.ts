import { Composer, Parser, YAMLParseError, type CST, type Document, type YAMLError } from 'yaml';
import { collectionKeyRanges } from './collection-keys.js';
import { addDuplicateKeyErrors } from './duplicate-keys.js';
import { readPlainBlockYaml, YAML_OPTIONS } from './yaml-document.js';
import { aliasProblem, aliasedChars, MAX_ALIAS_COUNT, MAX_ALIASED_CHARS } from './alias-limits.js';
import { LineIndex } from '../text/line-index.js';
import type { Diagnostic, Locale } from '../validate/diagnostic.js';
import { firstTooDeep, MAX_NESTING_DEPTH } from './nesting-depth.js';
import { syntaxMessage } from './syntax-messages.js';

export { MAX_ALIAS_COUNT, MAX_ALIASED_CHARS, YAML_OPTIONS };


/**
 * Longest text parsed, in UTF-16 units: the CLI refuses files over 16 MB before reading them, and this keeps
 * every other host (an editor sending a huge buffer to the language server) to the same bound.
 */
export const MAX_REPORT_CHARS = 16 * 1024 * 1024;

export interface ParsedReport {
  /** Where the text came from, for messages (a path or URI). */
  source: string;
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
  /** The data as plain values, or undefined when it cannot be built (see `problems`). */
  data: unknown;
  /** YAML syntax errors and warnings, and a failure to build the data. */
  problems: Diagnostic[];
}

export interface ParseOptions {
  source?: string;
  locale?: Locale;
}

/** Parses a report data file. Never throws: every problem becomes a diagnostic. */
export function parseReport(original: string, options: ParseOptions = {}): ParsedReport {
  const locale = options.locale ?? 'zh';
  // Old Mac editors end lines with a lone CR, which yaml (and the line index) would not see as a break: the
  // whole file became one line, a comment if it began with one, and was reported as empty. CR → LF keeps
  // every offset where it was, so ranges and fixes still apply to the text as the writer has it.
  const text = original.includes('\r') ? original.replace(/\r(?!\n)/g, '\n') : original;
  if (text.length > MAX_REPORT_CHARS) return tooLarge(text, options.source, locale);
  // Most report files are plain block YAML, which the fast path reads exactly as yaml would (and without
  // a problem: anything yaml would complain about is left to it).
  const fast = readPlainBlockYaml(text);
  if (fast) return { source: options.source ?? '<report>', text, doc: fast.doc, lines: new LineIndex(text), data: fast.data, problems: [] };
  const { doc, tooDeep, stoppedAt } = composeBounded(text);
  const problems: Diagnostic[] = [
    ...doc.errors.map((e) => fromYamlError(e, 'error', locale, text.length)),
    ...doc.warnings.slice(0, MAX_SYNTAX_ERRORS).map((e) => fromYamlError(e, 'warning', locale, text.length)),
  ];
  if (stoppedAt !== undefined) {
    problems.push(tooManyErrors(stoppedAt, text.length, locale));
    return { source: options.source ?? '<report>', text, doc, lines: new LineIndex(text), data: undefined, problems };
  }
  if (tooDeep !== undefined) {
    problems.push({
      code: 'nesting-limit',
      severity: 'error',
      range: { start: tooDeep, end: Math.min(text.length, tooDeep + 1) },
      message:
        locale === 'zh'
          ? `从这里起嵌套超过 ${MAX_NESTING_DEPTH} 层的上限（一份报告最多八九层）：检查缩进是否一行比一行深，或括号是否没有闭合。`
          : `Nesting deeper than ${MAX_NESTING_DEPTH} levels starts here (a report needs about eight): check for indentation that keeps growing or unclosed brackets.`,
    });
  }
  problems.push(...collectionKeys(doc, locale));
  let data: unknown;
  try {
    // Without a `*` there is no alias to count (and no second walk over a large document).
    if (text.includes('*') && aliasedChars(doc) > MAX_ALIASED_CHARS) throw new Error(`Aliases copy more than ${MAX_ALIASED_CHARS} characters`);
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push(aliasProblem(doc, err as Error, locale, text.length));
  }
  return { source: options.source ?? '<report>', text, doc, lines: new LineIndex(text), data, problems };
}

function tooLarge(text: string, source: string | undefined, locale: Locale): ParsedReport {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  const message =
    locale === 'zh'
      ? `文件有 ${mb(text.length)} M 个字符，超过 ${mb(MAX_REPORT_CHARS)} M 的上限，没有检查。一份报告的数据文件通常不到 10 万字，请检查是否选错了文件。`
      : `The file has ${mb(text.length)} M characters, over the ${mb(MAX_REPORT_CHARS)} M limit, and was not checked; a report's data is far smaller.`;
  return {
    source: source ?? '<report>',
    text,
    doc: compose([], text.length),
    lines: new LineIndex(text),
    data: undefined,
    problems: [{ code: 'file-too-large', severity: 'error', range: { start: 0, end: 0 }, message }],
  };
}

function collectionKeys(doc: Document.Parsed, locale: Locale): Diagnostic[] {
  return collectionKeyRanges(doc.contents).map((range) => ({
    code: 'syntax',
    severity: 'error',
    range,
    message:
      locale === 'zh'
        ? 'YAML 语法错误：键必须是文字，这里是列表或映射：去掉键两边的方括号或花括号。'
        : 'YAML syntax: a key must be text, not a list or a map; remove the brackets around it.',
  }));
}


/**
 * Syntax errors read before giving up on a file. Past a thousand it is not a report with slips but some other
 * text (5 MB of garbage gave 640,000 errors and a minute of work, most of it building error objects nobody
 * reads), so reading stops there and one more error says so.
 */
export const MAX_SYNTAX_ERRORS = 1000;

/**
 * Tokens are read lazily, so a file that has passed the error limit at the top level is not even lexed further.
 * The yaml library builds an Error per problem; their stack traces (never shown) were most of the cost, so
 * none are captured while composing.
 */
function composeBounded(text: string): { doc: Document.Parsed; tooDeep?: number; stoppedAt?: number } {
  const tokens: CST.Token[] = [];
  let errors = 0;
  let stoppedAt: number | undefined;
  const traces = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'error' && ++errors > MAX_SYNTAX_ERRORS) {
        stoppedAt = token.offset;
        break;
      }
      tokens.push(token);
    }
    const tooDeep = firstTooDeep(tokens);
    // Too deep to build safely: the file is read as empty, and the one problem says where and why.
    const doc = compose(tooDeep === undefined ? tokens : [], text.length);
    if (doc.errors.length > MAX_SYNTAX_ERRORS) {
      stoppedAt ??= (doc.errors[MAX_SYNTAX_ERRORS] as YAMLError).pos[0];
      doc.errors.length = MAX_SYNTAX_ERRORS;
    }
    return { doc, tooDeep, stoppedAt };
  } finally {
    Error.stackTraceLimit = traces;
  }
}

function tooManyErrors(at: number, length: number, locale: Locale): Diagnostic {
  const start = Math.min(at, length);
  return {
    code: 'syntax',
    severity: 'error',
    range: { start, end: Math.min(length, start + 1) },
    message:
      locale === 'zh'
        ? `语法错误超过 ${MAX_SYNTAX_ERRORS} 处，从这里起不再检查：这不像报告的数据文件（是否选错了文件，或文件已损坏？）。先改正上面的错误。`
        : `More than ${MAX_SYNTAX_ERRORS} syntax errors: not checked from here on. This does not look like a report data file (the wrong file, or a damaged one?); fix the errors above first.`,
  };
}

/** What yaml's parseDocument does, from tokens already parsed: one document, a second one is an error. */
function compose(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer(YAML_OPTIONS).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  addDuplicateKeyErrors(doc as Document.Parsed);
  return doc as Document.Parsed;
}

function fromYamlError(e: YAMLError, severity: 'error' | 'warning', locale: Locale, length: number): Diagnostic {
  const [start, end] = e.pos;
  const safeStart = Math.min(start, length);
  return {
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'syntax',
    severity,
    range: { start: safeStart, end: Math.max(safeStart, Math.min(end, length)) },
    message: syntaxMessage(e, locale),
  };
}
