import type { ServerContext } from '../context.js';
import { onFirstUse } from '../on-first-use.js';
import { RenderPackRequest } from '../protocol.js';
import type { PackStates } from './pack-state.js';

/**
 * `fazhi/renderPack`: a report rendered through the pack as the maintainer's buffers hold it (unsaved templates and
 * manifest included), for the same preview the writers use. The renderer is read on the first request, as for the
 * writers' preview (features/render.ts).
 */
export function registerPackPreview(context: ServerContext, states: PackStates): void {
  const answer = onFirstUse(() => import('./pack-preview-answer.js'));
  context.connection.onRequest(RenderPackRequest, (params) => answer((a) => a.renderPackPreview(context, states, params)));
}
