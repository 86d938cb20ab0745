import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The README's snippets for other editors, each run in the real editor (Debian's packages) against the built
// server: the editor starts it, gets the diagnostics of a report whose template id is mistyped, and completion.
const SNIPPETS = fileURLToPath(new URL('../editors/', import.meta.url));
const DRIVERS = fileURLToPath(new URL('./editors/', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/fazhi-language-server.mjs', import.meta.url));
const README = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8');
const INSTALL_HINT = 'scripts/install-system-deps.sh installs it';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
function nvimVersion(): number[] | undefined {
  const out = run('nvim', ['--version']);
  const m = out.status === 0 ? /NVIM v(\d+)\.(\d+)/.exec(out.stdout) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}
const NVIM = nvimVersion();
const nvimAtLeast = (minor: number) => NVIM !== undefined && (NVIM[0] as number) === 0 && (NVIM[1] as number) >= minor;
const EGLOT = run('emacs', ['--batch', '--eval', "(progn (require 'eglot) (require 'yaml-mode))"]).status === 0;
const HELIX = run('hx', ['--version']).status === 0;
const TOMLLIB = run('python3', ['-c', 'import tomllib']).status === 0;

let work: string;
let env: NodeJS.ProcessEnv;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'fazhi-editors-'));
  // The snippets run `fazhi-language-server`, as installed on PATH; here it is the built server.
  mkdirSync(join(work, 'bin'));
  const shim = join(work, 'bin', 'fazhi-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
  mkdirSync(join(work, 'ws'));
  writeFileSync(join(work, 'ws', 'annual.yaml'), 'template: nationl\n\nyear: 2023\njurisdiction:\n  name: 示例县\n  kind: county\n');
  env = { ...process.env, PATH: `${join(work, 'bin')}:${process.env.PATH}`, FAZHI_FILE: join(work, 'ws', 'annual.yaml') };
});

interface Seen {
  version: string;
  codes: string[];
  labels: string[];
  pids: number[];
}

async function drive(name: string, cmd: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Seen> {
  const out = join(work, `${name}.json`);
  const result = spawnSync('timeout', ['90', cmd, ...args], { cwd: join(work, 'ws'), env: { ...env, ...extraEnv, FAZHI_OUT: out }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(result.status, `${cmd} exited with ${result.status}: ${result.stderr}`).toBe(0);
  const seen = JSON.parse(readFileSync(out, 'utf8')) as Seen;
  // The editor quit: the server it started must not outlive it (stdin closed → exit).
  for (const pid of seen.pids) await expectExited(pid);
  return seen;
}

async function expectExited(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(pid, 'SIGKILL');
  expect(alive(), `server ${pid} still running after the editor quit`).toBe(false);
}

function expectReportSeen(seen: Seen): void {
  // A mistyped template id keeps the file a report, and says so.
  expect(seen.codes).toContain('unknown-template');
  expect(seen.labels).toContain('measures');
}

describe('editor snippets', () => {
  it('README shows every snippet in editors/ exactly as tested', () => {
    for (const file of readdirSync(SNIPPETS)) expect(README, `README is missing editors/${file}`).toContain(readFileSync(join(SNIPPETS, file), 'utf8').trim());
  });

  const neovim = (snippet: string, minor: number) =>
    it.skipIf(!nvimAtLeast(minor))(
      `Neovim 0.${minor}+: editors/${snippet}${nvimAtLeast(minor) ? '' : ` (skipped: needs Neovim 0.${minor}+, ${NVIM ? `found ${NVIM.join('.')}` : `nvim not installed; ${INSTALL_HINT}`})`}`,
      async () => {
        const snippetPath = join(SNIPPETS, snippet);
        const seen = await drive(snippet, 'nvim', ['--headless', '-u', 'NONE', '-c', `luafile ${join(DRIVERS, 'nvim-drive.lua')}`], { FAZHI_SNIPPET: snippetPath });
        expectReportSeen(seen);
      },
      120_000,
    );
  neovim('neovim-0.7.lua', 7);
  neovim('neovim-0.8.lua', 8);
  neovim('neovim-0.10.lua', 10);
  neovim('neovim-0.11.lua', 11);

  it.skipIf(!EGLOT)(`Emacs with eglot: editors/emacs-eglot.el${EGLOT ? '' : ` (skipped: emacs with eglot and yaml-mode not installed; ${INSTALL_HINT})`}`, async () => {
    const seen = await drive('emacs', 'emacs', ['--batch', '-l', join(SNIPPETS, 'emacs-eglot.el'), '-l', join(DRIVERS, 'emacs-drive.el')]);
    expectReportSeen(seen);
  }, 120_000);

  // The snippets for a Neovim newer than the installed one cannot run here: at least their Lua must parse (LuaJIT's
  // loadfile in the Neovim that is installed), so a typo in one is caught before a writer pastes it.
  it.skipIf(NVIM === undefined)(`every Neovim snippet parses as Lua${NVIM ? '' : ` (skipped: nvim not installed; ${INSTALL_HINT})`}`, () => {
    const snippets = readdirSync(SNIPPETS).filter((f) => f.endsWith('.lua'));
    expect(snippets.length).toBeGreaterThanOrEqual(4);
    for (const file of snippets) {
      const check = `lua local ok, err = loadfile(${JSON.stringify(join(SNIPPETS, file))}); if not ok then io.stderr:write(err) vim.cmd('cquit 3') end`;
      const r = spawnSync('nvim', ['--headless', '-u', 'NONE', '-c', check, '-c', 'qall!'], { encoding: 'utf8', timeout: 20_000 });
      expect(r.status, `${file}: ${r.stderr}`).toBe(0);
    }
  });

  // Without Helix, the snippet is read as TOML (Python's tomllib) and must have the shape Helix documents for
  // languages.toml: a [language-server.fazhi] with command and args, and the yaml language listing it.
  it.skipIf(!TOMLLIB)(`editors/helix-languages.toml is the languages.toml shape Helix documents${TOMLLIB ? '' : ' (skipped: python3 with tomllib (3.11+) not installed)'}`, () => {
    const read = `import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))`;
    const r = spawnSync('python3', ['-c', read, join(SNIPPETS, 'helix-languages.toml')], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status, r.stderr).toBe(0);
    const toml = JSON.parse(r.stdout) as { 'language-server': Record<string, { command: string; args: string[] }>; language: Array<{ name: string; 'language-servers': string[] }> };
    expect(toml['language-server'].fazhi).toEqual({ command: 'fazhi-language-server', args: ['--stdio'] });
    expect(toml.language.find((l) => l.name === 'yaml')?.['language-servers']).toContain('fazhi');
  });

  // Helix is not packaged in Debian 12; where it is installed, at least check that it reads the configuration.
  it.skipIf(!HELIX)(`Helix reads editors/helix-languages.toml${HELIX ? '' : ' (skipped: hx not installed; Debian 12 has no Helix package)'}`, () => {
    const config = join(work, 'helix');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'languages.toml'), readFileSync(join(SNIPPETS, 'helix-languages.toml'), 'utf8'));
    const health = spawnSync('hx', ['--health', 'yaml'], { env: { ...env, XDG_CONFIG_HOME: work }, encoding: 'utf8' });
    expect(health.stdout).toContain('fazhi-language-server');
  });
});
