import { JURISDICTION_KINDS, type SchemaNode } from '@fazhi/schema';
import { PART_KEYS } from './manifest.js';

const doc = (title: string, description: string, node: SchemaNode): SchemaNode => ({ title, description, ...node });
const label = (what: string) =>
  doc(`${what}标题`, `${what}的标题文字，可用 \${year}、\${next_year}、\${jurisdiction.name} 等引用数据。`, { type: 'string', minLength: 1 });

/** The JSON Schema of template.yaml. `fazhi templates lint` and the loader check manifests against it. */
export const manifestSchema: SchemaNode = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: '模板清单',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: doc('模板编号', '与文件夹同名，小写字母、数字和短横线。', { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }),
    name: doc('中文名称', '模板的中文名称。', { type: 'string', minLength: 1 }),
    name_en: doc('英文名称', 'English name.', { type: 'string' }),
    description: doc('说明', '适用于哪里、与上级模板有何不同。', { type: 'string' }),
    description_en: doc('英文说明', 'English description.', { type: 'string' }),
    suits: doc('适用单位', '适用的报告单位类别。', {
      type: 'array',
      items: { type: 'string', enum: Object.keys(JURISDICTION_KINDS) },
    }),
    extends: doc('继承', '在哪个模板的基础上修改。', { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' }),
    script: doc('字形', '简体 zh-Hans 或繁体 zh-Hant。', { type: 'string', enum: ['zh-Hans', 'zh-Hant'] }),
    requires: doc('必填项', '这种格式必须有的数据项（点号路径），如 recipient。', {
      type: 'array',
      items: { type: 'string', pattern: '^[a-z_]+(\\.[a-z_]+)*$' },
    }),
    order: doc('部分顺序', '印出哪些部分、按什么顺序。', {
      type: 'array',
      items: { type: 'string', enum: [...PART_KEYS] },
      uniqueItems: true,
    }),
    labels: doc('标题文字', '各部分的标题。', {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: label('报告'),
        measures: label('主要举措和成效'),
        shortcomings: label('不足和原因'),
        responsibility: label('第一责任人职责'),
        plans: label('下一年度安排'),
        others: label('其他情况'),
      },
    }),
    layout: doc('版式', '标题和要点的排法。', {
      type: 'object',
      additionalProperties: false,
      properties: {
        item_heading: doc('“（一）”标题', 'run-in：接排在段首；own-line：单独成行。', { type: 'string', enum: ['run-in', 'own-line'] }),
        points: doc('“一是”要点', 'inline：同一段内接排；paragraphs：每点一段。', { type: 'string', enum: ['inline', 'paragraphs'] }),
        intro_joins_points: doc('导语接要点', '导语和接排的要点是否同一段。', { type: 'boolean' }),
      },
    }),
    show: doc('印出', '是否印出标题、称呼、结束语、落款。', {
      type: 'object',
      additionalProperties: false,
      properties: {
        title: { type: 'boolean' },
        salutation: { type: 'boolean' },
        closing: { type: 'boolean' },
        signature: { type: 'boolean' },
      },
    }),
  },
};
