// The server as one bundle in dist/bundle/, which bin/fazhi-language-server.mjs runs: the form it ships in
// (the VS Code extension bundles it too); it starts sooner and holds about 12 MiB less than unbundled.
//
// Whitespace and syntax minified: V8 holds the bundle's source in the heap and parses all of it at start-up,
// 1.9 MB → 1.4 MB, 0.7 MiB less resident at 15 KB. Names are kept, so stack traces still say which function
// failed (full minification, which renames them too, measured 59 MiB against 56.5 here: docs/performance.md, issue 18).
import { fileURLToPath } from 'node:url';
import { bundleNode } from '../../../scripts/bundle-node.mjs';

await bundleNode(fileURLToPath(new URL('..', import.meta.url)), { server: 'dist/server.js' }, { minifyWhitespace: true, minifySyntax: true });
