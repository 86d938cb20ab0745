import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotRegularFileError, replaceFileAtomically, sweepTemps, tempPrefix } from '../../src/node/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'fazhi-replace-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const refusal = (path: string) => {
  try {
    replaceFileAtomically(path, 'report');
  } catch (err) {
    return err instanceof NotRegularFileError ? err.kind : `other: ${(err as Error).message}`;
  }
  return 'written';
};

describe('replaceFileAtomically writes only regular files', () => {
  it('creates a new file and replaces a regular one, leaving no temporary folder', () => {
    const dir = join(tmp, 'plain');
    mkdirSync(dir);
    replaceFileAtomically(join(dir, 'a.txt'), 'one');
    replaceFileAtomically(join(dir, 'a.txt'), 'two');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('refuses a socket, a FIFO and a folder without opening them', async () => {
    const dir = join(tmp, 'special');
    mkdirSync(join(dir, 'folder'), { recursive: true });
    spawnSync('mkfifo', [join(dir, 'fifo')]);
    const server = createServer().listen(join(dir, 'socket'));
    await new Promise((r) => server.once('listening', r));
    try {
      expect(refusal(join(dir, 'socket'))).toBe('socket');
      expect(refusal(join(dir, 'fifo'))).toBe('fifo');
      expect(refusal(join(dir, 'folder'))).toBe('directory');
      expect(lstatSync(join(dir, 'socket')).isSocket()).toBe(true);
      expect(lstatSync(join(dir, 'fifo')).isFIFO()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('refuses /dev/null and /dev/stdout (a link into /proc/self/fd) whoever runs it', () => {
    expect(refusal('/dev/null')).toBe('device');
    expect(refusal('/dev/stdout')).toBe('open-file');
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes through a link to a regular file (the link stays) and refuses a dangling one', () => {
    const dir = join(tmp, 'links');
    mkdirSync(join(dir, 'real'), { recursive: true });
    writeFileSync(join(dir, 'real', 'r.txt'), 'old');
    symlinkSync(join('real', 'r.txt'), join(dir, 'link.txt'));
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    expect(replaceFileAtomically(join(dir, 'link.txt'), 'new')).toBe(join(dir, 'real', 'r.txt'));
    expect(lstatSync(join(dir, 'link.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real', 'r.txt'), 'utf8')).toBe('new');
    expect(refusal(join(dir, 'dangling.txt'))).toBe('dangling-link');
    expect(existsSync(join(dir, 'nowhere.txt'))).toBe(false);
  });
});

describe('temporary folders carry the process id, and are swept', () => {
  it('sweeps its own, and a dead process’s only once it is a minute old', () => {
    const dir = join(tmp, 'sweep');
    mkdirSync(dir);
    const own = join(dir, `${tempPrefix('a.txt')}AbC123`);
    mkdirSync(own);
    // A process id that is not running: one past the largest the kernel hands out is never live.
    const dead = join(dir, '.b.txt.fazhi-tmp-4194305-XyZ789');
    mkdirSync(dead);
    const alive = join(dir, `.c.txt.fazhi-tmp-${process.ppid}-Qwe456`);
    mkdirSync(alive);
    expect(sweepTemps(dir, 'stale')).toEqual([]);
    const old = new Date(Date.now() - 120_000);
    utimesSync(dead, old, old);
    utimesSync(alive, old, old);
    expect(sweepTemps(dir, 'stale')).toEqual([dead]);
    expect(sweepTemps(dir, 'own')).toEqual([own]);
    expect(readdirSync(dir)).toEqual([alive.slice(dir.length + 1)]);
  });
});
