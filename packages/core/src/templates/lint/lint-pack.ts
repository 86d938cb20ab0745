import type { TemplateCatalog } from '../catalog.js';
import { isStandardPart, LABEL_KEYS, PART_KEYS } from '../manifest.js';
import { closest } from '../../text/suggest.js';
import { expandLabel } from '../../render/labels.js';
import { checkRequiredPath } from './check-requires.js';
import { lintTemplateFiles } from './lint-templates.js';

/** One line of `fazhi templates lint`: `path:line:col  message`, an error unless it says warning. */
export interface PackFinding {
  severity: 'error' | 'warning';
  location: string;
  message: string;
  /** The message in English, where it has one (`fazhi --lang en`). */
  message_en?: string;
}

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
  for (const f of lintTemplateFiles(catalog, manifest)) {
    const location = `${catalog.host.displayPath(f.templateId, f.file)}${f.line === undefined ? '' : `:${f.line}:${f.column ?? 1}`}`;
    findings.push({ severity: 'error', location, message: f.message, ...(f.message_en ? { message_en: f.message_en } : {}) });
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
