import { templateProblemLocation, type TemplateCatalog } from '../catalog.js';
import { LineIndex } from '../../text/line-index.js';
import { compilePack, packFiles } from '../../render/compile-pack.js';
import { TEMPLATE_HELPERS } from '../../render/helpers/index.js';
import { TemplateError } from '../../render/template-error.js';
import { checkMarkup } from './check-markup.js';
import { checkTemplatePaths } from './check-paths.js';
import { checkManifest } from './check-manifest.js';
import { VIEW_SHAPE } from './view-shape.js';

/** One line of `fazhi templates lint`: `path:line:col  message`, an error unless it says warning. */
export interface PackFinding {
  severity: 'error' | 'warning';
  location: string;
  message: string;
  /** The message in English, where it has one (`fazhi --lang en`). */
  message_en?: string;
}

const HELPER_NAMES = new Set(TEMPLATE_HELPERS.map((h) => h.name));

/**
 * Everything that can be known about a pack without a writer's data: the manifest resolves, every template
 * compiles, every path, partial and helper a template uses exists, its own files write only the HTML vocabulary,
 * and its own template.yaml passes checkManifest (`requires:` paths, `order` keys, label `${…}`), at line and column.
 * (Golden examples are compared by the caller, which can read files.)
 */
export function lintPack(catalog: TemplateCatalog, id: string): PackFinding[] {
  const { manifest, problems } = catalog.resolve(id);
  // The pack's own manifest, checked where each problem is written (the language server shows the same findings).
  const own = manifestFindings(catalog, id);
  if (!manifest) {
    // A manifest that does not load says why at its line and column; a broken parent or a loop, in the catalog's words.
    return own.length ? own : problems.map((p) => ({ severity: 'error', location: templateProblemLocation(p), message: p.message }));
  }
  const findings: PackFinding[] = [...own];
  const error = (location: string, message: string, message_en: string) => findings.push({ severity: 'error', location, message, message_en });
  for (const file of catalog.host.linksOutside?.(id) ?? []) {
    findings.push({
      severity: 'error',
      location: catalog.host.displayPath(id, file),
      message: `“${file}”是指向模板文件夹以外的符号链接，不会被读取：模板只能用自己文件夹里的文件，请把需要的文件复制进来。`,
      message_en: `"${file}" is a symbolic link pointing outside the pack folder and is not read: a pack may only use files inside its own folder; copy what it needs in.`,
    });
  }
  // The compiled pack carries the files it read; they are read again only when compiling fails.
  let files: Map<string, { id: string; text: string }>;
  try {
    files = compilePack(catalog, manifest).files;
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    findings.push({ severity: 'error', location: e.location, message: e.message });
    files = packFiles(catalog, manifest);
  }
  for (const [file, { id: owner, text }] of files) {
    if (owner !== id) continue; // a parent's files are its own lint's business
    for (const m of checkMarkup(text)) error(`${catalog.host.displayPath(owner, file)}:${m.line}:${m.column}`, m.zh, m.en);
  }
  const texts = new Map([...files].map(([f, v]) => [f, v.text]));
  for (const f of checkTemplatePaths(texts, HELPER_NAMES, VIEW_SHAPE)) {
    const owner = files.get(f.file)?.id ?? id;
    error(`${catalog.host.displayPath(owner, f.file)}:${f.line}:${f.column}`, f.message, f.en);
  }
  return findings;
}

function manifestFindings(catalog: TemplateCatalog, id: string): PackFinding[] {
  const text = catalog.has(id) ? catalog.host.readTemplateFile(id, 'template.yaml') : undefined;
  if (text === undefined) return [];
  const path = catalog.host.displayPath(id, 'template.yaml');
  const lines = new LineIndex(text);
  return checkManifest(text, { folder: id, catalog, source: path }).findings.map((f) => {
    const p = lines.positionAt(f.range.start);
    return { severity: f.severity === 'error' ? 'error' : 'warning', location: `${path}:${p.line + 1}:${p.character + 1}`, message: f.message.zh, message_en: f.message.en };
  });
}
