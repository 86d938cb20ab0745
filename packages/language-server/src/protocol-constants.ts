// The protocol's plain values, in a file that imports nothing: the VS Code extension's first bundle (boot.ts, which
// starts the server as VS Code loads the extension) reads these without evaluating the protocol library that
// protocol.ts needs for its request types. protocol.ts re-exports them.

/** The formats an editor may ask `fazhi/renderToFile` for; the server announces which it writes (protocol.ts). */
export const OUTPUT_FORMATS = ['docx', 'html', 'txt', 'md', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Larger reports are not checked ahead (nor copied to the worker): it would hold up `initialize` if the editor came sooner. */
export const PREWARM_MAX_CHARS = 200_000;
