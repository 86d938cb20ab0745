// Entry point: `node bin/fazhi-language-server.mjs --stdio` (or --node-ipc / --socket=N, read by
// vscode-languageserver from argv). Bundlers start here; it exports nothing.
// First the process-wide V8 flags, before anything is allocated; the server itself is imported after them, and
// dynamically, so that no bundler evaluates it first (the extension's bundle shares it with server-worker.ts).
import { applyHeapSettings } from './heap-settings.js';

applyHeapSettings();
await import('./server-process.js');
