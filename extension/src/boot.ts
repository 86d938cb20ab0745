// What VS Code loads first (package.json "main" is dist/extension.cjs, this file's bundle). A small bundle that starts
// the language server (early-server.ts) before the rest of the extension is even read: that rest, ~0.5 MB minified
// and mostly vscode-languageclient, took 90–220 ms to read and evaluate while code-server started (docs/performance.md,
// cold start), time the server's worker now spends booting beside it. The rest is dist/main.cjs (extension.ts); its
// imports of early-server.ts are this bundle's exports (scripts/extension-builds.mjs), so both use one server host.
import type * as Main from './extension.js';

export { loadStartedAt, needsServer, serverHost } from './early-server.js';

const main = require('./main.cjs') as typeof Main;
export const activate = main.activate;
export const deactivate = main.deactivate;
