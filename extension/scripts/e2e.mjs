// `pnpm test:e2e`: builds (once, cached outside the repo) the headless VS Code the test drives, packages the .vsix,
// then runs the end-to-end test in test/e2e with both paths in the environment.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = Date.now();
const lastLine = (text) => text.trim().split('\n').pop() ?? '';
const step = (label) => console.log(`test:e2e: ${label} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

step('code-server');
// pnpm passes its own settings to scripts as npm_config_* variables; npm (which builds code-server) does not know them.
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
const home = lastLine(
  execFileSync('bash', ['scripts/setup-code-server.sh'], { cwd: root, encoding: 'utf8', env: npmEnv, stdio: ['ignore', 'pipe', 'inherit'] }),
);
step('package');
const vsix = lastLine(execFileSync(process.execPath, ['scripts/package.mjs'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }));
step(`test with ${home} and ${vsix}`);
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
try {
  // One file at a time: each starts its own code-server and chromium, too much side by side on a small machine.
  // `node scripts/e2e.mjs test/e2e/editor.test.ts` runs one file.
  const files = process.argv.length > 2 ? process.argv.slice(2) : ['test/e2e'];
  execFileSync(process.execPath, [vitest, 'run', ...files, '--no-file-parallelism'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FAZHI_E2E: '1', FAZHI_CODE_SERVER: home, FAZHI_VSIX: vsix },
  });
} catch {
  process.exitCode = 1;
}
step(process.exitCode ? 'failed' : 'passed');
