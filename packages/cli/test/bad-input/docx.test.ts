import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from '../run-cli.js';

/**
 * The catalogue's untrusted-text cases rendered to Word: XML 1.0 forbids most control characters, so one left
 * in would make Word refuse the file; markup in the data must stay text.
 */
const tmp = mkdtempSync(join(tmpdir(), 'fazhi-bad-docx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('bad input to docx', () => {
  it.each([
    ['control-characters', '调整充实[31m法治政府建设'],
    ['html-in-data', '调整充实&lt;script&gt;alert(1)&lt;/script&gt;'],
  ])('%s: no XML part holds a character XML forbids or markup from the data, and the text is kept', async (id, text) => {
    const out = join(tmp, `${id}.docx`);
    const r = await runCliAsync(['render', `packages/cli/test/bad-input/fixtures/${id}.yaml`, '--format', 'docx', '--out', out]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const parts = unzipSync(readFileSync(out));
    const xml = Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(xml.length).toBeGreaterThan(3);
    for (const [name, bytes] of xml) {
      const s = strFromU8(bytes);
      expect(s, name).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      expect(s, name).not.toMatch(/<script|<img/);
    }
    expect(strFromU8(parts['word/document.xml'] as Uint8Array)).toContain(text);
  }, 60_000);
});
