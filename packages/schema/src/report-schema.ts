import { PACK_ID_PATTERN } from './pack-id.js';
import { field, type SchemaNode } from './annotate.js';
import { jurisdiction } from './defs/jurisdiction.js';
import { intro, item, part, partProperties, point, pointWithTitle, prose, section } from './defs/prose.js';
import { figure, stats } from './defs/stats.js';
import { attachments, copyTo, documentNumber, printedBy, table } from './defs/furniture.js';

const REGULATION = '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）';

const date = (title: string, titleEn: string, description: string, descriptionEn: string, example: string) =>
  field(
    { title, titleEn, description, descriptionEn, example },
    { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  );

const measures = field(
  {
    title: '主要举措和成效',
    titleEn: 'Measures and results',
    description: '上一年度推进法治政府建设的主要举措和成效。一般写成若干“（一）”条目；以主题作一级标题的报告写 sections。',
    descriptionEn: 'Main measures taken and results achieved in the report year: items, or thematic sections.',
    example: { items: [{ title: '坚持党的全面领导，确保法治政府行稳致远', points: ['强化组织建设……'] }] },
    basis: `${REGULATION}：上一年度推进法治政府建设的主要举措和成效`,
  },
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...partProperties(
        intro(
          '“一、”标题之后、条目之前的正文。',
          'Text after the part heading and before its items.',
          '2023年，高新区深入推进依法行政……',
        ),
      ),
    },
  },
);

const responsibility = part(
  {
    title: '第一责任人职责',
    titleEn: 'First-responsible-person duties',
    description: '党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。',
    descriptionEn: 'How the principal Party and government leaders carried out their duty as first responsible persons.',
    example: { items: [{ title: '加强组织领导，落实主体责任', text: '市委、市政府主要负责同志……' }] },
    basis: `${REGULATION}；《党政主要负责人履行推进法治建设第一责任人职责规定》`,
  },
  ['本部分开头的总述。', 'Opening paragraph of the part.', '高新区党政主要负责人充分履行推进法治建设第一责任人职责……'],
);

const shortcomings = part(
  {
    title: '存在的不足和原因',
    titleEn: 'Shortcomings and causes',
    description: '上一年度推进法治政府建设存在的不足和原因，通常是一段导语加“一是……二是……”。',
    descriptionEn: 'Shortcomings in the report year and their causes: usually an intro and points.',
    example: { intro: '2023年，我市法治政府建设工作存在的问题有：', points: ['依法行政认识有待强化'] },
    basis: `${REGULATION}：上一年度推进法治政府建设存在的不足和原因`,
  },
  ['要点之前的导语。', 'The sentence before the points.', '2023年，我市法治政府建设工作存在的问题有：'],
);

const plans = part(
  {
    title: '下一年度主要安排',
    titleEn: 'Plans for next year',
    description: '下一年度推进法治政府建设的主要安排。',
    descriptionEn: 'Main plans for the next year.',
    example: { items: [{ title: '持续学习贯彻习近平法治思想', text: '……' }] },
    basis: `${REGULATION}：下一年度推进法治政府建设的主要安排`,
  },
  ['本部分开头的总述。', 'Opening paragraph of the part.', '2024年，我市将重点做好以下工作：'],
);

const others = part(
  {
    title: '其他需要报告的情况',
    titleEn: 'Other matters',
    description: '其他需要报告的情况，没有可以不写。',
    descriptionEn: 'Other matters to report; optional.',
    example: { intro: '……' },
    basis: `${REGULATION}：其他需要报告的情况`,
  },
  ['本部分正文。', 'The text of the part.', '……'],
);

export const reportSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://fazhi-report.example/schema/report.schema.json',
  title: '法治政府建设年度报告数据文件',
  description: '一份法治政府建设年度报告的全部内容；用模板渲染成报告全文。',
  'x-description-en': 'Everything in one annual report on building a law-based government; a template renders it.',
  type: 'object',
  additionalProperties: false,
  required: ['template', 'year', 'jurisdiction'],
  properties: {
    template: field(
      {
        title: '模板',
        titleEn: 'Template',
        description: '按哪个地方的格式渲染，填模板编号（见 fazhi templates list）。',
        descriptionEn: 'Which jurisdiction format renders this report: a template pack id.',
        example: 'national',
      },
      { type: 'string', pattern: PACK_ID_PATTERN },
    ),
    year: field(
      {
        title: '报告年度',
        titleEn: 'Report year',
        description: '报告的是哪一年的工作（通常是上一年）。',
        descriptionEn: 'The year the report covers (usually last year).',
        example: 2023,
      },
      { type: 'integer', minimum: 2000, maximum: 2100 },
    ),
    jurisdiction,
    previous: field(
      {
        title: '上一年度报告',
        titleEn: 'Last year’s report',
        description: '去年报告的文件（数据文件或已发布的 .docx/.html/.txt），写相对本文件的路径。不写时在同一文件夹里按地区和年度查找。用于检查照搬去年的文字、去年安排的落实和数字的变化。',
        descriptionEn: 'Last year’s report (a data file or a published .docx/.html/.txt), as a path relative to this file. Without it, the same folder is searched by jurisdiction and year. Used to find recycled text, unanswered plans and figures that jumped.',
        example: '../2022/万源市-2022.yaml',
      },
      { type: 'string', minLength: 1 },
    ),
    published: date(
      '发布日期',
      'Publication date',
      '向社会公开的日期。应在报告年度结束之后、次年4月1日之前。',
      'When the report is made public: after the report year, before 1 April of the next year.',
      '2024-03-19',
    ),
    document_number: documentNumber,
    recipient: field(
      {
        title: '主送机关',
        titleEn: 'Recipient',
        description: '向上级报送时的称呼，渲染为称呼行（如“中共达州市委、达州市人民政府：”），不写冒号。',
        descriptionEn: 'The addressee when reporting to the level above; rendered as the salutation line.',
        example: '中共达州市委、达州市人民政府',
      },
      { type: 'string', minLength: 1 },
    ),
    title: field(
      {
        title: '标题（覆盖模板）',
        titleEn: 'Title override',
        description: '只在要用不同于模板的标题时填写。用“|”分行写时，每行印成标题的一行（联合行文：发文机关各占一行，再接“关于……的报告”）；写在一行时按 GB/T 9704 自动回行。',
        descriptionEn: 'Only when this report needs a title other than the template’s. Written on several lines with “|”, each line prints as a line of the title (joint issuers one per line, then “关于……的报告”); on one line it is broken as GB/T 9704 lays out.',
        example: '高新区2021年度法治政府建设情况报告',
      },
      { type: 'string', minLength: 1 },
    ),
    preamble: field(
      {
        title: '导语',
        titleEn: 'Preamble',
        description: '标题之后的开头段落，通常以“现将……报告如下：”结尾。',
        descriptionEn: 'The opening paragraph, usually ending with “现将……报告如下：”.',
        example: { text: '2023年，在达州市委、市政府的坚强领导下……现将有关情况报告如下。', cites: ['法治政府建设实施纲要（2021－2025年）'] },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['text'],
        properties: {
          text: field(
            { title: '导语正文', titleEn: 'Text', description: '导语全文。', descriptionEn: 'The preamble text.', example: '2023年，……现将有关情况报告如下。' },
            prose,
          ),
          cites: field(
            {
              title: '依据文件',
              titleEn: 'Documents cited',
              description: '导语中引用的文件名，不带书名号。',
              descriptionEn: 'Titles of the documents the preamble cites, without 《》.',
              example: ['法治政府建设实施纲要（2021－2025年）'],
            },
            { type: 'array', items: { type: 'string', minLength: 1 } },
          ),
        },
      },
    ),
    measures,
    responsibility,
    shortcomings,
    plans,
    others,
    closing: field(
      {
        title: '结束语',
        titleEn: 'Closing paragraph',
        description: '正文最后的结束段落（模板决定是否印出）。',
        descriptionEn: 'The closing paragraph after the last part (the template decides whether it is printed).',
        example: '法治建设任重而道远，……为中国式现代化海安新实践提供坚强保障。',
      },
      prose,
    ),
    signature: field(
      {
        title: '落款',
        titleEn: 'Signature',
        description: '发文机关署名和成文日期，印在正文之后右侧。',
        descriptionEn: 'The issuing organisation and the date of writing, printed at the end on the right.',
        example: { organization: '万源市人民政府', date: '2024-02-28' },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['organization', 'date'],
        properties: {
          organization: field(
            { title: '发文机关', titleEn: 'Organisation', description: '署名的机关全称。联合行文用“|”分行写，每个机关一行，主办机关在前。', descriptionEn: 'The signing organisation. Joint issuers: one per line with “|”, the organiser first.', example: '万源市人民政府' },
            { type: 'string', minLength: 1 },
          ),
          date: date('成文日期', 'Date', '成文日期，印成“2024年2月28日”。', 'The date of writing.', '2024-02-28'),
        },
      },
    ),
    extra_parts: field(
      {
        title: '模板另设的部分',
        titleEn: 'Extra parts',
        description: '模板在五个标准部分之外另设的一级部分（如“其他需要说明的情况”），键名见模板的 order；写法与其他部分相同。',
        descriptionEn: 'First-level parts a template adds beyond the standard five (keys as in its `order`); written like any part.',
        example: { other_notes: { intro: '……' } },
      },
      {
        type: 'object',
        propertyNames: { pattern: '^[a-z][a-z0-9_]*$' },
        additionalProperties: {
          type: 'object',
          title: '部分',
          'x-title-en': 'Part',
          description: '一个一级部分：导语、条目、要点或专题。',
          'x-description-en': 'A first-level part: intro, items, points or sections.',
          additionalProperties: false,
          properties: partProperties(intro('本部分正文。', 'The text of the part.', '……')),
        },
      },
    ),
    attachments,
    copy_to: copyTo,
    printed_by: printedBy,
    stats,
    unplaced: field(
      {
        title: '未归类内容',
        titleEn: 'Unplaced text',
        description: '导入旧报告时未能归入任何部分的文字，请移到合适位置后删除本项。不会被渲染。',
        descriptionEn: 'Text the importer could not place; move it into the right part, then delete this key. Never rendered.',
        example: ['扫一扫在手机打开当前页'],
      },
      { type: 'array', items: { type: 'string' } },
    ),
  },
  definitions: { point, pointWithTitle, item, section, figure, table },
};
