// Bundles the built CLI (dist/) and everything it imports into dist/bundle/, which bin/fazhi.mjs runs.
// Why: a cold `fazhi` spent about 400 ms resolving and compiling some hundreds of ES modules before doing
// any work; one file takes about half that. The worker of a batch render is its own entry, found beside
// the main bundle as the unbundled code finds it (`new URL('./batch-worker.js', import.meta.url)`).
// dist/bundle/ sits four folders below the repository root, like core's dist/node/, so the built-in
// template packs are found the same way.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { main: 'dist/main.js', 'batch-worker': 'dist/render/batch-worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Modules loaded on demand (docx for Word output, mammoth for importing .docx) go to chunks of their own,
  // so a start-up does not parse them.
  splitting: true,
  // Chunks sit beside the entries: code that finds files from its own location (core's built-in templates,
  // the batch worker) must stay at the same depth.
  chunkNames: '[name]-[hash]',
  target: 'node20',
  // Bundled CommonJS modules (Handlebars, mammoth…) call require() for Node's own modules.
  banner: { js: "import { createRequire as __fazhiCreateRequire } from 'node:module'; const require = __fazhiCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
