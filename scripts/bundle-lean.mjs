// What keeps the bundled programs (CLI, language server, the extension's server) small in memory. Shared by
// scripts/bundle-node.mjs and extension/scripts/bundle.mjs. Measured in docs/performance.md ("Language server").
//
// - V8 keeps a script's whole source in the heap, as a two-byte string if a single character needs it: one
//   Chinese character left in a regex literal (esbuild escapes strings, not regexes) doubled the 4.4 MB bundle
//   to 8.4 MB of heap. makeAsciiOnly escapes what esbuild left.
// - OpenCC is 2.2 MB of dictionaries, needed only to render a traditional-script (zh-Hant) pack or to import a
//   report: it goes to files of its own, required the first time core builds a converter (core builds them on
//   first use, synchronously, so an ES chunk loaded by import() would not do).
// - Handlebars requires `source-map` for source maps of compiled templates, which we never ask for; without it
//   Handlebars uses its own small stand-in (its browser build does the same).
// - Node's `crypto` and `child_process` cost ~1 MiB of resident memory once loaded (their JavaScript, OpenSSL's
//   set-up). vscode-jsonrpc requires crypto for pipe names, vscode-languageserver child_process to find global
//   npm modules, core to run LibreOffice: none of it on the way to a check. They are loaded on the first call.
// - esbuild gives every ES module that imports a CommonJS package its own copy of the package's exports, one getter
//   closure per export: vscode-languageserver (306 exports, imported by 20 of our modules) and yaml (29) made
//   ~8,000 closures and their contexts. Imported through one ES module each, the copy is made once.
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Bundled CommonJS modules (Handlebars, mammoth, vscode-languageserver…) call require() for Node's own modules. */
export const BUNDLE_BANNER = "import { createRequire as __fazhiCreateRequire } from 'node:module'; const require = __fazhiCreateRequire(import.meta.url);";

/** opencc-js entry → the file beside the bundle that holds it. */
export const ON_DEMAND_LIBRARIES = { 'opencc-js/cn2t': 'opencc-cn2t.cjs', 'opencc-js/t2cn': 'opencc-t2cn.cjs' };

const onDemandOpenCC = {
  name: 'opencc-on-demand',
  setup(b) {
    b.onResolve({ filter: /^opencc-js\/(cn2t|t2cn)$/ }, (args) => ({ path: args.path, namespace: 'on-demand' }));
    b.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      loader: 'js',
      // `Converter` is all core uses of OpenCC; the library is read when the first converter is built.
      contents: `import { createRequire } from 'node:module';
let library;
export function Converter(options) {
  library ??= createRequire(import.meta.url)('./${ON_DEMAND_LIBRARIES[args.path]}');
  return library.Converter(options);
}`,
    }));
  },
};

const noSourceMaps = {
  name: 'no-source-map',
  setup(b) {
    b.onResolve({ filter: /^source-map$/ }, () => ({ path: 'source-map', namespace: 'empty' }));
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ loader: 'js', contents: 'module.exports = {};' }));
  },
};

/** Node built-ins that bundled code calls into only for some requests; loaded on their first call. */
export const LAZY_BUILTINS = ['child_process', 'crypto'];

const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const names = LAZY_BUILTINS.join('|');
    b.onResolve({ filter: new RegExp(`^(node:)?(${names})$`) }, (args) =>
      // The stand-in itself requires the real module, by a require() esbuild does not follow.
      ({ path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' }),
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = createRequire(import.meta.url)(`node:${args.path}`);
      // Only functions can be forwarded lazily: an ES module's exports are fixed when it is linked. A function
      // called with `new` (a class) constructs the real one; `instanceof` against these stand-ins would not hold,
      // and nothing bundled uses it. Importing a name that is not here fails the build.
      const functions = Object.keys(real).filter((k) => typeof real[k] === 'function' && /^[A-Za-z_$][\w$]*$/.test(k));
      return {
        loader: 'js',
        contents: `import { createRequire } from 'node:module';
let real;
const load = () => (real ??= createRequire(import.meta.url)('node:${args.path}'));
${functions.map((k) => `export function ${k}(...args) { return new.target ? Reflect.construct(load().${k}, args) : load().${k}(...args); }`).join('\n')}`,
      };
    });
  },
};

/** CommonJS packages imported by many bundled ES modules. */
export const SHARED_COMMONJS = ['vscode-languageserver', 'yaml'];

const sharedCommonJs = {
  name: 'shared-commonjs',
  setup(b) {
    const filter = new RegExp(`^(${SHARED_COMMONJS.join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData?.shared) return undefined;
      // One face per resolved file, so that two versions of a package would still stay apart.
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { shared: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'shared-commonjs' };
    });
    b.onLoad({ filter: /.*/, namespace: 'shared-commonjs' }, (args) => ({ loader: 'js', resolveDir: dirname(args.path), contents: `export * from ${JSON.stringify(args.path)};` }));
  },
};

export const LEAN_BUNDLE_PLUGINS = [onDemandOpenCC, noSourceMaps, lazyBuiltins, sharedCommonJs];

/**
 * Escapes every non-ASCII character esbuild left (it does so in strings, not in regex literals) as \uXXXX, so
 * V8 holds each file's source as a one-byte string. Inside a regex literal or a string the escape means the
 * same character; a non-ASCII character right after a backslash would change meaning, so it stops the build.
 */
export function makeAsciiOnly(files) {
  for (const file of files.filter((f) => /\.[cm]?js$/.test(f))) {
    const source = readFileSync(file, 'utf8');
    if (!/[^\x00-\x7f]/.test(source)) continue;
    const ascii = source.replace(/[^\x00-\x7f]/g, (c, at) => {
      if (source[at - 1] === '\\') throw new Error(`${file}: an escaped non-ASCII character at offset ${at}; escape it in the source`);
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
    writeFileSync(file, ascii);
  }
}

/** Writes the on-demand libraries into `outdir`, beside the bundle that requires them. */
export async function bundleOnDemandLibraries(outdir) {
  // Resolved from core, which depends on opencc-js (this script sits outside any package).
  const fromCore = createRequire(new URL('../packages/core/package.json', import.meta.url));
  for (const [entry, file] of Object.entries(ON_DEMAND_LIBRARIES)) {
    await build({
      entryPoints: [fromCore.resolve(entry)],
      outfile: `${outdir}/${file}`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      // Nearly all dictionary text: as UTF-8 it is a third of its \u-escaped size, and a two-byte string either way.
      charset: 'utf8',
      logLevel: 'warning',
    });
  }
}
