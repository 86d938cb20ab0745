import { field, type SchemaNode } from '../annotate.js';

/**
 * Named figures. Prose references them as `${name}` or `${group.name}`: `$` and braces never occur in
 * Chinese prose, so a reference cannot be mistaken for text, and typing `${` is where completion starts.
 */
export const FIGURE_NAME_PATTERN = '^[A-Za-z_\\u4e00-\\u9fff][A-Za-z0-9_\\u4e00-\\u9fff]*$';

const count = (title: string, titleEn: string, description: string, descriptionEn: string, example: number) =>
  field({ title, titleEn, description, descriptionEn, example }, { type: 'integer', minimum: 0 });

const figureObject: SchemaNode = {
  type: 'object',
  title: '带单位的数字',
  'x-title-en': 'Figure with unit',
  description: '数值加单位和说明，说明会在悬停时显示。',
  'x-description-en': 'A value with its unit and a label shown on hover.',
  additionalProperties: false,
  required: ['value'],
  properties: {
    value: { type: ['number', 'string'], title: '数值', 'x-title-en': 'Value', description: '数值，如 447 或“200余”。', 'x-description-en': 'The value, e.g. 447 or “200余”.' },
    unit: { type: 'string', title: '单位', 'x-title-en': 'Unit', description: '如“件”“人次”。', 'x-description-en': 'E.g. 件, 人次.' },
    label: { type: 'string', title: '说明', 'x-title-en': 'Label', description: '这个数字是什么。', 'x-description-en': 'What the figure counts.' },
  },
};

/** A figure: a number, a text such as “200余”, a value with unit, or a group of figures. */
export const figure: SchemaNode = {
  title: '数字',
  'x-title-en': 'Figure',
  description: '一个数字（或“200余”这样的文字），也可以是一组数字。',
  'x-description-en': 'A number (or a text such as “200余”), a value with unit, or a group of figures.',
  anyOf: [
    { type: 'number' },
    { type: 'string' },
    figureObject,
    {
      type: 'object',
      title: '数字分组',
      'x-title-en': 'Group of figures',
      description: '一组相关的数字，引用时写 ${分组.名称}。',
      'x-description-en': 'A group of related figures, referenced as ${group.name}.',
      propertyNames: { pattern: FIGURE_NAME_PATTERN },
      additionalProperties: { $ref: '#/definitions/figure' },
    },
  ],
};

const reconsideration = field(
  {
    title: '行政复议',
    titleEn: 'Administrative reconsideration',
    description: '行政复议案件数。应满足：受理 ≤ 收到，审结 ≤ 受理。',
    descriptionEn: 'Administrative reconsideration cases. Must hold: accepted ≤ received, concluded ≤ accepted.',
    example: { received: 48, accepted: 44, concluded: 43 },
    basis: '《中华人民共和国行政复议法》',
  },
  {
    type: 'object',
    additionalProperties: { $ref: '#/definitions/figure' },
    properties: {
      received: count('收到', 'Received', '收到的行政复议申请数。', 'Applications received.', 48),
      accepted: count('受理', 'Accepted', '依法受理的案件数。', 'Cases accepted.', 44),
      concluded: count('审结', 'Concluded', '已审结的案件数。', 'Cases concluded.', 43),
    },
  },
);

const litigation = field(
  {
    title: '行政应诉',
    titleEn: 'Administrative litigation',
    description: '行政诉讼应诉案件数和行政机关负责人出庭应诉数。应满足：出庭应诉 ≤ 开庭审理。',
    descriptionEn: 'Administrative lawsuits defended; heads of agencies appearing in court must not exceed hearings.',
    example: { cases: 35, hearings: 20, heads_appeared: 20 },
    basis: '《中华人民共和国行政诉讼法》第三条',
  },
  {
    type: 'object',
    additionalProperties: { $ref: '#/definitions/figure' },
    properties: {
      cases: count('应诉案件', 'Cases', '行政诉讼应诉案件数。', 'Lawsuits defended.', 35),
      hearings: count('开庭审理', 'Hearings', '开庭审理的案件数。', 'Cases heard in court.', 20),
      heads_appeared: count('负责人出庭', 'Heads appeared', '行政机关负责人出庭应诉的案件数。', 'Hearings attended by the head of the agency.', 20),
    },
  },
);

export const stats: SchemaNode = field(
  {
    title: '数字',
    titleEn: 'Figures',
    description: '报告中要用到的数字，集中写在这里，正文里用 ${名称} 引用，数字只需改一处。',
    descriptionEn: 'Figures the prose uses, kept in one place and referenced from prose as ${name}.',
    example: { reconsideration: { received: 48, accepted: 44, concluded: 43 }, legal_aid_cases: 447 },
  },
  {
    type: 'object',
    propertyNames: { pattern: FIGURE_NAME_PATTERN },
    properties: { reconsideration, litigation },
    additionalProperties: { $ref: '#/definitions/figure' },
  },
);
