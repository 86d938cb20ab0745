// Bundles a package's built entry points (dist/…) and everything they import into <package>/dist/bundle/, for
// the CLI and the language server: one file starts faster and holds less than some hundreds of ES modules.
// Modules loaded on demand (docx for Word output, mammoth for .docx import) go to chunks of their own.
// Chunks sit beside the entries, at the depth of core's dist/node/, so code that finds files from its own
// location (core's built-in templates, the CLI's batch worker) finds them in the bundle too.
import { build } from 'esbuild';

export async function bundleNode(packageRoot, entryPoints) {
  await build({
    absWorkingDir: packageRoot,
    entryPoints,
    outdir: 'dist/bundle',
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS modules (Handlebars, mammoth, vscode-languageserver…) call require() for Node's own modules.
    banner: { js: "import { createRequire as __fazhiCreateRequire } from 'node:module'; const require = __fazhiCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}
