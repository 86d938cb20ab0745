import type { TemplateCatalog } from '../catalog.js';
import { LABEL_KEYS } from '../manifest.js';
import { compilePack, packFiles } from '../../render/compile-pack.js';
import { TEMPLATE_HELPERS } from '../../render/helpers/index.js';
import { expandLabel } from '../../render/labels.js';
import { TemplateError } from '../../render/template-error.js';
import { checkTemplatePaths } from './check-paths.js';
import { VIEW_SHAPE } from './view-shape.js';

/** One line of `fazhi templates lint`: `path:line:col  message`, an error unless it says warning. */
export interface PackFinding {
  severity: 'error' | 'warning';
  location: string;
  message: string;
}

const HELPER_NAMES = new Set(TEMPLATE_HELPERS.map((h) => h.name));
const SAMPLE = { year: 2023, jurisdiction: { name: '某某县', short_name: '某县', province: '某省', superior: '某市' } };

/**
 * Everything that can be known about a pack without a writer's data: the manifest resolves, every template
 * compiles, every path, partial and helper a template uses exists, and every label fills in.
 * (Golden examples are compared by the caller, which can read files.)
 */
export function lintPack(catalog: TemplateCatalog, id: string): PackFinding[] {
  const { manifest, problems } = catalog.resolve(id);
  if (!manifest) {
    return problems.map((p) => ({ severity: 'error', location: p.path, message: p.message }));
  }
  const findings: PackFinding[] = [];
  for (const file of catalog.host.linksOutside?.(id) ?? []) {
    findings.push({
      severity: 'error',
      location: catalog.host.displayPath(id, file),
      message: `“${file}”是指向模板文件夹以外的符号链接，不会被读取：模板只能用自己文件夹里的文件，请把需要的文件复制进来。`,
    });
  }
  // The compiled pack carries the files it read; they are read again only when compiling fails.
  let files: Map<string, { id: string; text: string }>;
  try {
    files = compilePack(catalog, manifest).files;
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    findings.push({ severity: 'error', location: error.location, message: error.message });
    files = packFiles(catalog, manifest);
  }
  const texts = new Map([...files].map(([f, v]) => [f, v.text]));
  for (const f of checkTemplatePaths(texts, HELPER_NAMES, VIEW_SHAPE)) {
    const owner = files.get(f.file)?.id ?? id;
    findings.push({ severity: 'error', location: `${catalog.host.displayPath(owner, f.file)}:${f.line}:${f.column}`, message: f.message });
  }
  for (const key of LABEL_KEYS) {
    const missing = new Set<string>();
    expandLabel(manifest.labels[key], SAMPLE, missing);
    for (const name of missing) {
      findings.push({ severity: 'error', location: catalog.host.displayPath(id, 'template.yaml'), message: `标题 labels.${key} 用到了未知的 \${${name}}：可用 \${year}、\${next_year}、\${jurisdiction.name}、\${jurisdiction.short_name}、\${jurisdiction.province}、\${jurisdiction.superior}。` });
    }
  }
  return findings;
}
