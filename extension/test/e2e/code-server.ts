// Starts a real VS Code (code-server, built by scripts/setup-code-server.sh) with our .vsix installed, on a free
// loopback port with its own profile, extensions folder and workspace, all in a temporary folder.
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CodeServer {
  url: string;
  workspace: string;
  /** The profile folder (settings, and the logs under logs/). */
  userData: string;
  /** The folder extensions are installed into (ours is the only one). */
  extensions: string;
  stop(): Promise<void>;
}

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.ignoreRecommendations': true,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  'workbench.colorTheme': 'Default Light Modern',
  // As in a Chinese VS Code: full-width punctuation is not boxed as "ambiguous" (our diagnostics cover it).
  'editor.unicodeHighlight.allowedLocales': { 'zh-hans': true, 'zh-hant': true },
  // A writer's messages and names are Chinese (code-server has no Chinese language pack offline: the workbench
  // stays English, our runtime texts and the server's names follow this setting).
  'fazhi.messageLanguage': 'zh',
};

export async function startCodeServer(options: { home: string; vsix: string; files: string[]; settings?: object }): Promise<CodeServer> {
  const root = mkdtempSync(join(tmpdir(), 'fazhi-e2e-'));
  const userData = join(root, 'user-data');
  const extensions = join(root, 'extensions');
  const workspace = join(root, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...options.settings }, null, 2));
  mkdirSync(workspace);
  // Files and folders (a templates folder of packs) are copied into the workspace by their names.
  for (const file of options.files) cpSync(file, join(workspace, basename(file)), { recursive: true });
  const entry = join(options.home, 'node_modules/code-server/out/node/entry.js');
  const dirs = ['--user-data-dir', userData, '--extensions-dir', extensions];
  await run(process.execPath, [entry, ...dirs, '--install-extension', options.vsix], { timeout: 120_000 });

  const port = await freePort();
  const child = spawn(
    process.execPath,
    [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--disable-getting-started-override', ...dirs, workspace],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_CONFIG_HOME: join(root, 'config') } },
  );
  const log: string[] = [];
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, log);
  return {
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`,
    workspace,
    userData,
    extensions,
    stop: async () => {
      await stopProcess(child);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, log: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log.join('')}`);
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within 60 s:\n${log.join('')}`);
}

/** Stops code-server by its PID (SIGTERM, then SIGKILL if it lingers). */
async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** The PID of our language server under this code-server (its path lies in our temporary extensions folder). */
/** The user settings of a running code-server with one changed (`undefined` removes it), for editUserSettings. */
export function userSettingsWith(server: CodeServer, key: string, value: unknown): Record<string, unknown> {
  const settings = JSON.parse(readFileSync(join(server.userData, 'User', 'settings.json'), 'utf8')) as Record<string, unknown>;
  if (value === undefined) delete settings[key];
  else settings[key] = value;
  return settings;
}

/** The last lines of the extension's "Fazhi Report" log, for a failing test's message. */
export function extensionLog(server: CodeServer, lines = 30): string {
  const files = (dir: string): string[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name === 'Fazhi Report.log' ? [join(dir, e.name)] : []));
    } catch {
      return [];
    }
  };
  return files(join(server.userData, 'logs'))
    .map((file) => readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n'))
    .join('\n');
}

/** The pid of the language server's own process, when it runs in one (`fazhi.server.runIn: process`). */
export function languageServerPid(extensions: string): number | undefined {
  const line = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .find((l) => l.includes(extensions) && l.includes('dist/server.mjs'));
  return line ? Number(line.trim().split(/\s+/)[0]) : undefined;
}
