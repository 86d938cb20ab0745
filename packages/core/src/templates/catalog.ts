import { parseReport } from '../parse/parse-report.js';
import type { TemplateHost } from '../host.js';
import { LineIndex } from '../text/line-index.js';
import type { Range } from '../validate/diagnostic.js';
import { schemaFindings } from '../validate/schema/schema-findings.js';
import { isStandardPart, MANIFEST_DEFAULTS, PART_KEYS, type ResolvedManifest, type TemplateManifest } from './manifest.js';
import { resolveNumbering } from './resolve-numbering.js';
import { manifestSchema } from './manifest-schema.js';

/** A problem in a template pack, located in the pack's own files. */
export interface TemplateProblem {
  code: string;
  /** The pack and file, e.g. national + template.yaml. */
  templateId: string;
  file: string;
  /** Display path of the file, from the host. */
  path: string;
  /** Offsets into that file's text, when the problem has a place. */
  range?: Range;
  /** The file's text, so an edge can turn the range into a line and column. */
  text?: string;
  message: string;
  /** The message in English (`--lang en`, an English editor). */
  message_en: string;
}

/** `templates/x/template.yaml:3:7` when the problem has a place (1-based, as terminals show it), else the path. */
export function templateProblemLocation(problem: TemplateProblem): string {
  if (!problem.range || problem.text === undefined) return problem.path;
  const p = new LineIndex(problem.text).positionAt(problem.range.start);
  return `${problem.path}:${p.line + 1}:${p.character + 1}`;
}

export interface TemplateResolution {
  manifest?: ResolvedManifest;
  problems: TemplateProblem[];
}

/** Longest `extends` chain accepted; anything longer is almost surely a loop through many packs. */
const MAX_CHAIN = 16;

/**
 * The template packs a host offers, with manifests read, checked and merged along their `extends`
 * chain. Results are cached until `invalidate` (the language server calls it when a pack changes).
 */
export class TemplateCatalog {
  private readonly manifests = new Map<string, { manifest?: TemplateManifest; problems: TemplateProblem[] }>();
  private readonly resolved = new Map<string, TemplateResolution>();
  private idList: string[] | undefined;

  constructor(readonly host: TemplateHost) {}

  ids(): string[] {
    return (this.idList ??= this.host.listTemplates().slice().sort());
  }

  has(id: string): boolean {
    return this.ids().includes(id);
  }

  /** Bumped by `invalidate`, so caches built on the packs (compiled templates) know to rebuild. */
  generation = 0;

  invalidate(): void {
    this.generation++;
    this.manifests.clear();
    this.resolved.clear();
    this.idList = undefined;
  }

  /** The merged manifest of a pack, or the problems that prevent it. */
  resolve(id: string): TemplateResolution {
    let r = this.resolved.get(id);
    if (!r) {
      r = this.resolveChain(id);
      this.resolved.set(id, r);
    }
    return r;
  }

  /** A pack's own manifest, as written, with its problems. */
  manifestOf(id: string): { manifest?: TemplateManifest; problems: TemplateProblem[] } {
    let m = this.manifests.get(id);
    if (!m) {
      m = this.load(id);
      this.manifests.set(id, m);
    }
    return m;
  }

  /** Text of a pack file, looked up along the chain: a child's file overrides its parent's. */
  readFile(manifest: ResolvedManifest, file: string): { id: string; text: string } | undefined {
    for (const id of manifest.chain) {
      const text = this.host.readTemplateFile(id, file);
      if (text !== undefined) return { id, text };
    }
    return undefined;
  }

  private load(id: string): { manifest?: TemplateManifest; problems: TemplateProblem[] } {
    const file = 'template.yaml';
    const path = this.host.displayPath(id, file);
    const problem = (code: string, message: string, message_en: string, range?: Range, text?: string): TemplateProblem => ({
      code,
      templateId: id,
      file,
      path,
      range,
      text,
      message,
      message_en,
    });
    if (!this.has(id)) return { problems: [problem('unknown-template', `没有名为“${id}”的模板。`, `No pack named "${id}".`)] };
    const text = this.host.readTemplateFile(id, file);
    if (text === undefined && this.host.linksOutside?.(id).includes(file)) {
      // Never read (fs-template-host.ts): saying it is missing would send the maintainer looking for a file they see.
      const zh = `模板“${id}”的 template.yaml 是指向模板文件夹以外的链接，不会读取：请把文件本身放进模板文件夹。`;
      return { problems: [problem('template-manifest', zh, `Pack "${id}": template.yaml is a link to a file outside the pack's folder, which is never read. Put the file itself in the pack's folder.`)] };
    }
    if (text === undefined) return { problems: [problem('template-manifest', `模板“${id}”缺少 template.yaml。`, `Pack "${id}" has no template.yaml.`)] };
    const parsed = parseReport(text, { source: path });
    if (parsed.problems.length) {
      // Read again for the English: only a manifest that is not even YAML pays for it.
      const en = parseReport(text, { source: path, locale: 'en' }).problems;
      return { problems: parsed.problems.map((d, i) => problem('template-manifest', d.message, en[i]?.message ?? d.message, d.range, text)) };
    }
    const problems: TemplateProblem[] = [];
    for (const f of schemaFindings(parsed.doc, parsed.data, manifestSchema)) {
      problems.push(problem('template-manifest', f.message.zh, f.message.en, f.range, text));
    }
    const manifest = parsed.data as TemplateManifest;
    if (!problems.length && manifest.id !== id) {
      problems.push(problem('template-manifest', `id 是“${manifest.id}”，但文件夹名是“${id}”：两者必须相同。`, `The id is "${manifest.id}" but the folder is "${id}": the two must be the same.`, undefined, text));
    }
    return problems.length ? { problems } : { manifest, problems };
  }

  private resolveChain(id: string): TemplateResolution {
    const chain: TemplateManifest[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur !== undefined; ) {
      if (seen.has(cur) || chain.length >= MAX_CHAIN) {
        const { problems } = this.manifestOf(id);
        // A loop is named by its packs; a chain that is only long is said to be so (16 of 10,000 packs shown).
        const loop = [...seen, cur].join(' → ');
        const long = `${[...seen].slice(0, 4).join(' → ')} → … → ${cur}`;
        const [message, message_en] = seen.has(cur)
          ? [`模板“${id}”的 extends 形成了循环：${loop}。`, `The extends of pack "${id}" go round in a loop: ${loop}.`]
          : [
              `模板“${id}”的 extends 链太长：超过 ${MAX_CHAIN} 层（${long}）。一个模板通常只继承一两层：请让它直接继承更上层的模板。`,
              `The extends chain of pack "${id}" is too long: more than ${MAX_CHAIN} levels (${long}). A pack usually extends one or two others: let it extend a pack higher up directly.`,
            ];
        return { problems: [...problems, { code: 'template-extends', templateId: id, file: 'template.yaml', path: this.host.displayPath(id, 'template.yaml'), message, message_en }] };
      }
      seen.add(cur);
      const { manifest, problems } = this.manifestOf(cur);
      if (!manifest) return { problems };
      chain.push(manifest);
      cur = manifest.extends;
    }
    return { manifest: merge(chain), problems: [] };
  }
}

/** Applies a chain (child first) onto the defaults: child fields win, `requires` accumulate. */
function merge(chain: TemplateManifest[]): ResolvedManifest {
  const [own] = chain as [TemplateManifest];
  const fromRoot = [...chain].reverse();
  const pick = <K extends keyof TemplateManifest>(k: K) => chain.find((m) => m[k] !== undefined)?.[k];
  const labels = Object.assign({}, ...fromRoot.map((m) => m.labels ?? {}));
  const sequence = pick('order') ?? [...MANIFEST_DEFAULTS.order];
  const partKeys = new Set([...PART_KEYS, ...sequence, ...fromRoot.flatMap((m) => Object.keys(m.parts ?? {}))]);
  const { numbering, partNumbering, layout } = resolveNumbering(fromRoot, partKeys);
  return {
    id: own.id,
    name: own.name,
    name_en: own.name_en ?? '',
    description: own.description ?? '',
    description_en: own.description_en ?? '',
    suits: pick('suits') ?? [],
    chain: chain.map((m) => m.id),
    script: pick('script') ?? MANIFEST_DEFAULTS.script,
    requires: [...new Set(fromRoot.flatMap((m) => m.requires ?? []))],
    order: sequence.filter(isStandardPart),
    sequence: [...sequence],
    labels: { title: '', measures: '', shortcomings: '', responsibility: '', plans: '', others: '', ...labels },
    layout,
    numbering,
    partNumbering,
    show: Object.assign({}, MANIFEST_DEFAULTS.show, ...fromRoot.map((m) => m.show ?? {})),
  };
}
