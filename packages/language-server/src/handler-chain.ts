import type { Connection } from 'vscode-languageserver';

/**
 * Requests that several features answer, each for its own kind of document (report data files, template packs):
 * vscode-languageserver keeps one handler per request, so each registration joins a chain instead, and the first
 * handler that answers (not null or undefined) wins. Every handler returns null for documents that are not its own.
 */
const CHAINED = ['onCompletion', 'onHover', 'onDefinition'] as const;

type Handler = (...args: unknown[]) => unknown;

export function chainHandlers(connection: Connection): Connection {
  const chains = new Map<string, Handler[]>();
  const register = (method: (typeof CHAINED)[number]) => (handler: Handler) => {
    let chain = chains.get(method);
    if (!chain) {
      const handlers: Handler[] = [];
      chains.set(method, (chain = handlers));
      (connection[method] as (h: Handler) => unknown)(async (...args: unknown[]) => {
        for (const h of handlers) {
          const answer = await h(...args);
          if (answer !== null && answer !== undefined) return answer;
        }
        return null;
      });
    }
    chain.push(handler);
    return { dispose: () => chain.splice(chain.indexOf(handler), 1) };
  };
  return new Proxy(connection, {
    get(target, property, receiver) {
      if ((CHAINED as readonly PropertyKey[]).includes(property)) return register(property as (typeof CHAINED)[number]);
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
