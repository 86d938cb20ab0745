import { CodeActionKind, type CodeAction, type TextEdit } from 'vscode-languageserver';
import { isMap, type Node, type YAMLMap } from 'yaml';
import { propertiesAt, requiredAt, type SchemaNode } from '@fazhi/schema';
import { keyOf, nodeAt, type Diagnostic, type ParsedReport } from '@fazhi/core';
import { pick, reportAnalysis } from '../context.js';
import { locate } from '../cursor/locate.js';
import { fieldTitle } from '../field-docs.js';
import { toLspRange } from '../positions.js';
import { keySnippet } from '../snippets.js';
import { toLspDiagnostic } from './diagnostics.js';
import type { Feature } from './feature.js';

/**
 * Every fix core attaches to a diagnostic becomes a quick fix (preferred: core attaches a fix only when it
 * is always right; a missing part's fix inserts the part, placeholder intro included, in the pack's order).
 * A missing required key gets a scaffold to fill in.
 */
export const codeActions: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register(context) {
    context.connection.onCodeAction((params) => {
      const analysis = reportAnalysis(context, params.textDocument.uri);
      if (!analysis) return null;
      const { parsed } = analysis;
      const { uri } = params.textDocument;
      const locale = context.locale();
      const from = parsed.lines.offsetAt(params.range.start);
      const to = parsed.lines.offsetAt(params.range.end);
      const touching = analysis.diagnostics().filter((d) => d.range.start <= to && d.range.end >= from);
      const actions: CodeAction[] = [];
      for (const d of touching) {
        const diagnostic = toLspDiagnostic(d, parsed.lines);
        if (d.fix) {
          actions.push({
            title: d.fix.title,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: true,
            edit: { changes: { [uri]: d.fix.edits.map((e) => ({ range: toLspRange(parsed.lines, e.range), newText: e.newText })) } },
          });
        }
        if (d.code === 'missing-key') {
          for (const scaffold of scaffolds(parsed, d)) {
            if (actions.some((a) => a.title === scaffold.title(locale))) continue;
            actions.push({ title: scaffold.title(locale), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes: { [uri]: [scaffold.edit] } } });
          }
        }
      }
      return actions;
    });
  },
};

interface Scaffold {
  title(locale: 'zh' | 'en'): string;
  edit: TextEdit;
}

/** The required keys missing from the mapping a diagnostic points into. */
function scaffolds(parsed: ParsedReport, d: Diagnostic): Scaffold[] {
  const located = locate(parsed.doc, d.range.start);
  // The diagnostic sits on the mapping's key (or its first key): try that mapping and its parents.
  const paths = located ? located.path.map((_, i) => located.path.slice(0, located.path.length - i)) : [];
  paths.push([]);
  for (const path of paths) {
    const node = path.length ? nodeAt(parsed.doc, path) : (parsed.doc.contents as Node | null);
    if (!isMap(node)) continue;
    const present = new Set(node.items.map((p) => keyOf(p)));
    const required = new Set(requiredAt(path));
    const missing = propertiesAt(path).filter(([key]) => required.has(key) && !present.has(key));
    if (missing.length) return missing.map(([key, schema]) => scaffold(parsed, node, key, schema));
  }
  return [];
}

function scaffold(parsed: ParsedReport, map: YAMLMap, key: string, schema: SchemaNode): Scaffold {
  const last = map.items[map.items.length - 1];
  const firstKey = (map.items[0]?.key as Node | undefined)?.range?.[0] ?? 0;
  const indent = ' '.repeat(parsed.lines.positionAt(firstKey).character);
  const end = (last?.value as Node | null)?.range?.[1] ?? (last?.key as Node | null)?.range?.[1] ?? parsed.text.length;
  // Insert on a new line after the mapping's last value, indented like its keys; snippet stops become plain text.
  const body = keySnippet(key, schema)
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, '')
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
  const at = parsed.lines.positionAt(Math.max(0, end - 1));
  const lineEnd = parsed.lines.lineEnd(at.line);
  const eof = lineEnd >= parsed.text.length;
  const pos = parsed.lines.positionAt(lineEnd);
  return {
    title: (locale) => pick(locale, `添加缺少的“${fieldTitle(schema, 'zh') ?? key}”（${key}）`, `Add the missing ${key}`),
    edit: { range: { start: pos, end: pos }, newText: `${eof && !parsed.text.endsWith('\n') ? '\n' : eof ? '' : '\n'}${body}${eof ? '\n' : ''}` },
  };
}

