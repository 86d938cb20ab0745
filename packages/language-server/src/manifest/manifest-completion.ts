import { CompletionItemKind, InsertTextFormat, InsertTextMode, MarkupKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { branchesOf, type SchemaNode } from '@fazhi/schema';
import { LABEL_VARIABLES, manifestSchema, type LineIndex, type Locale, type TemplateCatalog } from '@fazhi/core';
import { pick } from '../context.js';
import type { Segment } from '../cursor/block-path.js';
import { fieldMarkdown, fieldTitle } from '../field-docs.js';
import { pinyinInitials } from '../pinyin.js';
import { manifestCursor } from './manifest-cursor.js';
import { enumChoices, isMappingAt, manifestNodeAt, manifestPropertiesAt, optionMarkdown, partTitle, STANDARD_PARTS } from './manifest-schema-docs.js';
import { reportPaths } from './report-paths.js';

export interface ManifestCompletionInput {
  lines: LineIndex;
  position: Position;
  /** The manifest's data as last parsed (for its own labels and order), or undefined. */
  data: unknown;
  /** The pack's folder name: not offered as its own `extends`. */
  folder: string;
  catalog: TemplateCatalog;
  locale: Locale;
}

/**
 * Completion in a template.yaml: its keys at any depth (block or flow), enumerated options with their meanings,
 * pack ids for `extends`, part keys for `order`, `labels` and `parts`, report data paths for `requires`, and the
 * values a label's `${…}` can use.
 */
export function manifestCompletions(input: ManifestCompletionInput): CompletionItem[] | null {
  const { lines, position, locale } = input;
  const cursor = manifestCursor(lines, position.line, position.character);
  if (!cursor) return null;
  const range = { start: { line: position.line, character: cursor.from }, end: { line: position.line, character: cursor.to } };
  const item = (label: string, newText: string, detail: string | undefined, documentation: string | undefined, sort: number, kind: CompletionItemKind = CompletionItemKind.Value, filterText = label): CompletionItem => ({
    label,
    kind,
    ...(detail ? { detail, labelDetails: { description: detail } } : {}),
    ...(documentation ? { documentation: { kind: MarkupKind.Markdown, value: documentation } } : {}),
    sortText: String(sort).padStart(4, '0'),
    filterText,
    textEdit: { range, newText },
  });

  if (cursor.mode === 'variable') {
    const close = lines.lineText(position.line)[cursor.to] === '}' ? '' : '}';
    return LABEL_VARIABLES.map((v, i) => item(v.name, `${v.name}${close}`, pick(locale, v.zh, v.en), pick(locale, v.zh, v.en), i, CompletionItemKind.Variable));
  }
  const own = ownManifest(input.data);
  if (cursor.mode === 'key' && isMappingAt(cursor.path)) {
    const inFlow = lines.lineText(position.line).slice(0, cursor.from).includes('{');
    return keyItems(cursor.path, own).filter(([key]) => !cursor.present.has(key)).map(([key, node], i) => ({
      ...item(key, keySnippet(key, node, inFlow), fieldTitle(node, locale), fieldMarkdown(node, key, locale), i, CompletionItemKind.Property),
      insertTextFormat: InsertTextFormat.Snippet,
      insertTextMode: InsertTextMode.adjustIndentation,
    }));
  }
  return valueItems(cursor.path, input, own).map((v, i) => item(v.label, v.value, v.detail, v.documentation, i, CompletionItemKind.Value, v.filterText));
}

interface OwnManifest {
  labels: Record<string, unknown>;
  order: string[];
  requires: string[];
}

function ownManifest(data: unknown): OwnManifest {
  const d = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const labels = typeof d.labels === 'object' && d.labels !== null ? (d.labels as Record<string, unknown>) : {};
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { labels, order: strings(d.order), requires: strings(d.requires) };
}

/** Keys of a mapping: the schema's, and for `labels` and `parts` the part keys (standard, and extra ones in `order`). */
function keyItems(path: readonly Segment[], own: OwnManifest): Array<[string, SchemaNode]> {
  const declared = manifestPropertiesAt(path);
  const last = path[path.length - 1];
  if (path.length !== 1 || (last !== 'labels' && last !== 'parts')) return declared;
  const extra = own.order.filter((k) => !STANDARD_PARTS.includes(k));
  const keys = [...declared.map(([k]) => k), ...STANDARD_PARTS, ...extra].filter((k, i, all) => all.indexOf(k) === i);
  return keys.map((k) => [k, manifestNodeAt([...path, k]) ?? {}]);
}

/** `key: ` for a value, `key: [ ]` for a list; a mapping opens on the next line in block style, `{ }` in flow. */
function keySnippet(key: string, node: SchemaNode, inFlow: boolean): string {
  const types = branchesOf(node, manifestSchema).map((b) => b.type);
  if (types.includes('array')) return `${key}: [$0]`;
  if (types.includes('object')) return inFlow ? `${key}: { $0 }` : `${key}:\n  $0`;
  return `${key}: $0`;
}

interface ValueChoice {
  label: string;
  value: string;
  detail?: string;
  documentation?: string;
  filterText?: string;
}

function valueItems(path: readonly Segment[], input: ManifestCompletionInput, own: OwnManifest): ValueChoice[] {
  const { locale, catalog } = input;
  const [top, second] = path;
  if (top === 'extends' && path.length === 1) return packIds(catalog, input.folder, locale);
  if (top === 'requires' && typeof second === 'number') {
    return reportPaths()
      .filter((p) => !own.requires.includes(p.path))
      .map((p) => ({ label: p.path, value: p.path, detail: fieldTitle(p.node, locale), documentation: fieldMarkdown(p.node, p.path, locale) }));
  }
  if (top === 'order' && typeof second === 'number') {
    const extra = Object.keys(own.labels).filter((k) => k !== 'title' && !STANDARD_PARTS.includes(k));
    return [...STANDARD_PARTS, ...extra]
      .filter((k) => !own.order.includes(k))
      .map((k) => ({ label: k, value: k, detail: typeof own.labels[k] === 'string' ? (own.labels[k] as string) : partTitle(k) }));
  }
  if (top === 'labels' && typeof second === 'string' && path.length === 2) return inheritedLabel(catalog, input.data, second, locale);
  const choices = enumChoices(path);
  if (choices.length) {
    const doc = optionMarkdown(path, locale);
    return choices.map((c) => ({ label: c.value, value: c.value, detail: c.meaning, documentation: doc }));
  }
  const node = manifestNodeAt(path);
  if (node && branchesOf(node, manifestSchema).some((b) => b.type === 'boolean')) {
    return ['true', 'false'].map((v) => ({ label: v, value: v, detail: pick(locale, v === 'true' ? '是' : '否', v === 'true' ? 'yes' : 'no') }));
  }
  return [];
}

/** The packs there are, by id with their names (found by pinyin initials too); not the pack itself. */
function packIds(catalog: TemplateCatalog, folder: string, locale: Locale): ValueChoice[] {
  const ids = catalog.ids().filter((id) => id !== folder).sort((a, b) => Number(b === 'national') - Number(a === 'national'));
  return ids.map((id) => {
    const manifest = catalog.resolve(id).manifest;
    const name = manifest ? pick(locale, manifest.name, manifest.name_en || manifest.name) : undefined;
    const description = manifest ? pick(locale, manifest.description, manifest.description_en || manifest.description) : undefined;
    return { label: id, value: id, detail: name, documentation: description, filterText: `${id} ${manifest?.name ?? ''} ${pinyinInitials(manifest?.name ?? '')}` };
  });
}

/** The heading the pack would inherit for a label, to start from. */
function inheritedLabel(catalog: TemplateCatalog, data: unknown, key: string, locale: Locale): ValueChoice[] {
  const base = (data as { extends?: unknown } | undefined)?.extends;
  const label = typeof base === 'string' && catalog.has(base) ? catalog.resolve(base).manifest?.labels[key] : undefined;
  return label ? [{ label, value: label, detail: pick(locale, `继承自 ${String(base)}`, `inherited from ${String(base)}`) }] : [];
}
