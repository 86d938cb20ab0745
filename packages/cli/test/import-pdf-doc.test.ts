import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from './run-cli.js';
import { similarity } from './similarity.js';
import { INSTALL_HINT, SOFFICE } from './system-tools.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'fazhi-import-'));
const EXAMPLE = join(repoRoot, 'examples/wanyuan-2023.yaml');

/** The example rendered to `format` in `dir`, by the real command. */
function render(dir: string, format: string): string {
  const r = runCli(['render', EXAMPLE, '--format', format, '--out', `${dir}/`]);
  expect(r.code, r.stderr).toBe(0);
  return join(dir, `wanyuan-2023.${format}`);
}

/** Imports `file`, checks the data file has no errors, renders it as text: what a writer would get back. */
function roundTrip(file: string, dir: string): { text: string; stderr: string } {
  const yaml = join(dir, 'imported.yaml');
  const r = runCli(['import', file, '--out', yaml]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('模板 wanyuan-county-city');
  const check = runCli(['check', yaml, '--format', 'json']);
  expect(check.code, check.stdout).toBe(0);
  expect((JSON.parse(check.stdout) as Array<{ severity: string }>).filter((d) => d.severity === 'error')).toEqual([]);
  const txt = runCli(['render', yaml, '--format', 'txt', '--out', join(dir, 'back.txt')]);
  expect(txt.code, txt.stderr).toBe(0);
  return { text: readFileSync(join(dir, 'back.txt'), 'utf8'), stderr: r.stderr };
}

// Each case renders through LibreOffice and imports back; on a loaded machine that takes a while.
describe.skipIf(!SOFFICE)(`importing .pdf and .doc end to end${SOFFICE ? '' : ` (skipped: LibreOffice (soffice) not installed; ${INSTALL_HINT})`}`, { timeout: 300_000 }, () => {
  it('imports the PDF our docx → pdf path makes, and renders it back to the same report', () => {
    const dir = tmp();
    const original = readFileSync(render(dir, 'txt'), 'utf8');
    const { text } = roundTrip(render(dir, 'pdf'), dir);
    // LibreOffice leaves out a few line-end commas from the PDF's text layer (pdftotext sees the same).
    expect(similarity(text, original)).toBeGreaterThanOrEqual(0.99);
  });

  it('imports an old Word .doc (made by LibreOffice from our .docx) through LibreOffice', () => {
    const dir = tmp();
    const original = readFileSync(render(dir, 'txt'), 'utf8');
    const docx = render(dir, 'docx');
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const made = spawnSync(SOFFICE as string, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, docx], { encoding: 'utf8', timeout: 180_000 });
    expect(made.status, made.stderr).toBe(0);
    const { text, stderr } = roundTrip(join(dir, 'wanyuan-2023.doc'), dir);
    expect(stderr).toContain('LibreOffice');
    expect(similarity(text, original)).toBeGreaterThanOrEqual(0.999);
  });
});

describe('importing .doc without LibreOffice', { timeout: 120_000 }, () => {
  it('says what to install', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.wps'), 'x');
    const r = runCli(['import', 'old.wps'], { cwd: dir, env: { PATH: '/nonexistent', FAZHI_SOFFICE: '' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('old.wps：读取旧版 Word/WPS（.wps）文件需要 LibreOffice');
    expect(r.stderr).toContain('apt-get install libreoffice-writer');
  });
});
