import type { TemplateCatalog } from '../catalog.js';
import { isStandardPart, LABEL_KEYS, PART_KEYS } from '../manifest.js';
import { closest } from '../../text/suggest.js';
import { compilePack, packFiles } from '../../render/compile-pack.js';
import { TEMPLATE_HELPERS } from '../../render/helpers/index.js';
import { expandLabel } from '../../render/labels.js';
import { TemplateError } from '../../render/template-error.js';
import { checkMarkup } from './check-markup.js';
import { checkTemplatePaths } from './check-paths.js';
import { checkRequiredPath } from './check-requires.js';
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
const SAMPLE = { year: 2023, jurisdiction: { name: '某某县', short_name: '某县', province: '某省', superior: '某市' } };

/**
 * Everything that can be known about a pack without a writer's data: the manifest resolves, every template
 * compiles, every path, partial and helper a template uses exists, its own files write only the HTML vocabulary,
 * every `requires:` path exists in the data format, and every label fills in.
 * (Golden examples are compared by the caller, which can read files.)
 */
export function lintPack(catalog: TemplateCatalog, id: string): PackFinding[] {
  const { manifest, problems } = catalog.resolve(id);
  if (!manifest) {
    return problems.map((p) => ({ severity: 'error', location: p.path, message: p.message }));
  }
  const findings: PackFinding[] = [];
  const manifestPath = catalog.host.displayPath(id, 'template.yaml');
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
  for (const path of manifest.requires) {
    const wrong = checkRequiredPath(path);
    if (wrong) error(manifestPath, wrong.zh, wrong.en);
  }
  for (const key of manifest.sequence) {
    if (isStandardPart(key) || manifest.labels[key]) continue;
    const hint = closest(key, [...PART_KEYS]);
    error(
      manifestPath,
      `order 里的“${key}”不是五个标准部分（${PART_KEYS.join('、')}）之一，也没有标题：在 labels.${key} 里给它一个标题，或改正拼写。${hint ? `是不是“${hint}”？` : ''}`,
      `order lists "${key}", which is not one of the five standard parts (${PART_KEYS.join(', ')}) and has no heading: give it one under labels (labels.${key}), or fix the spelling.${hint ? ` Did you mean "${hint}"?` : ''}`,
    );
  }
  const values = '${year}, ${next_year}, ${jurisdiction.name}, ${jurisdiction.short_name}, ${jurisdiction.province}, ${jurisdiction.superior}';
  for (const key of [...LABEL_KEYS, ...manifest.sequence.filter((k) => !isStandardPart(k))]) {
    const missing = new Set<string>();
    expandLabel(manifest.labels[key] ?? '', SAMPLE, missing);
    for (const name of missing) {
      error(manifestPath, `标题 labels.${key} 用到了未知的 \${${name}}：可用 ${values.replaceAll(', ', '、')}。`, `The label labels.${key} uses an unknown \${${name}}: use ${values}.`);
    }
  }
  return findings;
}
