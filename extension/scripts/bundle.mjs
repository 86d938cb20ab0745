// Bundles the extension (CJS, as VS Code loads it) and the language server (ESM, a child process) with esbuild from
// the workspace packages' sources, and copies the built-in template packs beside them: the .vsix needs no
// node_modules and works offline. `--production` minifies and drops source maps.
import { build } from 'esbuild';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLE_BANNER, bundleOnDemandLibraries, LEAN_BUNDLE_PLUGINS, makeAsciiOnly } from '../../scripts/bundle-lean.mjs';
import { extensionBuilds } from './extension-builds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  conditions: ['source'],
  minify: production,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

rmSync(`${root}dist`, { recursive: true, force: true });
// The extension in two bundles: a small first one starts the server, then the rest (extension-builds.mjs).
for (const options of extensionBuilds(common)) await build(options);

// The server's node entry, bundled with core and schema. ESM because the server's dependencies are; the banner gives
// bundled CommonJS modules the `require` they expect. Split like the language server's own bundle: what only some
// requests need (the Word writer, the importers' readers, OpenCC) sits in files of its own, read on first use, so
// the server starts by reading ~2 MB instead of 8 (docs/performance.md, cold start).
const serverEntry = `${repo}packages/language-server/src/server.ts`;
if (existsSync(serverEntry)) {
  const server = await build({
    ...common,
    // server.mjs runs in a process of its own, server-worker.mjs in a worker thread (src/server-host.ts); they share chunks.
    entryPoints: { server: serverEntry, 'server-worker': serverEntry.replace(/server\.ts$/, 'server-worker.ts') },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'server-[name]-[hash]',
    format: 'esm',
    banner: { js: BUNDLE_BANNER },
    plugins: LEAN_BUNDLE_PLUGINS,
    metafile: true,
  });
  makeAsciiOnly(Object.keys(server.metafile.outputs).map((file) => `${root}${file}`));
  await bundleOnDemandLibraries(`${root}dist`);
} else {
  console.warn(`bundle: ${serverEntry} is missing; the extension will report that its language server cannot start`);
}

rmSync(`${root}templates`, { recursive: true, force: true });
cpSync(`${repo}templates`, `${root}templates`, { recursive: true });
