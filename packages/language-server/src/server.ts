// Entry point: `node bin/fazhi-language-server.mjs --stdio` (or --node-ipc / --socket=N, read by
// vscode-languageserver from argv). Bundlers start here; it exports nothing and requires nothing dynamically.
// First, so V8 sizes the heap this way before anything is allocated; the clock right after it.
import './heap-settings.js';
import './startup-clock.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startupStep } from './startup-clock.js';
import { startServer } from './start-server.js';

startupStep('modules evaluated');

startServer(createConnection(ProposedFeatures.all));
