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

/** Our packages whose index only re-exports (`export { … } from './file.js'`). */
export const BARREL_PACKAGES = ['@fazhi/core', '@fazhi/core/node'];

/** The value names of `{ a, type B, c as d }`'s inside, each as [its name, the name it is given]. */
function valueNames(list) {
  return list
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n && !n.startsWith('type '))
    .map((item) => {
      const [name, as = name] = item.split(/\s+as\s+/);
      return [name, as];
    });
}

const barrels = new Map();

/**
 * A barrel's exported names → [file, name there], or undefined when it does more than `export { … } from`; read
 * once per bundle (every importer of the barrel asks).
 */
function barrelExports(path) {
  if (barrels.has(path)) return barrels.get(path);
  const source = readFileSync(path, 'utf8').replace(/\/\/.*$/gm, '');
  const map = new Map();
  let rest = source;
  for (const [statement, typeOnly, names, from] of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"];?/g)) {
    rest = rest.replace(statement, '');
    if (typeOnly) continue;
    for (const [local, exported] of valueNames(names)) map.set(exported, [from, local]);
  }
  const exports = rest.trim() === '' ? map : undefined;
  barrels.set(path, exports);
  return exports;
}

/** The value names a module imports (or re-exports) from `specifier` by `import { … }` (`export { … }`), or undefined for any other form. */
function namesImported(importerSource, specifier) {
  const quoted = specifier.replace(/[/.]/g, '\\$&');
  const any = new RegExp(`(?:import|export)[^;'"]*?from\\s*['"]${quoted}['"]`, 'g');
  const named = new RegExp(`^(?:import|export)\\s+(type\\s+)?\\{([^}]*)\\}\\s*from\\s*['"]${quoted}['"]$`);
  const names = [];
  for (const [statement] of importerSource.matchAll(any)) {
    const m = named.exec(statement.trim());
    if (!m) return undefined;
    if (m[1]) continue;
    for (const [name] of valueNames(m[2])) names.push(name);
  }
  return names;
}

// esbuild splits a bundle into chunks by which entry points (and import() targets) reach each file through its
// imports, used or not, so a module that takes one function from the core's index reaches every file the index
// re-exports: nothing of the core could be left for a chunk read on first use. Each importer of a barrel gets one
// of its own that re-exports only what it imports, from the files that define it (the same files, so each module
// is still evaluated once). Anything this cannot read (`import *`, a barrel with code) keeps the real barrel.
const directBarrelImports = {
  name: 'direct-barrel-imports',
  setup(b) {
    const filter = new RegExp(`^(${BARREL_PACKAGES.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})$`);
    b.onResolve({ filter }, async (args) => {
      if (args.kind !== 'import-statement' || args.pluginData?.direct) return undefined;
      const real = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { direct: true } });
      if (real.errors.length > 0) return { errors: real.errors };
      const exports = barrelExports(real.path);
      const names = namesImported(readFileSync(args.importer, 'utf8'), args.path);
      if (!exports || !names || names.some((n) => !exports.has(n))) return { path: real.path };
      return { path: `${args.importer}?${args.path}`, namespace: 'direct-barrel', pluginData: { barrel: real.path, exports, names } };
    });
    b.onLoad({ filter: /.*/, namespace: 'direct-barrel' }, (args) => {
      const { barrel, exports, names } = args.pluginData;
      const lines = names.map((n) => { const [from, local] = exports.get(n); return `export { ${local === n ? n : `${local} as ${n}`} } from ${JSON.stringify(from)};`; });
      return { loader: 'js', resolveDir: dirname(barrel), contents: lines.join('\n') };
    });
  },
};

export const LEAN_BUNDLE_PLUGINS = [onDemandOpenCC, noSourceMaps, lazyBuiltins, sharedCommonJs, directBarrelImports];

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
