import { build, type BuildOptions } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script, no declarations
import { extensionBuilds } from '../scripts/extension-builds.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The input files and output of each of the extension's bundles, as scripts/bundle.mjs builds them (nothing written). */
async function bundles(): Promise<Array<{ inputs: string[]; text: string }>> {
  const common = { bundle: true, platform: 'node', target: 'node20', conditions: ['source'], absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' };
  const results = [];
  for (const options of extensionBuilds(common) as BuildOptions[]) {
    const result = await build(options);
    results.push({ inputs: Object.keys(result.metafile?.inputs ?? {}), text: result.outputFiles?.[0]?.text ?? '' });
  }
  return results;
}

const packagesOf = (inputs: string[]) => [
  ...new Set(inputs.filter((i) => i.includes('node_modules/')).map((i) => i.slice(0, i.lastIndexOf('node_modules/') + 13) + i.slice(i.lastIndexOf('node_modules/') + 13).split('/')[0])),
];

describe('the extension bundles', () => {
  test('take the protocol modules from the language server, and nothing else of the server or of core', async () => {
    const inputs = (await bundles()).flatMap((b) => b.inputs);
    const server = [...new Set(inputs.filter((i) => i.includes('packages/language-server/')))].sort();
    expect(server).toEqual(['../packages/language-server/src/protocol-constants.ts', '../packages/language-server/src/protocol.ts']);
    expect(inputs.filter((i) => i.includes('packages/core/'))).toEqual([]);
    // The server's LSP library (vscode-languageserver) stays out; the client's protocol library is shared, once.
    const distinct = packagesOf(inputs);
    expect(distinct.filter((p) => p.endsWith('/vscode-languageserver'))).toEqual([]);
    expect(distinct.filter((p) => p.endsWith('/vscode-languageserver-protocol'))).toHaveLength(1);
  });

  test('the first starts the server with no library of its own, and the second shares its server host', async () => {
    const [first, second] = await bundles();
    // What VS Code reads before the server starts: our own few files, no npm package (the client library is ~1 MB).
    expect(packagesOf(first!.inputs)).toEqual([]);
    expect(first!.text.length).toBeLessThan(40_000);
    expect(first!.inputs.some((i) => i.endsWith('src/server-host.ts'))).toBe(true);
    expect(first!.text).toContain('require("./main.cjs")');
    // One host: the second bundle takes early-server.ts from the first, and never makes a ServerHost itself.
    expect(second!.inputs.filter((i) => /early-server|server-host/.test(i))).toEqual([]);
    expect(second!.text).toContain('require("./extension.cjs")');
  });
});
