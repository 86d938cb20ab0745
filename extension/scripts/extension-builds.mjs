// The extension's two CommonJS bundles (VS Code loads CommonJS), as scripts/bundle.mjs builds them and
// test/bundle.test.ts inspects them:
// - dist/extension.cjs (src/boot.ts, package.json's "main"): starts the language server (early-server.ts), then
//   requires the second. Small on purpose: VS Code reads and runs it before anything else of ours.
// - dist/main.cjs (src/extension.ts): the rest. Its imports of early-server.ts are left to the first bundle's
//   exports, so there is one server host, made by the first.

/** Options shared with the caller's (bundle, platform, minify…): `extra` is merged into both builds. */
export function extensionBuilds(extra) {
  return [
    {
      ...extra,
      entryPoints: ['src/boot.ts'],
      outfile: 'dist/extension.cjs',
      format: 'cjs',
      external: ['vscode', './main.cjs'],
      // The clock the start-up log counts from (src/early-server.ts, loadStartedAt).
      banner: { js: 'var __fazhiBundleStart = performance.now();' },
    },
    {
      ...extra,
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/main.cjs',
      format: 'cjs',
      external: ['vscode'],
      plugins: [earlyServerFromFirstBundle],
      footer: { js: 'var __fazhiBundleEnd = performance.now();' },
    },
  ];
}

/** `import … from './early-server.js'` in the second bundle: the first bundle's exports, not a copy of the module. */
const earlyServerFromFirstBundle = {
  name: 'early-server-from-first-bundle',
  setup(build) {
    build.onResolve({ filter: /(^|\/)early-server\.js$/ }, () => ({ path: './extension.cjs', external: true }));
  },
};
