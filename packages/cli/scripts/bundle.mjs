// The CLI as one bundle in dist/bundle/, which bin/fazhi.mjs runs (a cold `fazhi` spent ~400 ms loading
// modules). The batch render's worker is its own entry, found beside the main bundle as the unbundled code
// finds it (`new URL('./batch-worker.js', import.meta.url)`).
import { fileURLToPath } from 'node:url';
import { bundleNode } from '../../../scripts/bundle-node.mjs';

await bundleNode(fileURLToPath(new URL('..', import.meta.url)), { main: 'dist/main.js', 'batch-worker': 'dist/render/batch-worker.js', 'review-worker': 'dist/review/review-worker.js' });
