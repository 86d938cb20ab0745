import { isScalar, type Scalar } from 'yaml';
import type { ParsedReport } from '../parse/parse-report.js';
import { visitScalars, type Path } from '../parse/yaml-nodes.js';
import { isProsePath, isTitlePath } from '../validate/prose-paths.js';

/** One sentence of a report's prose: where it is (node, indices into the value) and what it says. */
export interface Sentence {
  node: Scalar;
  path: Path;
  /** Index into the node's value where the sentence starts and ends (end exclusive, with its full stop). */
  start: number;
  end: number;
  text: string;
}

const SENTENCE = /[^。！？；\n]+[。！？；\n]*/g;

/** The sentences of a prose string (titles are headings, not sentences: a repeated heading is no copy). */
export function sentencesOf(node: Scalar, path: Path, value: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of value.matchAll(SENTENCE)) {
    if (m[0].trim()) out.push({ node, path, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Every prose string of a report as sentences, in document order, headings left out. */
export function reportSentences(parsed: ParsedReport): Sentence[] {
  const out: Sentence[] = [];
  visitScalars(parsed.doc.contents, (node, path) => {
    if (typeof node.value === 'string' && isProsePath(path) && !isTitlePath(path)) out.push(...sentencesOf(node, [...path], node.value));
  });
  return out;
}

/** The string value at a path of a parsed report, when it is one. */
export function scalarAt(parsed: ParsedReport, path: Path): Scalar | undefined {
  const node = parsed.doc.getIn(path, true);
  return isScalar(node) ? node : undefined;
}
