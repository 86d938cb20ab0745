import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The input files of the extension's bundle, as scripts/bundle.mjs builds it (nothing written). */
async function bundleInputs(): Promise<string[]> {
  const result = await build({
    entryPoints: ['src/extension.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    conditions: ['source'],
    absWorkingDir: root,
    outfile: 'dist/extension.cjs',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the extension bundle', () => {
  test('takes the protocol module from the language server, and nothing else of the server or of core', async () => {
    const inputs = await bundleInputs();
    const server = inputs.filter((i) => i.includes('packages/language-server/'));
    expect(server).toEqual(['../packages/language-server/src/protocol.ts']);
    expect(inputs.filter((i) => i.includes('packages/core/'))).toEqual([]);
    // The server's LSP library (vscode-languageserver) stays out; the client's protocol library is shared, once.
    const packages = inputs.filter((i) => i.includes('node_modules/')).map((i) => i.slice(0, i.lastIndexOf('node_modules/') + 13) + i.slice(i.lastIndexOf('node_modules/') + 13).split('/')[0]);
    const distinct = [...new Set(packages)];
    expect(distinct.filter((p) => p.endsWith('/vscode-languageserver'))).toEqual([]);
    expect(distinct.filter((p) => p.endsWith('/vscode-languageserver-protocol'))).toHaveLength(1);
  });
});
