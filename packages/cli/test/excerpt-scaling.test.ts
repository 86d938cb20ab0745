import { readFileSync } from 'node:fs';
import { parseReport, TemplateCatalog, validateReport, type Diagnostic, type LineIndex } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { describe, expect, it } from 'vitest';
import { styleWith } from '../src/output/style.js';
import { formatDiagnostic } from '../src/output/terminal-diagnostics.js';
import { MAX_EXCERPT } from '../src/output/terminal-safe.js';
import { cliDir, repoRoot } from './run-cli.js';

/**
 * One very long source line with a finding every few characters (`${a0}依法${a1}…`: each is an unknown
 * reference): printing all of them must take time linear in the findings, not findings × line length. A
 * scaling check, benchmark-style: the input doubled, the fastest of several runs at most ~2.5× (quadratic work
 * is 4×); no wall-clock bar, so a loaded machine does not fail it.
 */
const VALID = readFileSync(`${cliDir}test/bad-input/fixtures/valid-report.yaml`, 'utf8');
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: repoRoot }));

function findings(n: number): { diagnostics: Diagnostic[]; lines: LineIndex } {
  const line = `  text: ${Array.from({ length: n }, (_, i) => `\${a${i}}`).join('依法')}`;
  const parsed = parseReport(VALID.replace(/^ {2}text: 2023年.*$/m, line), { source: 'long.yaml' });
  return { diagnostics: validateReport(parsed, { templates: catalog }), lines: parsed.lines };
}


function printTime({ diagnostics, lines }: { diagnostics: Diagnostic[]; lines: LineIndex }): number {
  const style = styleWith(false);
  const times: number[] = [];
  // The fastest of several runs: other work on the machine only ever adds time, so the minimum is the least noisy.
  for (let run = 0; run < 7; run++) {
    const t0 = performance.now();
    for (const d of diagnostics) formatDiagnostic(d, 'long.yaml', lines, style, 'zh');
    times.push(performance.now() - t0);
  }
  return Math.min(...times);
}

describe('printing findings on one long line', () => {
  it('shows each excerpt cut around its column', () => {
    const { diagnostics, lines } = findings(200);
    expect(diagnostics.length).toBeGreaterThanOrEqual(200);
    const excerpts = diagnostics.map((d) => formatDiagnostic(d, 'long.yaml', lines, styleWith(false), 'zh').split('\n')[1] as string);
    for (const e of excerpts) expect(e.length).toBeLessThanOrEqual(MAX_EXCERPT + 12);
  });

  it('takes time linear in the number of findings (double the line: ≤ 2.5× the time)', () => {
    const small = findings(4000);
    const large = findings(8000);
    expect(large.diagnostics.length).toBeGreaterThanOrEqual(2 * small.diagnostics.length - 10);
    // Warm-up on both sizes, so neither measurement pays for compiling or for growing the heap.
    printTime(small);
    printTime(large);
    const ratio = printTime(large) / printTime(small);
    expect(ratio).toBeLessThanOrEqual(2.5);
  }, 120_000);
});
