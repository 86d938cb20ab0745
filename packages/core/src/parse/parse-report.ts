import { Composer, Parser, visit, YAMLParseError, type CST, type Document, type YAMLError } from 'yaml';
import { LineIndex } from '../text/line-index.js';
import type { Diagnostic, Locale } from '../validate/diagnostic.js';
import { firstTooDeep, MAX_NESTING_DEPTH } from './nesting-depth.js';
import { syntaxMessage } from './syntax-messages.js';

/** Aliases expand when the data is built; a small cap defuses "billion laughs" files. */
export const MAX_ALIAS_COUNT = 100;

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
export function parseReport(text: string, options: ParseOptions = {}): ParsedReport {
  const locale = options.locale ?? 'zh';
  const tokens = [...new Parser().parse(text)];
  const tooDeep = firstTooDeep(tokens);
  // Too deep to build safely: the file is read as empty, and the one problem says where and why.
  const doc = compose(tooDeep === undefined ? tokens : [], text.length);
  const problems: Diagnostic[] = [
    ...doc.errors.map((e) => fromYamlError(e, 'error', locale, text.length)),
    ...doc.warnings.map((e) => fromYamlError(e, 'warning', locale, text.length)),
  ];
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
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    problems.push(aliasProblem(doc, err as Error, locale, text.length));
  }
  return { source: options.source ?? '<report>', text, doc, lines: new LineIndex(text), data, problems };
}

/** Building the data fails only on aliases: one that names no anchor, or too many expansions ("billion laughs"). */
function aliasProblem(doc: Document.Parsed, err: Error, locale: Locale, length: number): Diagnostic {
  const unresolved = /^Unresolved alias.*: (.*)$/.exec(err.message);
  if (unresolved) {
    const name = unresolved[1] ?? '';
    return {
      code: 'syntax',
      severity: 'error',
      range: firstAlias(doc, name) ?? { start: 0, end: Math.min(length, 1) },
      message:
        locale === 'zh'
          ? `别名 *${name} 指向不存在的锚点：在前面用 &${name} 标出要引用的内容，或直接写出内容。`
          : `The alias *${name} names no anchor: mark the content with &${name} before it, or write the content out.`,
    };
  }
  return {
    code: 'alias-limit',
    severity: 'error',
    range: firstAlias(doc) ?? { start: 0, end: Math.min(length, 1) },
    message:
      locale === 'zh'
        ? `别名（*引用）展开过多，超过 ${MAX_ALIAS_COUNT} 次的上限：请直接写出内容，不要用别名。`
        : `Aliases expand more than ${MAX_ALIAS_COUNT} times: write the content out instead of using aliases. (${err.message})`,
  };
}

/** Where the first alias is written: the expansion may blow up anywhere, but the fix starts at an alias. */
function firstAlias(doc: Document.Parsed, name?: string): { start: number; end: number } | undefined {
  let range: { start: number; end: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      if (node.range) range = { start: node.range[0], end: node.range[1] };
      return visit.BREAK;
    },
  });
  return range;
}

// resolveKnownTags: false keeps `!!binary`, `!!set` and `!!timestamp` from turning text into bytes, sets or
// dates: such a tag is reported as one the file does not need, and the value stays the text it looks like.

/** What yaml's parseDocument does, from tokens already parsed: one document, a second one is an error. */
function compose(tokens: CST.Token[], length: number): Document.Parsed {
  let doc: Document.Parsed | undefined;
  for (const next of new Composer({ uniqueKeys: true, strict: true, resolveKnownTags: false }).compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
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
