import { field, type SchemaNode } from '../annotate.js';

/**
 * Prose is any Chinese text a writer types. It may reference a named figure as `${name}` (see stats),
 * and a blank line inside it starts a new paragraph.
 */
export const prose: SchemaNode = { type: 'string' };

export const heading = (what: string, whatEn: string, example: string): SchemaNode =>
  field(
    {
      title: `${what}标题`,
      titleEn: `${whatEn} heading`,
      description: `${what}的标题文字，不写序号（“（一）”“一是”由模板编号）和句末标点。`,
      descriptionEn: `The heading text of the ${whatEn.toLowerCase()}, without its enumerator (the template numbers it) and without a final full stop.`,
      example,
    },
    { type: 'string' },
  );

export const pointWithTitle: SchemaNode = {
  type: 'object',
  title: '带小标题的要点',
  description: '“一是……。”式要点：小标题加正文，渲染为“一是{小标题}。{正文}”。',
  'x-title-en': 'Point with a title',
  'x-description-en': 'A point with a run-in title: rendered “一是{title}。{text}”.',
  additionalProperties: false,
  required: ['title'],
  properties: {
    title: heading('要点', 'Point', '强化组织建设'),
    text: field(
      {
        title: '要点正文',
        titleEn: 'Point text',
        description: '紧随小标题的正文。',
        descriptionEn: 'The text that follows the point title.',
        example: '动态调整充实由市长任组长的法治政府建设领导小组……',
      },
      prose,
    ),
  },
};

/** A point (一是/二是): plain text, or a title plus text. */
export const point: SchemaNode = field(
  {
    title: '要点',
    titleEn: 'Point',
    description: '“一是”“二是”……式的要点。可以直接写一句话，也可以写成小标题加正文。序号由模板生成，不要自己写“一是”。',
    descriptionEn: 'A “一是/二是” point: plain text, or a title plus text. The template numbers it; do not type the enumerator.',
    example: { title: '强化组织建设', text: '动态调整充实法治政府建设领导小组……' },
  },
  { anyOf: [{ type: 'string' }, { $ref: '#/definitions/pointWithTitle' }] },
);

const points: SchemaNode = field(
  {
    title: '要点列表',
    titleEn: 'Points',
    description: '依次渲染为“一是……二是……”。',
    descriptionEn: 'Rendered in order as “一是……二是……”.',
    example: ['依法行政认识有待强化', '机构人员配备有待加强'],
  },
  { type: 'array', items: { $ref: '#/definitions/point' } },
);

export const intro = (description: string, descriptionEn: string, example: string): SchemaNode =>
  field({ title: '导语', titleEn: 'Intro', description, descriptionEn, example }, prose);

/** An item (（一）): a title, optional lead text, and points. */
export const item: SchemaNode = field(
  {
    title: '条目',
    titleEn: 'Item',
    description: '“（一）”级条目：标题、可选的正文和要点。',
    descriptionEn: 'A “（一）” item: a title, optional text and points.',
    example: { title: '坚持党的全面领导，确保法治政府行稳致远', points: ['强化组织建设……'] },
  },
  {
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
      title: heading('条目', 'Item', '坚持党的全面领导，确保法治政府行稳致远'),
      text: field(
        {
          title: '条目正文',
          titleEn: 'Item text',
          description: '标题之后、要点之前的正文；空一行另起一段。',
          descriptionEn: 'Text after the item title and before its points; a blank line starts a new paragraph.',
          example: '始终把完善体制机制作为法治建设的基础……',
        },
        prose,
      ),
      points,
    },
  },
);

const items: SchemaNode = field(
  {
    title: '条目列表',
    titleEn: 'Items',
    description: '依次渲染为“（一）”“（二）”……',
    descriptionEn: 'Rendered in order as “（一）”, “（二）” …',
    example: [{ title: '加强组织领导，落实主体责任', text: '市委、市政府主要负责同志……' }],
  },
  { type: 'array', items: { $ref: '#/definitions/item' } },
);

/** The body shared by every part: a heading override, an intro, items and points. */
export function partProperties(intro_: SchemaNode): Record<string, SchemaNode> {
  return {
    title: field(
      {
        title: '部分标题（覆盖模板）',
        titleEn: 'Part heading override',
        description: '只在本报告要用不同于模板的标题时填写，不写“一、”等序号。',
        descriptionEn: 'Only when this report needs a heading other than the template’s; no enumerator.',
        example: '存在的问题和原因',
      },
      { type: 'string' },
    ),
    intro: intro_,
    items,
    points,
    sections: field(
      {
        title: '专题部分',
        titleEn: 'Thematic sections',
        description: '每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。',
        descriptionEn: 'Each section becomes a first-level heading of its own, instead of the part’s standard heading.',
        example: [{ title: '夯实基础，全面依法治街机构体系进一步健全', points: ['……'] }],
      },
      { type: 'array', items: { $ref: '#/definitions/section' } },
    ),
  };
}

export function part(doc: Parameters<typeof field>[0], introDoc: [string, string, string]): SchemaNode {
  return field(doc, {
    type: 'object',
    additionalProperties: false,
    properties: partProperties(intro(...introDoc)),
  });
}

/** A thematic first-level section of the measures (seed 002: 一、夯实基础，……进一步健全). */
export const section: SchemaNode = field(
  {
    title: '专题部分',
    titleEn: 'Thematic section',
    description: '以主题作一级标题的举措部分（如“一、夯实基础，全面依法治街机构体系进一步健全”）。',
    descriptionEn: 'A measures section with its own thematic first-level heading.',
    example: { title: '夯实基础，全面依法治街机构体系进一步健全', points: ['召开党工委全面依法治街委员会专题研究会议……'] },
  },
  {
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
      ...withoutSections(partProperties(
        intro('本部分标题之后的正文。', 'Text after the section heading.', '持续深入推进政务公开工作……'),
      )),
      title: heading('专题部分', 'Section', '夯实基础，全面依法治街机构体系进一步健全'),
    },
  },
);

function withoutSections(props: Record<string, SchemaNode>): Record<string, SchemaNode> {
  const { sections: _, ...rest } = props;
  return rest;
}
