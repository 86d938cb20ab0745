import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliDir, runCli } from './run-cli.js';

/**
 * Names the user did not type reach the terminal only as visible symbols: files found by expanding a folder
 * (`check d/`, `render d/`) and a pack manifest's name (`templates list`). A name holding an OSC title sequence,
 * a colour or a screen clear must print as ␛…, never as the bytes.
 */
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-escapes-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m';
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  copyFileSync(`${cliDir}test/bad-input/fixtures/valid-report.yaml`, join(dir, `good${HOSTILE}.yaml`));
  writeFileSync(join(dir, `bad${HOSTILE}.yaml`), 'template: national\nyear: [2023\n');
  return dir;
}

describe('file names found in a folder', () => {
  it('check d/: shown with ␛, never raw', () => {
    const r = runCli(['check', `${folder('check')}/`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad␛]0;pwned␇␛[2J');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('render d/: messages and "wrote" lines shown with ␛, never raw', () => {
    const dir = folder('render');
    const r = runCli(['render', `${dir}/`, '--format', 'txt', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('good␛]0;pwned␇␛[2J');
    expect(r.stdout).toContain('bad␛]0;pwned␇␛[2J');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });

  it('render d/ on worker threads: progress lines too', () => {
    const dir = folder('batch');
    for (let i = 0; i < 3; i++) copyFileSync(`${cliDir}test/bad-input/fixtures/valid-report.yaml`, join(dir, `more${i}${HOSTILE}.yaml`));
    const r = runCli(['render', `${dir}/`, '--format', 'txt', '--out', join(dir, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[1/5]');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });
});

describe('templates list', () => {
  it('shows a manifest name holding escape sequences with ␛', () => {
    const packs = join(tmp, 'packs');
    mkdirSync(join(packs, 'escape-name'), { recursive: true });
    writeFileSync(join(packs, 'escape-name', 'template.yaml'), 'id: escape-name\nname: "测试\\e]0;pwned\\a\\e[2J"\nextends: national\n');
    const r = runCli(['templates', 'list', '--templates', packs]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('测试␛]0;pwned␇␛[2J');
    expect(r.stdout + r.stderr).not.toMatch(RAW);
  });
});
