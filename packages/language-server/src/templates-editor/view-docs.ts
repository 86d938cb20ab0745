import type { Locale, ViewShape } from '@fazhi/core';

/**
 * What each name a template sees means (docs/templates.md, "What a template sees"), for completion and hover.
 * Keyed by name: a name means the same wherever it appears (`title` is the report's title at the top, an item's
 * or point's title inside them).
 */
const VIEW_DOCS: Record<string, [zh: string, en: string]> = {
  report: ['数据文件本身（按报告数据格式），如 report.jurisdiction.name', 'the data file as parsed, e.g. report.jurisdiction.name'],
  year: ['报告年度（数字）', 'the report year (a number)'],
  next_year: ['下一年度（数字），计划部分用', 'the year after (a number), for the plans part'],
  title: ['标题：顶层是报告标题（数据的 title 或填好的 title 标题），条目和要点里是它们的小标题（可能为 null）', 'a title: the report title at the top level; an item or point title inside them (may be null)'],
  show: ['模板 show 选项：印出哪些部件（title、salutation、signature……）', 'the manifest show options: which furniture prints'],
  layout: ['版式：run_in、points_inline、intro_joins_points（布尔值）', 'layout: run_in, points_inline, intro_joins_points (booleans)'],
  recipient: ['主送机关（已印出的文字，或 null）', 'the recipient (printed text or null)'],
  preamble: ['开头段（已印出的文字，或 null）', 'the opening paragraph (printed text or null)'],
  closing: ['结尾段（已印出的文字，或 null）', 'the closing paragraph (printed text or null)'],
  signature: ['落款：{organization, date}，或 null（date 用 cn-date 印）', 'the signature: {organization, date} or null (print date with cn-date)'],
  printed_by: ['印发机关和印发日期：{organization, date}，或 null', 'printed by: {organization, date} or null'],
  document_number: ['发文字号（或 null）', 'the document number (or null)'],
  copy_to: ['抄送（或 null）', 'copy to (or null)'],
  units: ['一级标题单元，按顺序：每个有内容的部分，或它的每个专题（sections）', 'first-level units in order: each part with content, or each of its sections'],
  attachments: ['附件：{src, n, label, list_number, title, text, tables}', 'attachments: {src, n, label, list_number, title, text, tables}'],
  key: ['部分的键：measures、plans……（专题和附加部分也有）', 'the part key: measures, plans … (also for sections and extra parts)'],
  src: ['来源数据路径：写进 data-src，编辑器据此把预览和源文件对应起来', 'the data path it comes from: put it in data-src so the editor links preview and source'],
  n: ['从 1 起的序数', 'the 1-based count'],
  number: ['按模板编号规则印好的序号（一、（一）1. 一是……）', 'the enumerator as printed (一、 （一） 1. 一是 …)'],
  heading: ['一级标题文字（标准标题或专题标题）', 'the first-level heading text'],
  level: ['字体层级，写进 data-level（正文为 null）', 'the face level for data-level (null for body text)'],
  run_in: ['标题是否接排在段落开头', 'whether the heading runs into its paragraph'],
  thematic: ['是否专题式一级标题', 'whether this is a thematic first-level heading'],
  intro: ['部分的导语段（或 null）', 'the part intro (or null)'],
  join_intro: ['导语是否与要点合成一段', 'whether the intro joins the points in one paragraph'],
  items: ['二级条目（（一）……）', 'second-level items (（一） …)'],
  points: ['要点（一是……）', 'points (一是 …)'],
  points_inline: ['要点是否连排在一段里', 'whether the points run together in one paragraph'],
  text: ['正文（已印出的文字）', 'the text (printed form)'],
  own_line: ['要点标题是否单独成行', 'whether the point title is a line of its own'],
  end: ['要点结尾标点：“；”，最后一个“。”', 'the point end mark: “；”, “。” after the last'],
  label: ['附件标签：附件 / 附件1', 'the attachment label: 附件 / 附件1'],
  list_number: ['附件说明里的序号', 'the number in the attachment list'],
  tables: ['表格：{src, title, header, rows}', 'tables: {src, title, header, rows}'],
  header: ['表头行（各列文字）', 'the header row (cell texts)'],
  rows: ['数据行（每行是各列文字）', 'the data rows (each a list of cell texts)'],
  organization: ['机关名称', 'the organisation'],
  date: ['日期（按数据写法；用 cn-date 印成中文日期）', 'the date as written (print it with cn-date)'],
  length: ['列表的长度', 'the length of the list'],
};

export function viewDoc(name: string, locale: Locale): string | undefined {
  const doc = VIEW_DOCS[name];
  return doc && (locale === 'en' ? doc[1] : doc[0]);
}

/** A shape in a word: 列表 / 对象 / 值, for completion details. */
export function shapeKind(shape: ViewShape | undefined, locale: Locale): string {
  if (!shape) return '';
  const zh = { object: '对象', list: '列表', scalar: '值', schema: '数据' } as const;
  const en = { object: 'object', list: 'list', scalar: 'value', schema: 'data' } as const;
  return (locale === 'en' ? en : zh)[shape.kind];
}
