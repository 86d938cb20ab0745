import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installIntoTemporaryPrefix, REPO, run, userEnv } from './installed.js';

// The README's way to get the commands: `npm run setup` packs the bundled CLI and server and installs the tarball
// with `npm install --global` (scripts/install-commands.mjs). Here into a temporary prefix, then used from a folder
// outside the repository as a writer would, with only that prefix's bin folder on PATH.
let env: NodeJS.ProcessEnv;
let work: string;
let root = '';

beforeAll(() => {
  const installed = installIntoTemporaryPrefix();
  const bin = installed.bin;
  root = installed.root;
  env = userEnv(bin);
  work = join(root, 'work');
  mkdirSync(join(work, 'reports'), { recursive: true });
  copyFileSync(join(REPO, 'examples', 'haian-2023.yaml'), join(work, 'reports', 'haian.yaml'));
});
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

const version = JSON.parse(readFileSync(join(REPO, 'packages', 'cli', 'package.json'), 'utf8')).version as string;
const noPackageManagerNoise = (text: string) => expect(text).not.toMatch(/ELIFECYCLE|ERR_PNPM|^> /m);

describe('the installed fazhi command', () => {
  it('says its version', () => {
    const r = run('fazhi', ['--version'], work, env);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });

  it('checks a file named relative to the folder it is run from, with the built-in packs', () => {
    const r = run('fazhi', ['check', 'reports/haian.yaml'], work, env);
    expect(r.all).toContain('0 个错误');
    expect(r.code).toBe(0);
    noPackageManagerNoise(r.all);
  });

  it('renders Word into the folder it is run from', () => {
    const r = run('fazhi', ['render', 'reports/haian.yaml', '--format', 'docx', '--out', 'x.docx'], work, env);
    expect(r.code, r.all).toBe(0);
    const docx = readFileSync(join(work, 'x.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(docx.includes('word/document.xml')).toBe(true);
    noPackageManagerNoise(r.all);
  });

  it('renders Word when the --out name alone says .docx, as README prints it', () => {
    const r = run('fazhi', ['render', 'reports/haian.yaml', '--out', '报告.docx'], work, env);
    expect(r.code, r.all).toBe(0);
    const docx = readFileSync(join(work, '报告.docx'));
    expect(docx.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    expect(docx.includes('word/document.xml')).toBe(true);
    noPackageManagerNoise(r.all);
  });

  it('writes a report to standard output with nothing else in it', () => {
    const r = run('fazhi', ['render', 'reports/haian.yaml', '--format', 'md', '--out', '-'], work, env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^# .*海安高新技术产业开发区/);
    noPackageManagerNoise(r.stdout);
  });

  it('writes a new data file where the user is, and an error exits non-zero without package-manager lines', () => {
    const r = run('fazhi', ['new', '--jurisdiction', '万源市', '--year', '2024', '--template', 'wanyuan-county-city'], join(work, 'reports'), env);
    expect(r.code, r.all).toBe(0);
    expect(existsSync(join(work, 'reports', '万源市-2024.yaml'))).toBe(true);
    const bad = run('fazhi', ['check', 'no-such-file.yaml'], work, env);
    expect(bad.code).not.toBe(0);
    noPackageManagerNoise(bad.all);
  });
});

describe('the documented commands', () => {
  it('are the installed `fazhi`, never the CLI run through a package manager script', () => {
    const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.fazhi).toBeUndefined();
    expect(Object.values(scripts).filter((s) => /pnpm (run )?fazhi\b/.test(s))).toEqual([]);
    for (const doc of ['README.md', 'CONTRIBUTING.md', 'templates/README.md', 'docs/import.md', 'docs/docx.md']) {
      expect(readFileSync(join(REPO, doc), 'utf8'), doc).not.toMatch(/pnpm (run )?fazhi\b/);
    }
  });

  it("name the tarball the build packs, so README's npm install --global line works as printed", () => {
    const named = new Set(readFileSync(join(REPO, 'README.md'), 'utf8').match(/packages\/standalone\/dist\/fazhi-[\w.-]+\.tgz/g) ?? []);
    expect([...named]).toEqual([`packages/standalone/dist/fazhi-${version}.tgz`]);
    expect(existsSync(join(REPO, 'packages', 'standalone', 'dist', `fazhi-${version}.tgz`))).toBe(true);
  });

  it('need no global pnpm: README and CONTRIBUTING say `npm run <root script>` or `npx pnpm …`, never a bare `pnpm …`', () => {
    // npm run setup puts pnpm in node_modules/.bin, which only npm scripts and npx see: a bare `pnpm bench` typed
    // into a shell on a machine with only Node and npm is "pnpm: command not found".
    const scripts = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    for (const doc of ['README.md', 'CONTRIBUTING.md']) {
      const text = readFileSync(join(REPO, doc), 'utf8');
      expect(text.match(/(?:^|`|&& |[A-Z_]+=\S* )pnpm [^`\n]*/gm) ?? [], doc).toEqual([]);
      for (const [, script] of text.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(scripts), `${doc}: npm run ${script}`).toContain(script);
    }
  });
});

/** README's block of `fazhi …` commands (the one after "Then, in any folder"), each line without its comment. */
function readmeCommands(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((m) => (m[1] ?? '').split('\n').filter((l) => l.trim()));
  const block = blocks.find((lines) => lines.length > 5 && lines.every((l) => l.startsWith('fazhi ')));
  if (!block) throw new Error('README.md has no ```sh block of fazhi commands');
  return block.map((l) => l.replace(/\s{2,}#.*$/, '').trim());
}

describe("README's commands, typed as printed into a folder outside the repository", () => {
  // The folder holds what the commands name: a copy of examples/, last year's report, two years, a folder of reports.
  let folder = '';
  beforeAll(() => {
    folder = join(root, 'readme');
    mkdirSync(join(folder, 'examples'), { recursive: true });
    mkdirSync(join(folder, '报告', '2023'), { recursive: true });
    for (const f of readdirSync(join(REPO, 'examples')).filter((f) => f.endsWith('.yaml'))) {
      copyFileSync(join(REPO, 'examples', f), join(folder, 'examples', f));
      copyFileSync(join(REPO, 'examples', f), join(folder, '报告', '2023', f));
    }
    copyFileSync(join(REPO, 'examples', 'wanyuan-2023.yaml'), join(folder, '2023.yaml'));
    copyFileSync(join(REPO, 'examples', 'wanyuan-2023.yaml'), join(folder, '2024.yaml'));
    const docx = run('fazhi', ['render', 'examples/haian-2023.yaml', '--out', '去年的报告.docx'], folder, env);
    if (docx.code !== 0) throw new Error(docx.all);
  });

  it.each(readmeCommands())('%s', (line) => {
    // Through the shell, as typed: `examples/*.yaml` is expanded by it, not by fazhi.
    const r = run('sh', ['-c', line], folder, env);
    expect(r.code, r.all).toBe(0);
    expect(r.all).not.toContain('找不到');
    noPackageManagerNoise(r.all);
  });

  it('each "next step" hint fazhi prints runs as printed', () => {
    const hinted = ['new --template wanyuan-county-city --jurisdiction 示例市 --year 2025', 'import 去年的报告.docx --force']
      .map((args) => run('sh', ['-c', `fazhi ${args}`], folder, env))
      .map((r) => /fazhi check \S+/.exec(r.all)?.[0] ?? `no hint in: ${r.all}`);
    expect(hinted).toEqual(['fazhi check 示例市-2025.yaml', 'fazhi check 去年的报告.yaml']);
    for (const hint of hinted) {
      const r = run('sh', ['-c', hint], folder, env);
      expect([0, 1], r.all).toContain(r.code);
      expect(r.all).toMatch(/检查了 1 个文件/);
      expect(r.all).not.toContain('找不到');
    }
  });
});
