import Handlebars from 'handlebars';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { ResolvedManifest } from '../templates/manifest.js';
import { TEMPLATE_HELPERS } from './helpers/index.js';
import { TemplateError, handlebarsLocation } from './template-error.js';

/** A pack ready to run: its report.hbs with the partials of its whole `extends` chain. */
export interface CompiledPack {
  manifest: ResolvedManifest;
  /** Pack-relative file → [pack id that supplied it, its text]; used to locate errors and by lint. */
  files: Map<string, { id: string; text: string }>;
  run(context: object): string;
}

/**
 * Our helpers, and not Handlebars' built-in `log`: it writes its arguments to the console, which would let a
 * pack print raw data (escape sequences included) into the terminal or the language server's stderr. Marked
 * unknown, `{{log …}}` is a compile error with the pack file's line and column, like any unknown helper.
 */
const KNOWN_HELPERS = { ...Object.fromEntries(TEMPLATE_HELPERS.map((h) => [h.name, true])), log: false };

/**
 * Strict mode (a missing field is an error, not silent emptiness), only our helpers, and a private
 * environment per pack so packs cannot see each other's partials.
 */
const COMPILE_OPTIONS = { strict: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true } as const;

const cache = new WeakMap<TemplateCatalog, { generation: number; packs: Map<string, CompiledPack> }>();

/** Compiles a pack once per catalog generation (the language server invalidates the catalog when a pack changes). */
export function compilePack(catalog: TemplateCatalog, manifest: ResolvedManifest): CompiledPack {
  let entry = cache.get(catalog);
  if (!entry || entry.generation !== catalog.generation) {
    entry = { generation: catalog.generation, packs: new Map() };
    cache.set(catalog, entry);
  }
  let pack = entry.packs.get(manifest.id);
  if (!pack) {
    pack = compile(catalog, manifest);
    entry.packs.set(manifest.id, pack);
  }
  return pack;
}

/** report.hbs and partials/*.hbs, nearest pack in the chain winning. */
export function packFiles(catalog: TemplateCatalog, manifest: ResolvedManifest): Map<string, { id: string; text: string }> {
  const files = new Map<string, { id: string; text: string }>();
  for (const id of [...manifest.chain].reverse()) {
    const names = ['report.hbs', ...catalog.host.listTemplateFiles(id, 'partials').filter((f) => f.endsWith('.hbs')).map((f) => `partials/${f}`)];
    for (const file of names) {
      const text = catalog.host.readTemplateFile(id, file);
      if (text !== undefined) files.set(file, { id, text });
    }
  }
  return files;
}

function compile(catalog: TemplateCatalog, manifest: ResolvedManifest): CompiledPack {
  const hb = Handlebars.create();
  hb.unregisterHelper('log');
  for (const helper of TEMPLATE_HELPERS) hb.registerHelper(helper.name, helper.fn);
  const files = packFiles(catalog, manifest);
  const errorIn = (file: string, error: unknown): TemplateError => {
    if (error instanceof TemplateError) return error;
    const f = files.get(file);
    const where = handlebarsLocation(error, f?.text ?? '');
    return new TemplateError(where.message, f?.id ?? manifest.id, file, catalog.host.displayPath(f?.id ?? manifest.id, file), where.line, where.column);
  };
  const compileFile = (file: string, text: string): Handlebars.TemplateDelegate => {
    try {
      // Parsed now, so syntax errors come with this file's name rather than at first use; compiled from that AST.
      const template = hb.compile(hb.parse(text), COMPILE_OPTIONS);
      return (ctx, options) => {
        try {
          return template(ctx, options);
        } catch (error) {
          throw errorIn(file, error);
        }
      };
    } catch (error) {
      throw errorIn(file, error);
    }
  };
  const report = files.get('report.hbs');
  if (!report) {
    throw new TemplateError(`模板“${manifest.id}”及其上级模板都没有 report.hbs。`, manifest.id, 'report.hbs', catalog.host.displayPath(manifest.id, 'report.hbs'));
  }
  for (const [file, { text }] of files) {
    if (file.startsWith('partials/')) hb.registerPartial(file.slice('partials/'.length, -'.hbs'.length), compileFile(file, text));
  }
  const main = compileFile('report.hbs', report.text);
  return { manifest, files, run: (context) => main(context) };
}
