import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliDir, repoRoot, runCli } from './run-cli.js';
import { CHROMIUM, INSTALL_HINT } from './system-tools.js';

// The title as a reader sees it: Chromium lays out the print HTML, a script in the page reads which line each
// character landed on, and the test checks GB/T 9704's rule (7.3.2) on those lines, the same lines as the .docx.
const out = join(cliDir, 'test-output', 'chromium-title');
const examples = readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => `examples/${f}`);

const MEASURE = `<script>
const lines = [...document.querySelectorAll('h1')].map((h) => {
  const found = [];
  let top;
  const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode()); ) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const y = range.getBoundingClientRect().top;
      if (top === undefined || Math.abs(y - top) > 2) found.push('');
      top = y;
      found[found.length - 1] += node.data[i];
    }
  }
  return found;
});
const pre = document.createElement('pre');
pre.id = 'measured';
pre.textContent = JSON.stringify(lines);
document.body.append(pre);
</script>`;

function titleLinesInChromium(file: string): string[] {
  const r = runCli(['render', file, '--format', 'html', '--out', `${out}/`]);
  expect(r.code, r.stderr).toBe(0);
  const html = join(out, `${basename(file, '.yaml')}.html`);
  const text = readFileSync(html, 'utf8');
  if (!text.includes('<h1')) return []; // a report that starts with its salutation (seed 001)
  writeFileSync(html, text.replace('</body>', `${MEASURE}</body>`));
  const dom = spawnSync(CHROMIUM as string, ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=900,1400', '--dump-dom', `file://${html}`], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  const json = /<pre id="measured">([\s\S]*?)<\/pre>/.exec(dom.stdout)?.[1];
  expect(json, dom.stderr).toBeDefined();
  const [title] = JSON.parse(json!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')) as string[][];
  return title ?? [];
}

describe.skipIf(!CHROMIUM)(`the title's lines in headless Chromium${CHROMIUM ? '' : ` (skipped: chromium not installed; ${INSTALL_HINT})`}`, () => {
  mkdirSync(out, { recursive: true });

  it.each(examples)('%s: no line of one or two orphaned characters', { timeout: 60_000 }, (file) => {
    const lines = titleLinesInChromium(file);
    if (lines.length > 1) for (const line of lines) expect([...line].length, lines.join(' / ')).toBeGreaterThan(2);
  });

  // The two titles the browser's own wrapping broke (…年度 / 報告, 法治政府建 / 设情况报告): now the .docx's lines.
  it.each([
    ['examples/haian-2023.yaml', ['海安高新技术产业开发区', '2023年法治政府建设情况报告']],
    ['examples/ludu-2023.yaml', ['陸渡街道辦事處', '2023年度法治政府建設年度報告']],
  ])('%s breaks between words, where the .docx does', { timeout: 60_000 }, (file, expected) => {
    expect(titleLinesInChromium(file)).toEqual(expected);
  });
});
