// Bundles the extension (CJS, as VS Code loads it) and the language server (ESM, a child process) with esbuild from
// the workspace packages' sources, and copies the built-in template packs beside them: the .vsix needs no
// node_modules and works offline. `--production` minifies and drops source maps.
import { build } from 'esbuild';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
await build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.cjs', format: 'cjs', external: ['vscode'] });

// The server's node entry, bundled with core and schema. ESM because the server's dependencies are; the banner gives
// bundled CommonJS modules the `require` they expect.
const serverEntry = `${repo}packages/language-server/src/server.ts`;
if (existsSync(serverEntry)) {
  await build({
    ...common,
    entryPoints: [serverEntry],
    outfile: 'dist/server.mjs',
    format: 'esm',
    banner: { js: "import { createRequire as __fazhiRequire } from 'node:module'; const require = __fazhiRequire(import.meta.url);" },
  });
} else {
  console.warn(`bundle: ${serverEntry} is missing; the extension will report that its language server cannot start`);
}

rmSync(`${root}templates`, { recursive: true, force: true });
cpSync(`${repo}templates`, `${root}templates`, { recursive: true });
