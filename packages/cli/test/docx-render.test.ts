import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docxFaces } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { facesInDocx } from '../src/fonts/docx-faces.js';
import { runCli } from './run-cli.js';

const EXAMPLE = 'templates/national/example.yaml';
const tmp = () => mkdtempSync(join(tmpdir(), 'fazhi-docx-'));

describe('fazhi render --format docx|pdf', () => {
  it('writes a .docx and says which of its faces are missing here', () => {
    const out = tmp();
    const r = runCli(['render', EXAMPLE, '--format', 'docx', '--out', `${out}/`]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const docx = new Uint8Array(readFileSync(join(out, 'example.docx')));
    expect(Buffer.from(docx.subarray(0, 2)).toString()).toBe('PK');
    expect(new Set(facesInDocx(docx, 'example.docx', 'zh'))).toEqual(new Set(docxFaces('zh-Hans')));
    expect(r.stdout).toMatch(/^字体：/m);
  });

  it('without LibreOffice, pdf fails with what to install; nothing else is affected and no file is left', () => {
    const out = tmp();
    // An empty PATH (the CLI runs on process.execPath): no soffice anywhere on it.
    const env = { PATH: tmp(), FAZHI_SOFFICE: '' };
    const r = runCli(['render', EXAMPLE, '--format', 'pdf', '--out', `${out}/`], { env });
    if (existsSync('/Applications/LibreOffice.app') || existsSync('C:\\Program Files\\LibreOffice')) return; // found at its install place
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/LibreOffice/);
    expect(r.stdout + r.stderr).toMatch(/apt-get install libreoffice-writer/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(out, 'example.pdf'))).toBe(false);
    expect(runCli(['render', EXAMPLE, '--format', 'docx', '--out', `${out}/`], { env }).code).toBe(0);
  });
});
