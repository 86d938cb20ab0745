import { readFileSync } from 'node:fs';
import { parseReport, TemplateCatalog, validateReport, type Diagnostic, type LineIndex } from '@fazhi/core';
import { builtinTemplatesDir, createFsTemplateHost } from '@fazhi/core/node';
import { describe, expect, it } from 'vitest';
import { styleWith } from '../src/output/style.js';
import { formatDiagnostic } from '../src/output/terminal-diagnostics.js';
import { MAX_EXCERPT } from '../src/output/terminal-safe.js';
import { expectLinear } from '../../core/test/hardening/scaling.js';
import { cliDir, repoRoot } from './run-cli.js';

/**
 * One very long source line with a finding every few characters (`${a0}依法${a1}…`: each is an unknown
 * reference): printing all of them must take time linear in the findings, not findings × line length. A
 * scaling check, benchmark-style (core's test/hardening/scaling.ts): the input doubled, the fastest of several runs
 * at most 2.5× (quadratic work is 4×); no wall-clock bar, so a loaded machine does not fail it.
 */
const VALID = readFileSync(`${cliDir}test/bad-input/fixtures/valid-report.yaml`, 'utf8');
const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [builtinTemplatesDir()], cwd: repoRoot }));

function findings(n: number): { diagnostics: Diagnostic[]; lines: LineIndex } {
  const line = `  text: ${Array.from({ length: n }, (_, i) => `\${a${i}}`).join('依法')}`;
  const parsed = parseReport(VALID.replace(/^ {2}text: 2023年.*$/m, line), { source: 'long.yaml' });
  return { diagnostics: validateReport(parsed, { templates: catalog }), lines: parsed.lines };
}

describe('printing findings on one long line', () => {
  it('shows each excerpt cut around its column', () => {
    const { diagnostics, lines } = findings(200);
    expect(diagnostics.length).toBeGreaterThanOrEqual(200);
    const excerpts = diagnostics.map((d) => formatDiagnostic(d, 'long.yaml', lines, styleWith(false), 'zh').split('\n')[1] as string);
    for (const e of excerpts) expect(e.length).toBeLessThanOrEqual(MAX_EXCERPT + 12);
  });

  it('takes time linear in the number of findings (double the line: ≤ 2.5× the time)', () => {
    const sizes = new Map([4000, 8000].map((n) => [String(n), findings(n)]));
    expect(sizes.get('8000')!.diagnostics.length).toBeGreaterThanOrEqual(2 * sizes.get('4000')!.diagnostics.length - 10);
    const style = styleWith(false);
    // Only the printing is timed (core's scaling check: collected heap before each run, the fastest runs, up to three tries).
    const printAll = (n: string) => {
      const { diagnostics, lines } = sizes.get(n)!;
      for (const d of diagnostics) formatDiagnostic(d, 'long.yaml', lines, style, 'zh');
    };
    expectLinear(String, printAll, 4000, 7);
  }, 120_000);
});
