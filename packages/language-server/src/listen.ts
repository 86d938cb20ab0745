import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startupStep } from './startup-clock.js';
import { startServer } from './start-server.js';

/** The server on the transport named on the command line; loaded by server.ts once V8's flags are set. */
startupStep('modules evaluated');
startServer(createConnection(ProposedFeatures.all));
