import { blockText, parseReport, renderReport, validateReport, type Diagnostic, type LineIndex, type Script, type TemplateCatalog } from '@fazhi/core';
import { UserError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { readDataFile } from '../input/read-data-file.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import type { OutputFormat } from './formats.js';

/** `--out -`: the report goes to standard output (`fazhi render a.yaml --format md --out - | …`). */
export const STDOUT = '-';

export interface RenderFileResult {
  file: string;
  output?: string;
  /** Characters of report text, as the status line reports. */
  characters?: number;
  /** The rendered document's script, which decides the faces a Word file names. */
  script?: Script;
  diagnostics: Diagnostic[];
  lines?: LineIndex;
  notes: string[];
  failure?: string;
}

/**
 * One data file → one output file. A file with errors is not rendered (a writer would otherwise hand in a
 * report with a hole in it); warnings are printed and rendering goes on. The output is written atomically.
 */
export async function renderFile(file: string, format: OutputFormat, target: string, catalog: TemplateCatalog, lang: Lang): Promise<RenderFileResult> {
  try {
    const { text, notes } = readDataFile(file, lang);
    const parsed = parseReport(text, { source: file, locale: lang });
    const diagnostics = validateReport(parsed, { locale: lang, templates: catalog });
    const base = { file, lines: parsed.lines, notes };
    if (diagnostics.some((d) => d.severity === 'error')) return { ...base, diagnostics };
    const result = renderReport(parsed, catalog, { locale: lang });
    const all = [...diagnostics, ...result.problems];
    if (!result.document || result.problems.some((d) => d.severity === 'error')) return { ...base, diagnostics: all };
    const content = await format.write(result.document, lang);
    if (target === STDOUT) process.stdout.write(content);
    else writeFileAtomic(target, content, lang);
    const characters = result.document.blocks.reduce((n, b) => n + blockText(b).length, 0);
    return { ...base, diagnostics: all, output: target, characters, script: result.document.script };
  } catch (err) {
    if (err instanceof UserError) return { file, diagnostics: [], notes: [], failure: err.message };
    throw err;
  }
}
