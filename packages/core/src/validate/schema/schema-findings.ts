import type { ErrorObject } from 'ajv';
import { isMap, isScalar, type Document, type Node } from 'yaml';
import { ENUM_TITLES, schemaAt, type SchemaNode } from '@fazhi/schema';
import { firstKeyRange, keyNodeAt, nodeAt, rangeOf, reportRange, type Path } from '../../parse/yaml-nodes.js';
import { closest } from '../../text/suggest.js';
import type { Range } from '../diagnostic.js';
import type { Finding } from '../rule.js';
import { validatorFor } from './ajv-instance.js';
import { jsonType, resolveAnyOf } from './resolve-any-of.js';

const TYPE_ZH: Record<string, string> = {
  string: '文字',
  number: '数字',
  integer: '整数',
  object: '下一层的键值（换行并多缩进两格）',
  array: '列表（每项一行，以“- ”开头）',
  boolean: '是或否（true/false）',
  null: '空',
};

/** Validates data against a JSON Schema and reports each problem once, at the place a writer must edit. */
export function schemaFindings(doc: Document, data: unknown, schema: SchemaNode): Finding[] {
  const validate = validatorFor(schema);
  if (validate(data)) return [];
  const errors = withoutMisspeltRequired(resolveAnyOf(validate.errors ?? []));
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const e of errors) {
    // .nan and .inf are reported by numberFindings, which can say what they are.
    if (typeof e.data === 'number' && !Number.isFinite(e.data)) continue;
    const f = toFinding(e, doc, data, schema);
    if (!f) continue;
    const key = `${f.code}@${f.range.start}:${f.range.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  return findings;
}

/**
 * `titel: …` is both an unknown key and a missing `title`; the unknown-key finding already offers the
 * rename, so the missing-key finding it would resolve is only noise.
 */
function withoutMisspeltRequired(errors: ErrorObject[]): ErrorObject[] {
  const renamedTo = new Set<string>();
  for (const e of errors) {
    if (e.keyword !== 'additionalProperties') continue;
    const props = ((e.parentSchema as SchemaNode | undefined)?.properties ?? {}) as Record<string, SchemaNode>;
    const suggestion = suggestKey(String((e.params as { additionalProperty?: unknown }).additionalProperty), props);
    if (suggestion) renamedTo.add(`${e.instancePath}/${suggestion}`);
  }
  if (renamedTo.size === 0) return errors;
  return errors.filter((e) => e.keyword !== 'required' || !renamedTo.has(`${e.instancePath}/${String((e.params as { missingProperty?: unknown }).missingProperty)}`));
}

/** Where a path is, for English messages: `measures.items[0].points[1]`, or "the top level". */
function where(path: Path): string {
  if (path.length === 0) return 'the top level';
  return path.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

function decodePath(pointer: string, data: unknown): Path {
  const path: Path = [];
  let node: unknown = data;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(node) ? Number(seg) : seg;
    path.push(key);
    node = (node as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

const titleAt = (path: Path, root: SchemaNode, fallback: string) => {
  const t = schemaAt(path, root)?.title;
  return typeof t === 'string' ? t : fallback;
};

function valueRange(doc: Document, path: Path): Range {
  const r = rangeOf(nodeAt(doc, path));
  return r && r.end > r.start ? r : reportRange(doc, path);
}

function toFinding(e: ErrorObject, doc: Document, data: unknown, root: SchemaNode): Finding | undefined {
  const path = decodePath(e.instancePath, data);
  const last = path[path.length - 1];
  const name = path.length === 0 ? '文件顶层' : titleAt(path, root, String(last));
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const props = ((e.parentSchema as SchemaNode | undefined)?.properties ?? {}) as Record<string, SchemaNode>;
      const suggestion = suggestKey(key, props);
      const range = rangeOf(keyNodeAt(doc, [...path, key])) ?? valueRange(doc, path);
      const hint = suggestion
        ? { zh: `是不是「${suggestion}」${props[suggestion]?.title ? `（${props[suggestion]?.title}）` : ''}？`, en: `Did you mean "${suggestion}"?` }
        : { zh: `这里可以用：${Object.keys(props).join('、')}。`, en: `Allowed here: ${Object.keys(props).join(', ')}.` };
      return {
        code: 'unknown-key',
        severity: 'error',
        range,
        message: { zh: `「${key}」不是${path.length ? `「${name}」下` : '文件顶层'}能用的键。${hint.zh}`, en: `"${key}" is not a key of ${path.length ? where(path) : 'the file'}. ${hint.en}` },
        fix: suggestion
          ? { title: { zh: `改为「${suggestion}」`, en: `Change to "${suggestion}"` }, edits: [{ range, newText: suggestion }] }
          : undefined,
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const title = titleAt([...path, key], root, key);
      return {
        code: 'missing-key',
        severity: 'error',
        range: missingKeyRange(doc, path),
        message: {
          zh: `缺少「${key}」（${title}）：请在${path.length ? `「${name}」` : '文件顶层'}下添加这一项。`,
          en: `Missing "${key}" (${title}): add it ${path.length ? `under ${where(path)}` : 'at the top level'}.`,
        },
      };
    }
    case 'type': {
      const expected = String(params.type).split(',');
      const actual = jsonType(e.data);
      const empty = actual === 'null';
      return {
        code: 'wrong-type',
        severity: 'error',
        range: valueRange(doc, path),
        message: empty
          ? { zh: `「${name}」是空的：请在后面写出${expected.map((t) => TYPE_ZH[t] ?? t).join('或')}，或删掉这一项。`, en: `${where(path)} is empty: give it a ${expected.join(' or ')}, or remove it.` }
          : {
              zh: `「${name}」应当是${expected.map((t) => TYPE_ZH[t] ?? t).join('或')}，这里写的是${TYPE_ZH[actual] ?? actual}。`,
              en: `${where(path)} must be ${expected.join(' or ')}, not ${actual}.`,
            },
      };
    }
    case 'enum':
      return enumFinding(e, doc, path, name);
    case 'propertyNames':
      return undefined; // reported by the `pattern` error ajv gives with the property name
    default:
      return invalidValue(e, doc, path, name);
  }
}

/**
 * On the parent key. A list item has no key, and the top level none either: there the first key of
 * the mapping stands for it, since marking the whole item (or file) would hide everything inside.
 */
function missingKeyRange(doc: Document, path: Path): Range {
  if (path.length > 0 && typeof path[path.length - 1] === 'string') return reportRange(doc, path);
  const node = path.length ? nodeAt(doc, path) : doc.contents;
  const firstKey = isMap(node) ? rangeOf(node.items[0]?.key as Node | undefined) : undefined;
  return firstKey ?? (path.length ? reportRange(doc, path) : firstKeyRange(doc));
}

/** Asked twice per unknown key (misspelt-required filter, then the finding): remembered per schema node. */
const suggestions = new WeakMap<Record<string, SchemaNode>, Map<string, string | undefined>>();

function suggestKey(key: string, props: Record<string, SchemaNode>): string | undefined {
  let known = suggestions.get(props);
  if (!known) suggestions.set(props, (known = new Map()));
  if (known.has(key)) return known.get(key);
  const suggestion = computeSuggestion(key, props);
  if (known.size < 10_000) known.set(key, suggestion);
  return suggestion;
}

function computeSuggestion(key: string, props: Record<string, SchemaNode>): string | undefined {
  if (/[\u4e00-\u9fff]/.test(key)) {
    const byTitle = Object.entries(props).find(([, s]) => typeof s.title === 'string' && s.title.includes(key));
    if (byTitle) return byTitle[0];
  }
  return closest(key, Object.keys(props));
}

function enumFinding(e: ErrorObject, doc: Document, path: Path, name: string): Finding {
  const allowed = ((e.params as { allowedValues?: unknown[] }).allowedValues ?? []).map(String);
  const titles = ((e.parentSchema as SchemaNode | undefined)?.[ENUM_TITLES] ?? []) as string[];
  const listed = allowed.map((v, i) => (titles[i] ? `${v}（${titles[i]}）` : v));
  const value = String(e.data);
  const byTitle = allowed.find((_, i) => titles[i] !== undefined && (titles[i] as string).includes(value) && value.length > 1);
  const suggestion = byTitle ?? closest(value, allowed);
  const range = valueRange(doc, path);
  return {
    code: 'bad-enum',
    severity: 'error',
    range,
    message: {
      zh: `「${name}」不能是“${value}”。可选：${listed.join('、')}。${suggestion ? `是不是 ${suggestion}？` : ''}`,
      en: `"${value}" is not allowed ${path.length ? `for ${where(path)}` : 'here'}. Allowed: ${allowed.join(', ')}.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
    },
    fix: suggestion ? { title: { zh: `改为 ${suggestion}`, en: `Change to ${suggestion}` }, edits: [{ range, newText: suggestion }] } : undefined,
  };
}

function invalidValue(e: ErrorObject, doc: Document, path: Path, name: string): Finding {
  const params = e.params as Record<string, unknown>;
  const example = (e.parentSchema as SchemaNode | undefined)?.examples;
  // The expected form is shown by example: the schema's pattern is for machines, not for writers.
  const sample = Array.isArray(example) && example.length ? { zh: `，例如：${JSON.stringify(example[0])}`, en: `, e.g. ${JSON.stringify(example[0])}` } : { zh: '', en: '' };
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    const range = rangeOf(keyNodeAt(doc, [...path, propertyName])) ?? valueRange(doc, path);
    return {
      code: 'invalid-value',
      severity: 'error',
      range,
      message: {
        zh: `名称“${propertyName}”不能用：只能由汉字、字母、数字和下划线组成，且不以数字开头。`,
        en: `The name "${propertyName}" is not allowed: use letters, digits, underscores and Chinese characters, not starting with a digit.`,
      },
    };
  }
  const what: Record<string, { zh: string; en: string }> = {
    pattern: { zh: `格式不对${sample.zh}`, en: `has the wrong form${sample.en}` },
    minimum: { zh: `不能小于 ${String(params.limit)}`, en: `must be at least ${String(params.limit)}` },
    maximum: { zh: `不能大于 ${String(params.limit)}`, en: `must be at most ${String(params.limit)}` },
    minLength: { zh: '不能是空的', en: 'must not be empty' },
  };
  const w = what[e.keyword] ?? { zh: `不符合要求（${e.message ?? e.keyword}）`, en: e.message ?? e.keyword };
  const node = nodeAt(doc, path) as Node | undefined;
  const shown = isScalar(node) ? `“${String(node.value)}”` : '';
  return {
    code: 'invalid-value',
    severity: 'error',
    range: valueRange(doc, path),
    message: { zh: `「${name}」${shown}${w.zh}。`, en: `${where(path)} ${w.en}.` },
  };
}
