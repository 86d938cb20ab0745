import Handlebars, { type HelperDelegate } from 'handlebars';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { ResolvedManifest } from '../templates/manifest.js';
import { HelperError } from './helpers/helper.js';
import { TEMPLATE_HELPERS } from './helpers/index.js';
import { memoisablePartials, templateFacts, type TemplateFacts } from './partial-facts.js';
import type { RenderMemo } from './render-memo.js';
import { TemplateError, handlebarsLocation } from './template-error.js';

/** A pack ready to run: its report.hbs with the partials of its whole `extends` chain. */
export interface CompiledPack {
  manifest: ResolvedManifest;
  /** Pack-relative file → [pack id that supplied it, its text]; used to locate errors and by lint. */
  files: Map<string, { id: string; text: string }>;
  /** With `memo`, a partial called again with the same context gives what it gave before (render-memo.ts). */
  run(context: object, memo?: RenderMemo): string;
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
  for (const helper of TEMPLATE_HELPERS) hb.registerHelper(helper.name, locatedRefusals(helper.fn));
  const files = packFiles(catalog, manifest);
  const errorIn = (file: string, error: unknown): TemplateError => {
    if (error instanceof TemplateError) return error;
    const f = files.get(file);
    const where = handlebarsLocation(error, f?.text ?? '');
    return new TemplateError(where.message, f?.id ?? manifest.id, file, catalog.host.displayPath(f?.id ?? manifest.id, file), where.line, where.column, where.message_en);
  };
  const facts = new Map<string, TemplateFacts>();
  const compileFile = (file: string, text: string): Handlebars.TemplateDelegate => {
    try {
      // Parsed now, so syntax errors come with this file's name rather than at first use; compiled from that AST.
      const ast = hb.parse(text);
      facts.set(file, templateFacts(ast));
      const template = hb.compile(ast, COMPILE_OPTIONS);
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
    const where = catalog.host.displayPath(manifest.id, 'report.hbs');
    throw new TemplateError(`模板“${manifest.id}”及其上级模板都没有 report.hbs。`, manifest.id, 'report.hbs', where, undefined, undefined, `Neither pack "${manifest.id}" nor any pack it extends has a report.hbs.`);
  }
  const partials = new Map<string, Handlebars.TemplateDelegate>();
  for (const [file, { text }] of files) {
    if (file.startsWith('partials/')) partials.set(file.slice('partials/'.length, -'.hbs'.length), compileFile(file, text));
  }
  const main = compileFile('report.hbs', report.text);
  // The memo of the render running now: renders are synchronous, so one at a time.
  let active: RenderMemo | undefined;
  const memoisable = memoisablePartials(facts);
  for (const [name, partial] of partials) {
    const variables = memoisable.get(name);
    hb.registerPartial(name, !variables ? partial : (ctx: unknown, options?: Handlebars.RuntimeOptions) => {
      const key = active?.partialKey(name, variables, ctx, options?.data as Record<string, unknown> | undefined);
      if (!active || key === undefined) return partial(ctx, options);
      const kept = active.partials.get(key);
      if (kept !== undefined) return kept;
      const output = partial(ctx, options);
      active.partials.set(key, output);
      return output;
    });
  }
  return {
    manifest,
    files,
    run: (context, memo) => {
      active = memo;
      try {
        return main(context);
      } finally {
        active = undefined;
      }
    },
  };
}

/**
 * A helper refusing its arguments (HelperError) says where the template calls it: Handlebars gives each call its
 * place in the template as `options.loc`, and handlebarsLocation reads `lineNumber`/`column` as it does for
 * strict-mode errors. The innermost call is the one at fault, so a place already given is kept.
 */
function locatedRefusals(fn: HelperDelegate): HelperDelegate {
  return function (this: unknown, ...args: unknown[]) {
    try {
      return fn.apply(this, args as Parameters<HelperDelegate>);
    } catch (error) {
      const loc = (args[args.length - 1] as { loc?: { start?: { line: number; column: number } } } | undefined)?.loc?.start;
      if (error instanceof HelperError && loc && !('lineNumber' in error)) Object.assign(error, { lineNumber: loc.line, column: loc.column });
      throw error;
    }
  };
}
