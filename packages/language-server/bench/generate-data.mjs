#!/usr/bin/env node
// Writes report data files of ~17 KB, ~305 KB and ~3.1 MB (plus a 17 KB one with five planted errors)
// for the language-server benchmark: the national example's shape with its measures repeated.
// Line 16 is the indented empty line inside the first measure item (key completion at 16:5) and
// 2:11 is the value of `template:`, the positions run-suite.sh asks for by default.
//
//   node bench/generate-data.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'bench/data');
const SENTENCE = '深入推进严格规范公正文明执法，全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，';
const prose = (n, i) => (SENTENCE.repeat(Math.ceil(n / SENTENCE.length)).slice(0, n - 1) + `${i}。`);

function header() {
  return [
    '# 基准测试数据：由 bench/generate-data.mjs 生成',
    'template: national',
    'year: 2023',
    'jurisdiction:',
    '  name: 示例县',
    '  kind: county',
    '  province: 示例省',
    '  superior: 示例市',
    'published: 2024-03-20',
    'preamble:',
    '  text: 2023年，示例县坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，扎实推进法治政府建设。现将有关情况报告如下：',
    'measures:',
    '  items:',
  ];
}

function measure(i, first) {
  const lines = [`  - title: 第${i + 1}项举措，持续推进依法行政`];
  lines.push(first ? '    ' : `    text: ${prose(60, i)}`);
  lines.push('    points:');
  for (let p = 0; p < 3; p++) {
    lines.push(`      - title: 要点${p + 1}`, `        text: 全年开展执法检查\${study}次，${prose(150, p)}`);
  }
  return lines;
}

function tail(errors) {
  return [
    'shortcomings:',
    '  intro: 对照法治政府建设的要求，还存在一些不足：',
    '  points:',
    '    - 基层执法力量仍然薄弱',
    errors ? '    - 法治宣传的针对性有待增强,' : '    - 法治宣传的针对性有待增强',
    'responsibility:',
    '  intro: 县政府主要负责人认真履行推进法治建设第一责任人职责，带头学法、带头依法决策。',
    'plans:',
    '  points:',
    '    - title: 深入学习贯彻习近平法治思想',
    `      text: 把习近平法治思想纳入干部教育培训重点内容${errors ? '${missing_figure}' : ''}。`,
    ...(errors ? ['others:', '  intro: 无', '  colour: red'] : []),
    'closing: 示例县将坚持以法治为引领，奋力推进法治政府建设再上新台阶。',
    'signature:',
    '  organization: 示例县人民政府',
    errors ? '  date: 2024-02-30' : '  date: 2024-03-20',
    'stats:',
    '  study: 12',
    '  reconsideration:',
    errors ? '    received: lots' : '    received: 35',
    '    accepted: 30',
    '',
  ];
}

function report(targetBytes, errors = false) {
  const lines = header();
  const fixed = Buffer.byteLength([...lines, ...tail(errors)].join('\n'));
  const per = Buffer.byteLength(measure(1, false).join('\n') + '\n');
  const n = Math.max(1, Math.round((targetBytes - fixed) / per));
  for (let i = 0; i < n; i++) lines.push(...measure(i, i === 0));
  return [...lines, ...tail(errors)].join('\n');
}

mkdirSync(outDir, { recursive: true });
const files = { 'report-15k.yaml': report(17_000), 'report-15k-errors.yaml': report(16_500, true), 'report-300k.yaml': report(312_000), 'report-3m.yaml': report(3_200_000) };
for (const [name, text] of Object.entries(files)) {
  writeFileSync(join(outDir, name), text);
  console.log(`${join(outDir, name)}: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
