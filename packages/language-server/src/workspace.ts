import { existsSync } from 'node:fs';
import { dirname, resolve, relative, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { TemplateCatalog } from '@fazhi/core';
import { looksLikeReportText } from '@fazhi/schema';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { packManifestFolder } from './manifest/manifest-document.js';
import { DEFAULT_SETTINGS, type Settings } from './settings.js';

/**
 * The workspace as the server sees it: its folders, the user's settings, and the template catalog
 * (workspace packs first, then the built-in ones). Decides which documents are report data files.
 */
export class Workspace {
  private settingsValue: Settings = DEFAULT_SETTINGS;
  private matchers: picomatch.Matcher[] = [];
  private catalogValue: TemplateCatalog | undefined;
  /** Catalogs that also see a `templates/` folder beside a data file, by that folder. */
  private readonly besideCatalogs = new Map<string, TemplateCatalog>();

  /**
   * `builtinDir` is where the shipped packs are; without it they are looked up next to core, which a
   * bundled server cannot do (so it is resolved only when needed, and a failure means no built-ins).
   */
  constructor(
    private readonly folders: string[],
    private readonly builtinDir?: string,
  ) {
    this.settings = DEFAULT_SETTINGS;
  }

  /** Whether this is the workspace of these folders and built-in packs (one made ahead of `initialize` may be). */
  serves(folders: readonly string[], builtinDir: string | undefined): boolean {
    return builtinDir === this.builtinDir && folders.length === this.folders.length && folders.every((f, i) => f === this.folders[i]);
  }

  get settings(): Settings {
    return this.settingsValue;
  }

  set settings(value: Settings) {
    // Only a different templates folder means other packs: keep the loaded ones otherwise (a change of
    // `fazhi.files` would else re-read every manifest, and the next completion would wait for it).
    if (value.templatesFolder !== this.settingsValue.templatesFolder) {
      this.catalogValue = undefined;
      this.besideCatalogs.clear();
    }
    this.settingsValue = value;
    this.matchers = value.files.map((glob) => picomatch(glob, { dot: true }));
  }

  /** Folders searched for packs, in order: an earlier folder's pack of the same id wins. */
  templateDirs(): string[] {
    return [...this.workspaceTemplateDirs(), ...builtinDirOr(this.builtinDir)];
  }

  /** The template folders of the workspace (the built-in packs do not change while the server runs). */
  workspaceTemplateDirs(): string[] {
    return this.folders.map((f) => resolve(f, this.settings.templatesFolder));
  }

  get catalog(): TemplateCatalog {
    return (this.catalogValue ??= new TemplateCatalog(createFsTemplateHost({ dirs: this.templateDirs(), cwd: this.folders[0] })));
  }

  /**
   * The packs a data file sees: a `templates/` folder beside it first (where 导入已有报告 and `fazhi import` put a
   * pack inferred from a report, as `fazhi check` and `fazhi render` read it), then the workspace's and the
   * built-in ones. A file without such a folder sees the workspace catalog itself.
   */
  catalogFor(uri: string): TemplateCatalog {
    const path = pathOf(uri);
    const beside = path === undefined ? undefined : resolve(dirname(path), 'templates');
    if (beside === undefined || this.templateDirs().includes(beside) || !existsSync(beside)) return this.catalog;
    let catalog = this.besideCatalogs.get(beside);
    if (!catalog) {
      catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [beside, ...this.templateDirs()], cwd: dirname(beside) }));
      this.besideCatalogs.set(beside, catalog);
    }
    return catalog;
  }

  /** A pack or manifest changed on disk: forget what was read. */
  invalidateTemplates(): void {
    this.besideCatalogs.clear();
    this.catalogValue?.invalidate();
    // The set of template folders that exist may have changed too.
    this.catalogValue = undefined;
  }

  /** Whether a changed file lies in a folder packs are read from (the workspace's, or one beside a data file). */
  isTemplateFile(uri: string): boolean {
    const path = pathOf(uri);
    if (path === undefined) return false;
    return this.templateDirs().some((dir) => isInside(dir, path)) || path.split(sep).includes('templates');
  }

  /**
   * A report data file: one whose text looks like a report (a top-level `template:` id, known or not, or two of
   * template/year/jurisdiction: see looksLikeReportText), or one matching `fazhi.files`. Not "names a known pack":
   * a file whose id is erased or mistyped must keep its diagnostics, the one saying so first.
   */
  isReport(uri: string, text: string): boolean {
    // A pack's template.yaml is a document of its own kind (features/manifests.ts), even where a glob takes in all YAML.
    if (packManifestFolder(this, uri, text) !== undefined) return false;
    return looksLikeReportText(text) || this.matchesGlob(uri);
  }

  matchesGlob(uri: string): boolean {
    const path = pathOf(uri);
    if (path === undefined) return false;
    const candidates = this.folders.filter((f) => isInside(f, path)).map((f) => relative(f, path).split(sep).join('/'));
    candidates.push(path.split(sep).join('/'));
    return candidates.some((c) => this.matchers.some((m) => m(c)));
  }
}

function builtinDirOr(given: string | undefined): string[] {
  if (given) return [given];
  try {
    return [builtinTemplatesDir()];
  } catch {
    return [];
  }
}

export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
