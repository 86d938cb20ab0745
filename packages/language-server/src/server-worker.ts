// Entry point in a worker thread of the VS Code extension host (extension/src/server-host.ts): the same server over
// the MessagePort the extension hands it in workerData, without the process-wide V8 flags of heap-settings.ts,
// which would change the extension host's own compilers and heap too.
import './startup-clock.js';
import { workerData, type MessagePort } from 'node:worker_threads';
import { createConnection, PortMessageReader, PortMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { countFromWorkerStart, startupStep } from './startup-clock.js';
import { startServer } from './start-server.js';

const { port, startedAt } = workerData as { port: MessagePort; startedAt?: unknown };
countFromWorkerStart(startedAt);
startupStep('modules evaluated');

startServer(createConnection(ProposedFeatures.all, new PortMessageReader(port), new PortMessageWriter(port)));
