import { relative } from 'node:path';
import { t, type Lang } from '../i18n.js';
import type { Style } from '../output/style.js';
import { formatDiagnostic } from '../output/terminal-diagnostics.js';
import { terminalSafe } from '../output/terminal-safe.js';
import { STDOUT } from './render-file.js';
import type { RenderFileResult } from './render-file.js';

/** What the terminal shows for one rendered file: notes, diagnostics as `fazhi check` prints them, the outcome. */
export function describeResult(r: RenderFileResult, lang: Lang, style: Style): string {
  const out: string[] = [];
  for (const note of r.notes) out.push(style.yellow(terminalSafe(note)));
  if (r.failure) return [...out, style.red(terminalSafe(r.failure))].join('\n') + '\n';
  for (const d of r.diagnostics) if (r.lines) out.push(formatDiagnostic(d, r.file, r.lines, style, lang) + '\n');
  if (r.output === STDOUT) {
    out.push(t(lang, `已输出报告（${r.characters} 字）`, `Wrote the report to standard output (${r.characters} characters)`));
  } else if (r.output) {
    const rel = relative(process.cwd(), r.output);
    const shown = terminalSafe(rel && !rel.startsWith('..') ? rel : r.output);
    out.push(t(lang, `已生成 ${shown}（${r.characters} 字）`, `Wrote ${shown} (${r.characters} characters)`));
  } else {
    out.push(style.red(t(lang, `${terminalSafe(r.file)}：有错误，没有生成报告。改正上面的错误后再渲染。`, `${terminalSafe(r.file)}: not rendered because of the errors above.`)));
  }
  return out.join('\n') + '\n';
}
