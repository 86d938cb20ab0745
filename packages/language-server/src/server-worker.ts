// Entry point in a worker thread of the VS Code extension host (extension/src/server-host.ts): the same server over
// the MessagePort the extension hands it in workerData, without the process-wide V8 flags of heap-settings.ts,
// which would change the extension host's own compilers and heap too.
import './startup-clock.js';
import { workerData, type MessagePort } from 'node:worker_threads';
import { createConnection, PortMessageReader, PortMessageWriter, ProposedFeatures } from 'vscode-languageserver/node';
import { countFromWorkerStart, startupStep } from './startup-clock.js';
import { startServer } from './start-server.js';
import type { Prewarm } from './protocol.js';
import { prewarm } from './warm-up.js';
import type { Workspace } from './workspace.js';

const { port, ahead, startedAt } = workerData as { port: MessagePort; ahead?: Prewarm; startedAt?: unknown };
countFromWorkerStart(startedAt);
startupStep('modules evaluated');

// Started ahead of its client, with the reports the editor has open (extension/src/early-server.ts): their workspace
// is made and checked before `initialize`, unless `initialize` comes first.
let prepared: Workspace | undefined;
startServer(createConnection(ProposedFeatures.all, new PortMessageReader(port), new PortMessageWriter(port)), () => prepared);
if (ahead) setImmediate(() => (prepared = prewarm(ahead)));
