import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import {
  HELPER_NAMES,
  lintTemplateFiles,
  packFiles,
  templateScopes,
  TemplateCatalog,
  VIEW_SHAPE,
  type ResolvedManifest,
  type TemplateFinding,
  type TemplateHost,
  type TemplateProblem,
  type TemplateScope,
} from '@fazhi/core';
import { createFsTemplateHost } from '@fazhi/core/node';
import type { ServerContext } from '../context.js';
import { pathOf } from '../workspace.js';
import type { PackFile } from './pack-file.js';

/**
 * A pack as the maintainer sees it in the editor: its files as the open buffers hold them (unsaved edits count),
 * disk for the rest, resolved along `extends`. Everything is computed on first use and kept for this version of
 * the buffers.
 */
export interface PackState {
  pack: PackFile;
  catalog: TemplateCatalog;
  /** Undefined when the manifest chain does not resolve; `problems` says why. */
  manifest?: ResolvedManifest;
  problems: TemplateProblem[];
  /** report.hbs and partials/*.hbs of the chain, nearest pack winning. */
  files(): Map<string, { id: string; text: string }>;
  /** The contexts each template file is entered with, walking from report.hbs. */
  scopes(): Map<string, TemplateScope[]>;
  /** `fazhi templates lint`'s template findings for this pack. */
  findings(): TemplateFinding[];
  /** Absolute path of a pack file (a parent pack's, too), where this state reads it. */
  pathOf(templateId: string, file: string): string | undefined;
}

/** One state per pack, rebuilt when an open pack buffer changes or the packs on disk do. */
export class PackStates {
  private readonly states = new Map<string, { stamp: string; state: PackState }>();
  private generation = 0;

  constructor(private readonly context: ServerContext) {
    context.onWorldChanged(() => this.generation++);
  }

  get(pack: PackFile): PackState {
    const dirs = [...new Set([pack.templatesDir, ...this.context.workspace.templateDirs()])];
    const open = new Map<string, { uri: string; version: number; text: () => string }>();
    for (const document of this.context.documents.all()) {
      const path = pathOf(document.uri);
      if (path && dirs.some((dir) => isInside(dir, path))) open.set(path, { uri: document.uri, version: document.version, text: () => document.getText() });
    }
    const stamp = `${this.generation}|${dirs.join('|')}|${[...open].map(([p, d]) => `${p}@${d.version}`).join('|')}`;
    const key = `${pack.templatesDir}|${pack.packId}`;
    const cached = this.states.get(key);
    if (cached?.stamp === stamp) return cached.state;
    const buffers = new Map([...open].map(([path, d]) => [path, d.text()]));
    const state = createState(pack, dirs, buffers);
    this.states.set(key, { stamp, state });
    return state;
  }
}

function createState(pack: PackFile, dirs: string[], buffers: Map<string, string>): PackState {
  // Messages name files as `templates/<id>/partials/item.hbs`, from the folder holding the templates folder.
  const disk = createFsTemplateHost({ dirs, cwd: dirname(pack.templatesDir) });
  const packDir = (id: string) => dirs.map((d) => join(d, id)).find((d) => existsSync(join(d, 'template.yaml')));
  const pathIn = (id: string, file: string): string | undefined => {
    const dir = packDir(id);
    const path = dir && join(dir, file);
    return path && isInside(dir, path) ? path : undefined;
  };
  const host: TemplateHost = {
    ...disk,
    readTemplateFile(id, file) {
      const path = pathIn(id, file);
      const buffer = path === undefined ? undefined : buffers.get(path);
      // An open buffer stands in for a file on disk only: the disk host decides what a pack may read.
      return buffer !== undefined && disk.readTemplateFile(id, file) !== undefined ? buffer : disk.readTemplateFile(id, file);
    },
  };
  const catalog = new TemplateCatalog(host);
  const { manifest, problems } = catalog.resolve(pack.packId);
  let files: Map<string, { id: string; text: string }> | undefined;
  let scopes: Map<string, TemplateScope[]> | undefined;
  let findings: TemplateFinding[] | undefined;
  const state: PackState = {
    pack,
    catalog,
    manifest,
    problems,
    files: () => (files ??= manifest ? packFiles(catalog, manifest) : new Map()),
    scopes: () => (scopes ??= templateScopes(new Map([...state.files()].map(([f, v]) => [f, v.text])), HELPER_NAMES, VIEW_SHAPE)),
    findings: () => (findings ??= manifest ? lintTemplateFiles(catalog, manifest) : []),
    pathOf: pathIn,
  };
  return state;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
