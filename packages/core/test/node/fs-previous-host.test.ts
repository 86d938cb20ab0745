import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fsPreviousHost } from '../../src/node/fs-previous-host.js';

const dir = mkdtempSync(join(tmpdir(), 'fazhi-previous-host-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const mayHold = (path: string, ascii: string) => fsPreviousHost.mayHold!(path, ascii);

describe('fsPreviousHost.mayHold (searching a sibling without reading it whole)', () => {
  it('finds the year anywhere, also across the boundary of two 64 KB chunks', async () => {
    const offsets = [0, 10, 200_000];
    for (let at = 64 * 1024 - 6; at <= 64 * 1024 + 10; at++) offsets.push(at);
    for (const at of offsets) {
      expect(await mayHold(file(`at-${at}.yaml`, `${'#'.repeat(at)}2022\n`), '2022'), `2022 at byte ${at}`).toBe(true);
    }
    expect(await mayHold(file('chinese.yaml', `${'示例县'.repeat(30_000)}year: 2022\n`), '2022')).toBe(true);
  });

  it('says no for a file without it, a folder and a missing file', async () => {
    expect(await mayHold(file('other.yaml', `year: 2023\n${'示例县'.repeat(50_000)}`), '2022')).toBe(false);
    expect(await mayHold(dir, '2022')).toBe(false);
    expect(await mayHold(join(dir, 'missing.yaml'), '2022')).toBe(false);
  });

  it('always says yes for UTF-16 text, where the digits are not those bytes', async () => {
    expect(await mayHold(file('utf16.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('year: 2022\n', 'utf16le')])), '2022')).toBe(true);
  });
});
