import { existsSync } from 'node:fs';
import { scaffoldReport, unknownTemplate } from '@fazhi/core';
import { JURISDICTION_KINDS, type JurisdictionKind } from '@fazhi/schema';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { usageLine } from '../help/format-help.js';
import { t, type Lang } from '../i18n.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';

/** `fazhi new`: a data file for a new report, every part the pack needs present and marked 【待填写】. */
function run(values: Record<string, unknown>, _args: string[], lang: Lang): number {
  const usage = (zh: string, en: string) => new UserError(`${t(lang, zh, en)}\n${t(lang, '用法：', 'Usage: ')}${usageLine(newCommand, lang)}`, 2);
  const jurisdiction = typeof values.jurisdiction === 'string' ? values.jurisdiction.trim() : '';
  if (!jurisdiction) throw usage('请用 --jurisdiction 写报告单位的全称，如 --jurisdiction 万源市。', 'Give the jurisdiction with --jurisdiction.');
  const year = Number(values.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw usage(`--year 应是 2000 到 2100 之间的年份，如 --year 2024（现在是“${String(values.year ?? '')}”）。`, `--year must be a year 2000–2100, e.g. --year 2024.`);
  const kind = values.kind === undefined ? undefined : String(values.kind);
  if (kind !== undefined && !(kind in JURISDICTION_KINDS)) {
    const options = Object.entries(JURISDICTION_KINDS).map(([k, zh]) => `${k}（${zh}）`).join('、');
    throw usage(`--kind 不认识“${kind}”。可选：${options}。`, `Unknown --kind "${kind}". Choose one of: ${Object.keys(JURISDICTION_KINDS).join(', ')}.`);
  }
  const catalog = catalogFor(list(values.templates));
  const templateId = typeof values.template === 'string' ? values.template : 'national';
  if (!catalog.has(templateId)) {
    const { zh, en } = unknownTemplate(templateId, catalog.ids());
    throw usage(zh, en);
  }
  const { manifest, problems } = catalog.resolve(templateId);
  if (!manifest) throw new UserError(t(lang, `模板“${templateId}”有错误：${problems[0]?.path ?? ''} ${problems[0]?.message ?? ''}`, `Template "${templateId}" is broken: ${problems[0]?.path ?? ''} ${problems[0]?.message_en ?? ''}`));

  const yaml = scaffoldReport({ templateId, jurisdiction, year, kind: kind as JurisdictionKind | undefined }, catalog);
  const out = typeof values.out === 'string' ? values.out : `${jurisdiction}-${year}.yaml`;
  if (out === '-') {
    process.stdout.write(yaml);
    return 0;
  }
  if (existsSync(out) && !values.force) {
    throw new UserError(t(lang, `${out} 已经存在。要覆盖它，请加 --force；或用 --out 指定别的文件名。`, `${out} already exists. Add --force to overwrite it, or choose another name with --out.`));
  }
  writeFileAtomic(out, yaml, lang);
  process.stdout.write(t(lang, `已创建 ${out}（模板 ${templateId}）。把每个【待填写……】换成实际内容，然后运行 fazhi check ${out}\n`, `Created ${out} (template ${templateId}). Replace each 【待填写……】, then run fazhi check ${out}\n`));
  return 0;
}

export const newCommand: Command = {
  name: 'new',
  summary: { zh: '新建一份报告的数据文件（各部分齐全，待填写）', en: 'start a new report: a data file with every part to fill in' },
  help: {
    args: { zh: '--jurisdiction <名称> --year <年度> [选项]', en: '--jurisdiction <name> --year <year> [options]' },
    options: {
      jurisdiction: { value: { zh: '名称', en: 'name' }, text: { zh: '报告单位的全称（必填）', en: 'the jurisdiction’s full name (required)' } },
      year: { value: { zh: '年度', en: 'year' }, text: { zh: '报告的年度，2000–2100（必填）', en: 'the report year, 2000–2100 (required)' } },
      template: { value: { zh: '模板', en: 'pack' }, text: { zh: '按哪个地方的格式（fazhi templates list 列出可选的）', en: 'which jurisdiction format (fazhi templates list shows them)' }, default: { zh: 'national', en: 'national' } },
      kind: { value: { zh: '类别', en: 'kind' }, text: { zh: `单位类别：${Object.keys(JURISDICTION_KINDS).join('、')}`, en: `jurisdiction kind: ${Object.keys(JURISDICTION_KINDS).join(', ')}` }, default: { zh: '不写', en: 'left out' } },
      out: { value: { zh: '文件|-', en: 'file|-' }, text: { zh: '写到哪里；- 表示标准输出', en: 'where to write; - for standard output' }, default: { zh: '当前文件夹的 <名称>-<年度>.yaml', en: '<name>-<year>.yaml in the current folder' } },
      force: { text: { zh: '覆盖已有的文件', en: 'overwrite an existing file' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi new --template wanyuan-county-city --jurisdiction 万源市 --year 2024', text: { zh: '在当前文件夹写出 万源市-2024.yaml，各部分待填写', en: 'write the data file, named by jurisdiction and year, into the current folder, every part to fill in' } },
      { command: 'fazhi new --jurisdiction 某某街道 --year 2024 --kind street-office --out -', text: { zh: '按全国通用格式，输出到标准输出', en: 'the national format, to standard output' } },
    ],
  },
  options: {
    jurisdiction: { type: 'string' },
    year: { type: 'string' },
    template: { type: 'string' },
    kind: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    ...TEMPLATES_OPTION,
  },
  run,
};
