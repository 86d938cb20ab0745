// Bundles a package's built entry points (dist/…) and everything they import into <package>/dist/bundle/, for
// the CLI and the language server: one file starts faster and holds less than some hundreds of ES modules.
// Modules loaded on demand (docx for Word output, mammoth for .docx import) go to chunks of their own.
// Chunks sit beside the entries, at the depth of core's dist/node/, so code that finds files from its own
// location (core's built-in templates, the CLI's batch worker) finds them in the bundle too.
import { build } from 'esbuild';
import { BUNDLE_BANNER, bundleOnDemandLibraries, LEAN_BUNDLE_PLUGINS, makeAsciiOnly } from './bundle-lean.mjs';

/** `options`: esbuild's, over these (e.g. minification, or another `outdir` inside the package). */
export async function bundleNode(packageRoot, entryPoints, options = {}) {
  const outdir = `${packageRoot}/${options.outdir ?? 'dist/bundle'}`;
  const result = await build({
    absWorkingDir: packageRoot,
    entryPoints,
    outdir: 'dist/bundle',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: BUNDLE_BANNER },
    plugins: LEAN_BUNDLE_PLUGINS,
    metafile: true,
    logLevel: 'warning',
    ...options,
  });
  makeAsciiOnly(Object.keys(result.metafile.outputs).map((file) => `${packageRoot}/${file}`));
  await bundleOnDemandLibraries(outdir);
}
