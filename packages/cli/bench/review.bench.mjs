// `fazhi review` speed, as issue 16 sets the bar: 1,000 generated reports (500 jurisdictions × 2 years,
// about 6 KB each, a third of the second years recycling much of the first) in ≤ 10 s on a 2-core machine.
// Run: pnpm --filter @fazhi/cli bench:review   (after pnpm build). Prints the figure for docs/performance.md.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../bin/fazhi.mjs', import.meta.url));
const JURISDICTIONS = Number(process.env.REVIEW_JURISDICTIONS ?? 500);
const dir = join(tmpdir(), `fazhi-review-bench-${process.pid}`);

// A small deterministic generator, so every run reviews the same folder.
let seed = 16;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const VERBS = ['健全', '完善', '推行', '落实', '规范', '深化', '创新', '优化', '加强', '严格执行'];
const TOPICS = ['重大行政决策程序', '行政执法三项制度', '公共法律服务体系', '行政复议体制改革', '规范性文件备案审查', '矛盾纠纷多元化解', '政务公开标准化', '法治宣传教育', '执法人员资格管理', '营商环境法治保障', '基层依法治理', '府院联动机制'];
// Headings and plans come from the short lists above (plan follow-up matches them). The prose does not: built from
// a few dozen set phrases, every sentence of an honest second year would be a mosaic of phrases last year's report
// already has, and fazhi review would call 40% of it recycled (six-character phrases found in last year's text).
// So each sentence's words are two characters drawn from the ones reports use: a year's text shares no phrase with
// the year before unless the generator copies it (every third second year, below).
const CHARS = [...'法治政府建设依法行政执法监督复议诉讼调解仲裁公证普法宣传教育培训考核评议审查备案清理决策听证论证风险评估合法性公开透明服务便民窗口网格社区乡镇街道企业群众信访矛盾纠纷排查化解领导干部学法用法律顾问公职队伍资格案卷评查权责清单信用体系营商环境平台数据系统机制制度规范'];
const word = () => pick(CHARS) + pick(CHARS);
const words = (n) => Array.from({ length: n }, word).join('');
const sentence = () => `${pick(VERBS)}${words(4)}，${words(2)}${Math.floor(rand() * 90) + 3}次，${words(3)}${Math.floor(rand() * 900) + 10}件，${pick(VERBS)}${words(4)}的长效机制。`;

function report(i, year, carried) {
  const name = `示范县${i}`;
  const lines = [`template: national`, `year: ${year}`, 'jurisdiction:', `  name: ${name}`, '  kind: county', `published: ${year + 1}-03-${String(10 + (i % 30)).padStart(2, '0')}`];
  lines.push('preamble:', `  text: ${year}年，${name}深入推进依法行政，${sentence()}现将有关情况报告如下。`);
  lines.push('stats:', `  cases: ${i % 17 === 0 && year === 2023 ? 4800 : 480 + (i % 40)}`, `  visits: ${200 + (year - 2022) * 15}`);
  lines.push('measures:', '  items:');
  for (let m = 0; m < 5; m++) {
    lines.push(`    - title: ${pick(VERBS)}${pick(TOPICS)}`, '      points:');
    for (let p = 0; p < 4; p++) lines.push(`        - ${carried?.[m * 4 + p] ?? sentence()}${sentence()}`);
  }
  lines.push('responsibility:', `  intro: ${sentence()}`, 'shortcomings:', '  points:', `    - ${sentence()}`, `    - ${sentence()}`);
  lines.push('plans:', '  items:');
  for (let p = 0; p < 4; p++) lines.push(`    - title: ${pick(VERBS)}${pick(TOPICS)}`, `      text: ${sentence()}`);
  lines.push('signature:', `  organization: ${name}人民政府`, `  date: ${year + 1}-02-${String(10 + (i % 18)).padStart(2, '0')}`, '');
  return lines.join('\n');
}

rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let bytes = 0;
for (let i = 0; i < JURISDICTIONS; i++) {
  const first = report(i, 2022);
  const carried = i % 3 === 0 ? first.split('\n').filter((l) => l.startsWith('        - ')).map((l) => l.slice(10).split('。')[0] + '。') : undefined;
  const second = report(i, 2023, carried);
  writeFileSync(join(dir, `示范县${i}-2022.yaml`), first);
  writeFileSync(join(dir, `示范县${i}-2023.yaml`), second);
  bytes += Buffer.byteLength(first) + Buffer.byteLength(second);
}
const files = JURISDICTIONS * 2;
console.log(`${files} reports, ${(bytes / files / 1024).toFixed(1)} KB each on average, in ${dir}`);
console.log(`load average before: ${loadavg().map((x) => x.toFixed(2)).join(' ')}; ${availableParallelism()} cores; node ${process.version}`);
const t0 = performance.now();
const out = execFileSync(process.execPath, [cli, 'review', dir, '--out', join(dir, 'out')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
const seconds = (performance.now() - t0) / 1000;
console.log(out.trim());
console.log(`\nfazhi review of ${files} reports: ${seconds.toFixed(1)} s wall (bar: ≤ 10 s)`);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
if (!process.env.KEEP) rmSync(dir, { recursive: true, force: true });
