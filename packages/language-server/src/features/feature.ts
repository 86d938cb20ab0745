import type { ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context.js';

/** One editor feature: what it announces in `initialize`, and the handlers it installs. */
export interface Feature {
  capabilities: Partial<ServerCapabilities>;
  register(context: ServerContext): void;
}
