import { parseDocument, type Document, type ParseOptions } from 'yaml';
import { readBlockSubset, type BlockSubsetReading } from './block-subset/read-block-subset.js';
import { MAX_ALIAS_COUNT } from './alias-limits.js';
import { addDuplicateKeyErrors } from './duplicate-keys.js';
import { MAX_NESTING_DEPTH } from './nesting-depth.js';

/**
 * How every report is composed: repeated keys are errors, tags like !!binary stay text, and the yaml library
 * never writes warnings to the console. Hosts that parse pieces of a report themselves use the same options.
 */
// logLevel 'error': the yaml library would otherwise print its warnings (a list used as a key) to the
// console of whoever runs us; they are reported as diagnostics instead.
// resolveKnownTags: false keeps `!!binary`, `!!set` and `!!timestamp` from turning text into bytes, sets or
// dates: such a tag is reported as one the file does not need, and the value stays the text it looks like.
// uniqueKeys: false because yaml's check is quadratic; addDuplicateKeyErrors reports the same errors linearly.
export const YAML_OPTIONS = { uniqueKeys: false, strict: true, resolveKnownTags: false, logLevel: 'error' } as const;

/** The fast path's reading of a report text, or undefined when the text is not plain block YAML (see readBlockSubset). */
export function readPlainBlockYaml(text: string): BlockSubsetReading | undefined {
  // Half the nesting limit: deeper files go through yaml, whose path checks the limit.
  return readBlockSubset(text, { yaml: YAML_OPTIONS, maxDepth: MAX_NESTING_DEPTH / 2 });
}

/**
 * yaml's parseDocument with core's options, by the fast path whenever it applies (the same document either
 * way), and its data: for hosts that parse pieces of a report themselves, such as the language server on a
 * large file. `data` throws what toJS throws (an alias past the limits, or naming no anchor).
 */
export function parseYamlDocument(text: string, options: ParseOptions = {}): { doc: Document.Parsed; data: () => unknown } {
  const fast = readPlainBlockYaml(text);
  if (fast) return { doc: fast.doc, data: () => fast.data };
  const doc = parseDocument(text, { ...YAML_OPTIONS, ...options });
  addDuplicateKeyErrors(doc);
  return { doc, data: () => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
}
