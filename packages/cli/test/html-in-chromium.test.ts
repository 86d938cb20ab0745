import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDir, repoRoot, runCli } from './run-cli.js';
import { CHROMIUM, INSTALL_HINT } from './system-tools.js';

// The print HTML looked at in a real browser: Debian's chromium, headless. Screenshots and PDFs land in
// packages/cli/test-output/chromium/ for a person to look at; the test checks what a machine can.
const shots = join(cliDir, 'test-output', 'chromium');
const examples = existsSync(join(repoRoot, 'examples'))
  ? readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`)
  : [];
const files = ['templates/national/example.yaml', ...examples];

function chromium(args: string[]) {
  const r = spawnSync(CHROMIUM as string, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', ...args], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`chromium failed: ${r.stderr}`);
}

describe.skipIf(!CHROMIUM)(`print HTML in headless Chromium${CHROMIUM ? '' : ` (skipped: chromium not installed; ${INSTALL_HINT})`}`, () => {
  it.each(files)('%s renders, screenshots and prints on A4', { timeout: 60_000 }, (file) => {
    mkdirSync(shots, { recursive: true });
    const r = runCli(['render', file, '--format', 'html', '--out', `${shots}/`]);
    expect(r.code, r.stdout).toBe(0);
    const name = basename(file, '.yaml');
    const html = join(shots, `${name}.html`);
    const png = join(shots, `${name}.png`);
    const pdf = join(shots, `${name}.pdf`);
    chromium([`--screenshot=${png}`, '--window-size=900,1400', `file://${html}`]);
    chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, `file://${html}`]);
    expect(statSync(png).size).toBeGreaterThan(20_000); // a blank page compresses to a few KB
    const bytes = readFileSync(pdf).toString('latin1');
    const pages = bytes.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    const chars = readFileSync(join(shots, `${name}.html`), 'utf8').replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, '').replace(/\s/g, '').length;
    // 22 lines × 28 characters a page, headings and short lines leave gaps: between 1/616 and 1/300 of the text.
    expect(pages).toBeGreaterThanOrEqual(Math.max(1, Math.floor(chars / 616)));
    expect(pages).toBeLessThanOrEqual(Math.ceil(chars / 300) + 1);
    // A4 portrait: 595 × 842 points.
    expect(bytes).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](\.\d+)? 84[12](\.\d+)?\s*\]/);
  });
});
