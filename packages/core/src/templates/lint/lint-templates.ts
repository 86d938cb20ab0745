import type { TemplateCatalog } from '../catalog.js';
import type { ResolvedManifest } from '../manifest.js';
import { compilePack, packFiles } from '../../render/compile-pack.js';
import { TEMPLATE_HELPERS } from '../../render/helpers/index.js';
import { TemplateError } from '../../render/template-error.js';
import { checkMarkup } from './check-markup.js';
import { checkTemplatePaths } from './check-paths.js';
import { VIEW_SHAPE } from './view-shape.js';

/** A problem in one of a pack's .hbs files: which pack supplied the file, and where in it (1-based). */
export interface TemplateFinding {
  templateId: string;
  /** Pack-relative, e.g. partials/item.hbs. */
  file: string;
  line?: number;
  column?: number;
  /** Where the offending text ends, when known (an editor underlines up to there). */
  endLine?: number;
  endColumn?: number;
  message: string;
  message_en?: string;
}

export const HELPER_NAMES: ReadonlySet<string> = new Set(TEMPLATE_HELPERS.map((h) => h.name));

/**
 * The template half of `fazhi templates lint`: every template compiles, every path, partial and helper it uses
 * exists, and the pack's own files write only the HTML vocabulary. Structured, so the CLI prints path:line:col
 * and the language server marks the same place in the editor.
 */
export function lintTemplateFiles(catalog: TemplateCatalog, manifest: ResolvedManifest): TemplateFinding[] {
  const findings: TemplateFinding[] = [];
  // The compiled pack carries the files it read; they are read again only when compiling fails.
  let files: Map<string, { id: string; text: string }>;
  try {
    files = compilePack(catalog, manifest).files;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    findings.push({ templateId: e.templateId, file: e.file, ...(e.line === undefined ? {} : { line: e.line, column: e.column ?? 1 }), message: e.message, message_en: e.messageEn });
    files = packFiles(catalog, manifest);
  }
  for (const [file, { id: owner, text }] of files) {
    if (owner !== manifest.id) continue; // a parent's files are its own lint's business
    for (const m of checkMarkup(text)) findings.push({ templateId: owner, file, line: m.line, column: m.column, message: m.zh, message_en: m.en });
  }
  const texts = new Map([...files].map(([f, v]) => [f, v.text]));
  for (const f of checkTemplatePaths(texts, HELPER_NAMES, VIEW_SHAPE)) {
    const { line, column, endLine, endColumn } = f;
    findings.push({ templateId: files.get(f.file)?.id ?? manifest.id, file: f.file, line, column, endLine, endColumn, message: f.message, message_en: f.en });
  }
  return findings;
}
