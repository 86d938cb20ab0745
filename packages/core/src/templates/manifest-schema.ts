import { JURISDICTION_KINDS, PACK_ID_PATTERN, type SchemaNode } from '@fazhi/schema';
import { FACES, NUMBER_STYLES } from './manifest.js';

const doc = (title: string, description: string, node: SchemaNode): SchemaNode => ({ title, description, ...node });
const label = (what: string) =>
  doc(`${what}标题`, `${what}的标题文字，可用 \${year}、\${next_year}、\${jurisdiction.name} 等引用数据。`, { type: 'string', minLength: 1 });

const PART_KEY = '^[a-z][a-z0-9_]*$';

// YAML reads an unquoted `1.` as the number 1: accepted, and read as the style 1.
const style = doc('序号样式', '一、 （一） 一是 第一， 1. 1． 1、 （1） ① 或 none（不编号）。', { enum: [...NUMBER_STYLES, 1] });
const face = doc('字体', 'heiti 黑体、kaiti 楷体、fangsong-bold 仿宋加粗、fangsong 仿宋、body 与正文相同；不写则按序号样式取 GB/T 9704 的层次字体。', { type: 'string', enum: [...FACES] });
const level = (title: string, description: string, layouts: string[], extra: Record<string, SchemaNode> = {}) =>
  doc(title, description, {
    type: 'object',
    additionalProperties: false,
    properties: { style, face, layout: doc('排法', layouts.join('；'), { type: 'string', enum: layouts.map((l) => l.split('：')[0] as string) }), ...extra },
  });
const numbering = (title: string, description: string) =>
  doc(title, description, {
    type: 'object',
    additionalProperties: false,
    properties: {
      part: level('一级标题', '每部分（或专题）的标题，默认“一、”黑体，单独成行。', ['own-line：单独成行', 'run-in：接排在本部分第一段段首（“一、标题。正文”）']),
      item: level('二级标题（条目）', '条目 items 的标题，默认“（一）”楷体。', ['run-in：接排在段首', 'own-line：单独成行']),
      point: level('要点', '要点 points，默认“一是”。', ['inline：同一段内接排', 'paragraphs：每点一段，小标题接排', 'own-line：小标题单独成行'], {
        continuous: doc('连续编号', 'true：本部分各条目下的要点连续编号（（一）下 1. 2.，（二）下接 3.），不在每个条目重新起编。', { type: 'boolean' }),
      }),
    },
  });

/** The JSON Schema of template.yaml. `fazhi templates lint` and the loader check manifests against it. */
export const manifestSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: '模板清单',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: doc('模板编号', '与文件夹同名，小写字母、数字和短横线。', { type: 'string', pattern: PACK_ID_PATTERN }),
    name: doc('中文名称', '模板的中文名称。', { type: 'string', minLength: 1 }),
    name_en: doc('英文名称', 'English name.', { type: 'string' }),
    description: doc('说明', '适用于哪里、与上级模板有何不同。', { type: 'string' }),
    description_en: doc('英文说明', 'English description.', { type: 'string' }),
    suits: doc('适用单位', '适用的报告单位类别。', {
      type: 'array',
      items: { type: 'string', enum: Object.keys(JURISDICTION_KINDS) },
    }),
    extends: doc('继承', '在哪个模板的基础上修改。', { type: 'string', pattern: PACK_ID_PATTERN }),
    script: doc('字形', '简体 zh-Hans 或繁体 zh-Hant。', { type: 'string', enum: ['zh-Hans', 'zh-Hant'] }),
    requires: doc('必填项', '这种格式必须有的数据项（点号路径），如 recipient。', {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z_]+(\\.[a-z_]+)*$' },
    }),
    order: doc('部分顺序', '印出哪些部分、按什么顺序：五个标准部分（measures、shortcomings、responsibility、plans、others），或数据 extra_parts 里的部分（须在 labels 里给标题）。', {
      type: 'array',
      items: { type: 'string', pattern: PART_KEY },
      uniqueItems: true,
    }),
    labels: doc('标题文字', '各部分的标题。', {
      type: 'object',
      properties: {
        title: label('报告'),
        measures: label('主要举措和成效'),
        shortcomings: label('不足和原因'),
        responsibility: label('第一责任人职责'),
        plans: label('下一年度安排'),
        others: label('其他情况'),
      },
      // A part of the data's extra_parts that `order` prints takes its heading from a label of the same key.
      additionalProperties: label('模板另设部分'),
      propertyNames: { pattern: PART_KEY },
    }),
    layout: doc('版式', '标题和要点的排法（item_heading、points 是 numbering 里 item.layout、point.layout 的简写）。', {
      type: 'object',
      additionalProperties: false,
      properties: {
        item_heading: doc('“（一）”标题', 'run-in：接排在段首；own-line：单独成行。', { type: 'string', enum: ['run-in', 'own-line'] }),
        points: doc('“一是”要点', 'inline：同一段内接排；paragraphs：每点一段。', { type: 'string', enum: ['inline', 'paragraphs'] }),
        intro_joins_points: doc('导语接要点', '导语和接排的要点是否同一段。', { type: 'boolean' }),
      },
    }),
    numbering: numbering('序号', '各级标题的序号样式、字体和排法（一级 part、二级 item、要点 point）。'),
    parts: doc('各部分设置', '某一部分与全篇不同的设置，键为部分名（如 shortcomings）。', {
      type: 'object',
      propertyNames: { pattern: PART_KEY },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: { numbering: numbering('本部分的序号', '只对这一部分生效的序号设置。') },
      },
    }),
    show: doc('印出', '是否印出标题、称呼、结束语、落款，以及文号、附件、抄送、印发机关和日期。', {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { type: 'boolean' },
        salutation: { type: 'boolean' },
        closing: { type: 'boolean' },
        signature: { type: 'boolean' },
        document_number: doc('文号', '在标题上方居中印出发文字号（document_number）。', { type: 'boolean' }),
        attachments: doc('附件', '印出附件说明和附件（attachments）。', { type: 'boolean' }),
        copy_to: doc('抄送', '印出版记中的抄送机关（copy_to）。', { type: 'boolean' }),
        printed_by: doc('印发', '印出版记中的印发机关和印发日期（printed_by）。', { type: 'boolean' }),
      },
    }),
  },
};
