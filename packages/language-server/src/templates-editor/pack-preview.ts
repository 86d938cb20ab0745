import type { ServerContext } from '../context.js';
import { RenderPackRequest } from '../protocol.js';
import type { PackStates } from './pack-state.js';

/**
 * `fazhi/renderPack`: a report rendered through the pack as the maintainer's buffers hold it (unsaved templates and
 * manifest included), for the same preview the writers use. The renderer is read on the first request, as for the
 * writers' preview (features/render.ts).
 */
export function registerPackPreview(context: ServerContext, states: PackStates): void {
  let answer: typeof import('./pack-preview-answer.js') | undefined;
  context.connection.onRequest(RenderPackRequest, (params) =>
    answer ? answer.renderPackPreview(context, states, params) : import('./pack-preview-answer.js').then((a) => (answer = a).renderPackPreview(context, states, params)),
  );
}
