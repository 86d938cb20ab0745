// Entry point: `node bin/fazhi-language-server.mjs --stdio` (or --node-ipc / --socket=N, read by
// vscode-languageserver from argv). Bundlers start here; it exports nothing.
// First, so V8 sizes the heap this way before anything is allocated; the clock right after it.
import './heap-settings.js';
import './startup-clock.js';

// The rest by import(), so that it runs after the two lines above in a bundle too: a bundle split into chunks read
// on first use (the importer's, the Word writer's) puts the code they share with the server into chunks of their
// own, and an entry's static imports of those would run before its own first line.
await import('./listen.js');
