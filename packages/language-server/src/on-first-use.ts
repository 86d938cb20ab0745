/**
 * A module read on first use: the function returned waits for it the first time, then calls `fn` at once, so a request a
 * feature answered synchronously before its code moved out of the first chunk is answered synchronously again
 * from the second time on (features/render.ts, import.ts, templates-editor/pack-preview.ts, publish-diagnostics.ts).
 */
export function onFirstUse<M>(load: () => Promise<M>): <R>(fn: (module: M) => R) => R | Promise<Awaited<R>> {
  let loaded: M | undefined;
  return <R>(fn: (module: M) => R) => (loaded ? fn(loaded) : load().then((module) => fn((loaded = module)) as Awaited<R>));
}
