// The server in a process of its own, on the transport its command line names (read by vscode-languageserver);
// loaded by server.ts once the process's V8 flags are set.
import './startup-clock.js';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startupStep } from './startup-clock.js';
import { startServer } from './start-server.js';

startupStep('modules evaluated');

startServer(createConnection(ProposedFeatures.all));
