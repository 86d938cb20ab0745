// Entry point: `node bin/fazhi-language-server.mjs --stdio` (or --node-ipc / --socket=N, read by
// vscode-languageserver from argv). Bundlers start here; it exports nothing and requires nothing dynamically.
// First, so V8 sizes the heap this way before anything is allocated.
import './heap-settings.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './start-server.js';

startServer(createConnection(ProposedFeatures.all));
