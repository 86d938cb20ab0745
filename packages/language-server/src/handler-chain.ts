import type { Connection } from 'vscode-languageserver';

/**
 * Requests that several features answer, each for its own kind of document (a report data file, a pack's
 * template.yaml): LSP lets a connection hold one handler per request, so these are chained instead. Every handler
 * returns null (or undefined) for a document that is not its kind; the first answer wins, in registration order.
 */
const CHAINED = new Set(['onCompletion', 'onHover', 'onDefinition', 'onCodeAction', 'onDocumentSymbol', 'onFoldingRanges', 'onCodeLens']);

type Handler = (...args: unknown[]) => unknown;

/** The connection as features see it: `on<Request>` of a chained request adds a handler instead of replacing one. */
export function withChainedHandlers(connection: Connection): Connection {
  const chains = new Map<string, Handler[]>();
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property !== 'string' || !CHAINED.has(property) || typeof value !== 'function') {
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (handler: Handler) => {
        let chain = chains.get(property);
        if (!chain) {
          const handlers: Handler[] = (chain = []);
          chains.set(property, handlers);
          (value as (h: Handler) => unknown).call(target, (...args: unknown[]) => firstAnswer(handlers, args));
        }
        chain.push(handler);
        const handlers = chain;
        return { dispose: () => handlers.splice(handlers.indexOf(handler) >>> 0, 1) };
      };
    },
  });
}

/** Synchronous while the handlers are (most are): a request answered at once stays answered at once. */
function firstAnswer(handlers: readonly Handler[], args: unknown[], from = 0): unknown {
  for (let i = from; i < handlers.length; i++) {
    const answer = (handlers[i] as Handler)(...args);
    if (answer instanceof Promise) return answer.then((a: unknown) => (a ?? firstAnswer(handlers, args, i + 1)) ?? null);
    if (answer !== null && answer !== undefined) return answer;
  }
  return null;
}
