import { spawnSync } from 'node:child_process';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hover } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, REPO, uriFor } from '../lsp-client.js';

/**
 * `fazhi/renderToFile` with output folders that cannot be used, over real JSON-RPC: each answers at once with
 * a message in the user's language saying what to do (never Node's English), and the server stays responsive.
 * An `outDir` under /proc used to hang the server at 100 % CPU (Node's recursive mkdir loops there).
 */
const EXAMPLE = readFileSync(join(REPO, 'templates/national/example.yaml'), 'utf8');
const TEMPLATE_LINE = EXAMPLE.split('\n').findIndex((l) => l.startsWith('template:'));
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-lsp-outdir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let client: LspClient;
beforeAll(async () => {
  client = await LspClient.start();
});
afterAll(async () => {
  await client.stop();
});

async function refusal(outDir: string, uri = uriFor('r.report.yaml'), format = 'txt'): Promise<string> {
  await client.open(uri, EXAMPLE);
  const error = await client.request('fazhi/renderToFile', { uri, format, outDir }).then(
    () => undefined,
    (e: Error) => e.message,
  );
  // Still answering: a hover right after.
  const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: TEMPLATE_LINE, character: 1 } });
  expect(hover).not.toBeNull();
  return error ?? 'written';
}

describe('fazhi/renderToFile refuses bad output folders in words', () => {
  it.each([
    ['under /proc (used to hang the server)', '/proc/fazhi/out', '不能新建文件夹'],
    ['/proc/self itself', '/proc/self/fazhi', '不能新建文件夹'],
  ])('%s', async (_what, outDir, says) => {
    const message = await refusal(outDir);
    expect(message).toContain(says);
    expect(message).not.toMatch(/ENOENT|EACCES|ENOTDIR|no such file/);
  });

  it('under a regular file', async () => {
    writeFileSync(join(tmp, 'a-file'), 'x');
    const message = await refusal(join(tmp, 'a-file', 'out'));
    expect(message).toContain('是文件而不是文件夹');
  });

  it('where the output name is a FIFO: refused, the FIFO kept', async () => {
    const dir = join(tmp, 'fifo');
    mkdirSync(dir);
    const uri = uriFor('pipe.report.yaml');
    const output = join(dir, basename(fileURLToPath(uri)).replace('.report.yaml', '.txt'));
    spawnSync('mkfifo', [output]);
    const message = await refusal(dir, uri);
    expect(message).toContain('命名管道');
    expect(lstatSync(output).isFIFO()).toBe(true);
  });

  it('in English for an English client', async () => {
    const en = await LspClient.start({ locale: 'en' });
    try {
      const uri = uriFor('e.report.yaml');
      await en.open(uri, EXAMPLE);
      const message = await en.request('fazhi/renderToFile', { uri, format: 'txt', outDir: '/proc/fazhi/out' }).then(
        () => 'written',
        (e: Error) => e.message,
      );
      expect(message).toContain('no folder can be made there');
    } finally {
      await en.stop();
    }
  });

  it('still creates a missing folder tree where one can be made', async () => {
    const uri = uriFor('made.report.yaml');
    await client.open(uri, EXAMPLE);
    const outDir = join(tmp, 'new', 'deeper', 'out');
    const { path } = await client.request<{ path: string }>('fazhi/renderToFile', { uri, format: 'txt', outDir });
    expect(readFileSync(path, 'utf8')).toContain('示例县');
  });
});
