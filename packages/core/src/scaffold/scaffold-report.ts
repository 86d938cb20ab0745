import { describeNode, schemaAt, type JurisdictionKind } from '@fazhi/schema';
import { writeYaml, type YamlComments } from '../import/write-yaml.js';
import { kindOf } from '../import/jurisdiction.js';
import { expandLabel } from '../render/labels.js';
import type { TemplateCatalog } from '../templates/catalog.js';
import type { PartKey } from '../templates/manifest.js';
import { chineseNumeral } from '../text/cjk.js';
import { PLACEHOLDER } from '../validate/rules/placeholder.js';
import { REQUIRED_PARTS } from '../validate/rules/missing-part.js';

export interface ScaffoldOptions {
  templateId: string;
  jurisdiction: string;
  year: number;
  kind?: JurisdictionKind;
  /** Who writes it next: the header names the editor's commands, or (the default) the `fazhi` commands. */
  writtenIn?: 'editor' | 'terminal';
}

const fill = (what: string) => `【待填写：${what}】`;

/** What each part holds in a new report: the usual shape, with placeholders where the writer types. */
const PART_BODIES: Record<PartKey, () => Record<string, unknown>> = {
  measures: () => ({
    items: [
      { title: fill('第一项举措的标题，不写“（一）”和句号'), points: [{ title: fill('要点小标题'), text: PLACEHOLDER }] },
      { title: fill('第二项举措的标题'), text: PLACEHOLDER },
    ],
  }),
  shortcomings: () => ({ intro: fill('导语，如“对照法治政府建设的要求，还存在一些不足：”'), points: [fill('第一个不足'), fill('第二个不足')] }),
  responsibility: () => ({ intro: PLACEHOLDER, items: [{ title: fill('履职情况的标题'), text: PLACEHOLDER }] }),
  plans: () => ({ items: [{ title: fill('下一年度第一项安排的标题'), text: PLACEHOLDER }] }),
  others: () => ({ intro: fill('其他需要报告的情况；没有可以删去这一部分') }),
};

/**
 * A new report's data file for a pack: every part the pack prints and every field it requires, commented in
 * Chinese, with 【待填写】 placeholders. `fazhi check` then warns only about the placeholders (and about a
 * part the regulation requires that the pack does not print).
 */
export function scaffoldReport(options: ScaffoldOptions, catalog: TemplateCatalog): string {
  const { manifest, problems } = catalog.resolve(options.templateId);
  if (!manifest) throw new Error(problems[0]?.message ?? `no template ${options.templateId}`);
  const kind = options.kind ?? kindOf(options.jurisdiction);
  const data: Record<string, unknown> = {
    template: manifest.id,
    year: options.year,
    jurisdiction: { name: options.jurisdiction, ...(kind ? { kind } : {}) },
  };
  if (manifest.show.salutation && manifest.requires.includes('recipient')) data.recipient = fill('主送机关，如“中共××市委、××市人民政府”，不写冒号');
  data.preamble = { text: fill(`导语，如“${options.year}年，${options.jurisdiction}……现将有关情况报告如下：”`) };
  const keys: Record<string, string> = {
    jurisdiction: '报告单位：name 是全称；kind 是类别（决定报送对象和适用模板）',
    recipient: '主送机关（称呼行）：这个格式以称呼开头',
    preamble: '导语：标题之后的开头段落',
    closing: '结束语（可删）',
  };
  let n = 0;
  const sectionNumbers = new Map<string, string>();
  if (manifest.show.document_number) data.document_number = fill('发文字号，如“某政文〔2024〕3号”');
  for (const key of manifest.order) {
    const sections = manifest.requires.includes(`${key}.sections`);
    data[key] = sections ? { sections: [{ title: fill('第一个专题的标题'), points: [PLACEHOLDER] }] } : PART_BODIES[key]();
    const label = expandLabel(manifest.labels[key], data, new Set());
    const doc = describeNode(schemaAt([key]) ?? {}).description ?? '';
    keys[key] = sections ? `${label || key}：每个专题印成一个一级标题（一、二、……）\n${doc}` : `${chineseNumeral(++n)}、${label}\n${doc}`;
    if (sections) sectionNumbers.set(key, chineseNumeral(++n));
  }
  if (manifest.show.closing) data.closing = fill('结束语，如“下一步，……”');
  const unprinted = Object.keys(REQUIRED_PARTS).filter((k) => !manifest.order.includes(k as PartKey));
  const header = [
    `${options.jurisdiction}${options.year}年度法治政府建设年度报告的数据文件，按“${manifest.name}”（${manifest.id}）的格式。`,
    '把每个【待填写……】换成实际内容；序号（一、（一）一是）和标题末尾的句号由模板生成，不要自己写。',
    options.writtenIn === 'editor'
      ? '边写边看：有问题的地方画波浪线（“问题”面板里列全），右上角的预览按钮（“打开报告预览”）显示排好的版面；写完用“渲染报告”命令生成 Word 文件。'
      : '写完后运行 fazhi check 检查，fazhi render 生成报告。',
    ...(unprinted.length ? [`注意：这个格式不印 ${unprinted.join('、')}，而《法治政府建设与责任落实督察工作规定》要求报告包含这些部分。`] : []),
  ];
  // A pack that requires the signature gets it filled in; otherwise it is offered, commented out.
  const signatureRequired = manifest.requires.includes('signature');
  if (signatureRequired) data.signature = { organization: `${options.jurisdiction}人民政府`, date: `${options.year + 1}-03-31` };
  if (manifest.requires.includes('attachments')) {
    data.attachments = [{ title: fill('附件名称，如“××县2023年度行政复议和行政诉讼案件统计表”'), tables: [{ header: [fill('第一列'), fill('第二列')], rows: [[PLACEHOLDER, PLACEHOLDER]] }] }];
    keys.attachments = '附件：正文后印“附件：……”，每个附件另起一页；表格第一行是表头';
  }
  const trailer = manifest.show.signature && !signatureRequired
    ? ['落款（印在文末右侧）：填好后去掉下面三行开头的“#”。', 'signature:', `  organization: ${options.jurisdiction}人民政府`, `  date: ${options.year + 1}-03-31`].join('\n')
    : undefined;
  const elements = manifest.order.filter((k) => manifest.requires.includes(`${k}.sections`)).map((k) => ({ path: [k, 'sections'], comments: [`${sectionNumbers.get(k) ?? '一'}、第一个专题：可以照此再加专题`] }));
  const comments: YamlComments = { header: header.join('\n'), keys, trailer, elements };
  return writeYaml(data, comments);
}
