import { DOCUMENT_WRITERS, type RenderMemo } from '@fazhi/core';
import { RenderRequest, type FazhiExperimentalCapabilities, RenderToFileRequest } from '../protocol.js';
import { onFirstUse } from '../on-first-use.js';
import type { Feature } from './feature.js';
import { previewRenders } from './preview-first.js';

/**
 * `fazhi/render` for the live preview and `fazhi/renderToFile` for an export command. The renderer (and the HTML
 * reader it feeds) is read on the first request, so that a server that only checks never loads it; from then on a
 * preview is answered synchronously, as before.
 */
export const render: Feature = {
  capabilities: { experimental: { fazhiRender: true, fazhiRenderFormats: DOCUMENT_WRITERS.map((w) => w.id) } satisfies FazhiExperimentalCapabilities },
  register(context) {
    // Per previewed document, what its last render made: the next one re-renders only the parts an edit changed.
    const memos = new Map<string, RenderMemo>();
    context.documents.onDidClose((e) => memos.delete(e.document.uri));
    const renders = previewRenders(context);
    const renderer = onFirstUse(() => import('./render-document.js'));

    context.connection.onRequest(RenderRequest, (params) => renderer((r) => r.renderPreview(context, params, memos, renders)));
    context.connection.onRequest(RenderToFileRequest, (params) => renderer((r) => r.renderToFile(context, params)));
  },
};
