import { field, type SchemaNode } from '../annotate.js';
import { prose } from './prose.js';

/**
 * Document furniture of GB/T 9704-2012 that some formats print: 发文字号, 附件 (with tables), and the 版记
 * (抄送, 印发机关和印发日期). Whether each is printed is the template's `show`.
 */
export const documentNumber: SchemaNode = field(
  {
    title: '发文字号',
    titleEn: 'Document number',
    description: '发文字号（文号），如“鄂政文〔2024〕12号”；模板印出时居中排在标题上方。发布页上的“文号”也填在这里。',
    descriptionEn: 'The document number (文号), e.g. 鄂政文〔2024〕12号; printed above the title where the template shows it.',
    example: '鄂政文〔2024〕12号',
  },
  { type: 'string', minLength: 1 },
);

const cell: SchemaNode = {
  title: '单元格',
  'x-title-en': 'Cell',
  description: '一个单元格：文字或数字，可用 ${名称} 引用 stats 里的数字。',
  'x-description-en': 'One cell: text or a number; may reference a figure as ${name}.',
  type: ['string', 'number'],
};

export const table: SchemaNode = field(
  {
    title: '表格',
    titleEn: 'Table',
    description: '一张表：可选的表题、表头一行（header）和若干数据行（rows）。单元格可用 ${名称} 引用数字。',
    descriptionEn: 'A table: an optional title, one header row and data rows. Cells may reference figures as ${name}.',
    example: { title: '行政复议案件统计表', header: ['案件类型', '收案数', '办结数'], rows: [['行政复议', '${reconsideration.received}', '${reconsideration.concluded}']] },
  },
  {
    type: 'object',
    additionalProperties: false,
    required: ['header', 'rows'],
    properties: {
      title: field({ title: '表题', titleEn: 'Table title', description: '印在表格上方居中。', descriptionEn: 'Printed centred above the table.', example: '行政复议案件统计表' }, { type: 'string', minLength: 1 }),
      header: field({ title: '表头', titleEn: 'Header row', description: '表头一行，每列一个名称；表格跨页时每页重复。', descriptionEn: 'The header row, one name per column; repeated on every page.', example: ['案件类型', '收案数', '办结数'] }, { type: 'array', minItems: 1, items: cell }),
      rows: field({ title: '数据行', titleEn: 'Rows', description: '每行是一个列表，单元格个数与表头相同。', descriptionEn: 'Each row a list with as many cells as the header.', example: [['行政复议', 48, 43]] }, { type: 'array', items: { type: 'array', items: cell } }),
    },
  },
);

export const attachments: SchemaNode = field(
  {
    title: '附件',
    titleEn: 'Attachments',
    description: '随报告附上的材料（如统计表）。正文后印“附件：1. ……”说明，每个附件另起一页，左上角印“附件1”。',
    descriptionEn: 'Attachments: listed after the body (附件：1. …), each printed on a new page headed 附件1.',
    example: [{ title: '2023年度行政复议和行政诉讼案件统计表', tables: [{ header: ['案件类型', '收案数', '办结数'], rows: [['行政复议', 48, 43]] }] }],
  },
  {
    type: 'array',
    items: {
      type: 'object',
      title: '附件',
      'x-title-en': 'Attachment',
      description: '一个附件：标题，以及正文和（或）表格。',
      'x-description-en': 'One attachment: a title, then text and/or tables.',
      additionalProperties: false,
      required: ['title'],
      properties: {
        title: field({ title: '附件标题', titleEn: 'Title', description: '附件名称，附件说明和附件首页都用它；不加句末标点。', descriptionEn: 'The attachment’s name, used in the list and on its first page; no final full stop.', example: '2023年度行政复议和行政诉讼案件统计表' }, { type: 'string', minLength: 1 }),
        text: field({ title: '附件正文', titleEn: 'Text', description: '表格之前的文字；空一行另起一段。', descriptionEn: 'Text before the tables; a blank line starts a new paragraph.', example: '……' }, prose),
        tables: field({ title: '表格', titleEn: 'Tables', description: '附件里的表格，依次印出。', descriptionEn: 'The attachment’s tables, in order.', example: [{ header: ['案件类型', '收案数'], rows: [['行政复议', 48]] }] }, { type: 'array', items: { $ref: '#/definitions/table' } }),
      },
    },
  },
);

export const copyTo: SchemaNode = field(
  {
    title: '抄送机关',
    titleEn: 'Copied to',
    description: '版记中的抄送机关，如“市人大常委会办公室，市政协办公室”；印成“抄送：……。”。',
    descriptionEn: 'The organisations copied, printed in the imprint as “抄送：……。”.',
    example: '市人大常委会办公室，市政协办公室',
  },
  { type: 'string', minLength: 1 },
);

export const printedBy: SchemaNode = field(
  {
    title: '印发机关和印发日期',
    titleEn: 'Printed by',
    description: '版记末行：左为印发机关，右为“2024年3月20日印发”。',
    descriptionEn: 'The last line of the imprint: the printing office at the left, the date printed at the right.',
    example: { organization: '某市人民政府办公室', date: '2024-03-20' },
  },
  {
    type: 'object',
    additionalProperties: false,
    required: ['organization', 'date'],
    properties: {
      organization: field({ title: '印发机关', titleEn: 'Organisation', description: '印发机关名称（一般是办公厅、办公室）。', descriptionEn: 'The printing office.', example: '某市人民政府办公室' }, { type: 'string', minLength: 1 }),
      date: field({ title: '印发日期', titleEn: 'Date', description: '印发日期，印成“2024年3月20日印发”。', descriptionEn: 'The date printed.', example: '2024-03-20' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
    },
  },
);
