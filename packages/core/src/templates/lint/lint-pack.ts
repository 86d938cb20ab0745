import { templateProblemLocation, type TemplateCatalog } from '../catalog.js';
import { LineIndex } from '../../text/line-index.js';
import { checkManifest } from './check-manifest.js';
import { lintTemplateFiles } from './lint-templates.js';

/** One line of `fazhi templates lint`: `path:line:col  message`, an error unless it says warning. */
export interface PackFinding {
  severity: 'error' | 'warning';
  location: string;
  message: string;
  /** The message in English, where it has one (`fazhi --lang en`). */
  message_en?: string;
}


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
  for (const file of catalog.host.linksOutside?.(id) ?? []) {
    findings.push({
      severity: 'error',
      location: catalog.host.displayPath(id, file),
      message: `“${file}”是指向模板文件夹以外的符号链接，不会被读取：模板只能用自己文件夹里的文件，请把需要的文件复制进来。`,
      message_en: `"${file}" is a symbolic link pointing outside the pack folder and is not read: a pack may only use files inside its own folder; copy what it needs in.`,
    });
  }
  for (const f of lintTemplateFiles(catalog, manifest)) {
    const location = `${catalog.host.displayPath(f.templateId, f.file)}${f.line === undefined ? '' : `:${f.line}:${f.column ?? 1}`}`;
    findings.push({ severity: 'error', location, message: f.message, ...(f.message_en ? { message_en: f.message_en } : {}) });
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
