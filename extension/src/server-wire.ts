import type { ChildProcess } from 'node:child_process';
import type { MessagePort } from 'node:worker_threads';
// From the protocol library rather than vscode-languageclient (which re-exports them), so that a test can run this
// outside VS Code.
import { IPCMessageReader, IPCMessageWriter, PortMessageReader, PortMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Wire } from './server-host.js';

/** The client's end of a server's channel: a worker's message port, or a process's IPC (server-host.ts). */
export const serverWire: Wire = {
  port: (port) => ({ reader: new ClosingPortReader(port), writer: new PortMessageWriter(port), detached: false }),
  ipc: (child: ChildProcess) => ({ reader: new IPCMessageReader(child), writer: new IPCMessageWriter(child), detached: false }),
};

/** vscode-jsonrpc 9's port reader never says that its port closed (its listener names `fireClose` without calling it). */
class ClosingPortReader extends PortMessageReader {
  constructor(port: MessagePort) {
    super(port);
    port.on('close', () => this.fireClose());
  }
}
