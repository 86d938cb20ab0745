import type { ServerContext } from '../context.js';
import { now } from '../clock.js';

/**
 * The live preview goes first. While the writer pauses, an edit's diagnostics would otherwise start at once
 * (`setImmediate`) and the preview's render request, a few milliseconds behind the edit on the wire, would wait for
 * the whole validation (10–17 ms at 300 KB) before being read. For a document the preview follows (a render was
 * answered for it lately), an edit's diagnostics instead wait until a render of that version (or a newer one) has been
 * answered, or `PREVIEW_WAIT_MS`, whichever comes first. Renders always read the document as its last `didChange`
 * left it, so nothing here can make one stale; the diagnostics themselves are computed once per version as before.
 */

/** How long diagnostics wait for the preview's render of an edit (the render request is a hop behind the edit). */
export const PREVIEW_WAIT_MS = 50;
/** A document the preview rendered within this long is taken to be followed by it (it renders after every edit). */
const FOLLOWED_FOR_MS = 3000;

interface Waiter {
  version: number;
  run: () => void;
}

export class PreviewRenders {
  private readonly renderedAt = new Map<string, number>();
  private readonly waiters = new Map<string, Waiter>();

  /**
   * The preview's render of this version is being answered: diagnostics waiting for it (or an older one) may go once
   * the answer is written. The connection writes it from an immediate it queues after this handler returns, so the
   * waiter runs from the next one (and only if no newer edit replaced it meanwhile); it queues its own work after that.
   */
  rendered(uri: string, version: number | undefined): void {
    this.renderedAt.set(uri, now());
    const waiter = this.waiters.get(uri);
    if (!waiter || (version !== undefined && version < waiter.version)) return;
    setImmediate(() => {
      if (this.waiters.get(uri) !== waiter) return;
      this.waiters.delete(uri);
      waiter.run();
    });
  }

  /** Whether the preview follows the document, so that an edit's render request is on its way. */
  follows(uri: string): boolean {
    return now() - (this.renderedAt.get(uri) ?? -Infinity) < FOLLOWED_FOR_MS;
  }

  /** Calls `run` once a render of `version` or newer is answered (replacing any earlier wait for the document). */
  afterRender(uri: string, version: number, run: () => void): void {
    this.waiters.set(uri, { version, run });
  }

  /** Stops waiting (the diagnostics ran anyway, or were cancelled by a newer edit). */
  cancel(uri: string): void {
    this.waiters.delete(uri);
  }

  forget(uri: string): void {
    this.renderedAt.delete(uri);
    this.waiters.delete(uri);
  }
}

const perServer = new WeakMap<ServerContext, PreviewRenders>();

/** The one record per server that the render and the diagnostics features share. */
export function previewRenders(context: ServerContext): PreviewRenders {
  let renders = perServer.get(context);
  if (!renders) perServer.set(context, (renders = new PreviewRenders()));
  return renders;
}
