import { ENUM_TITLES, field, type SchemaNode } from '../annotate.js';

/** Kinds of jurisdiction that write the report, with the Chinese names writers know them by. */
export const JURISDICTION_KINDS = {
  province: '省（自治区、直辖市）',
  city: '设区的市',
  county: '县（旗）',
  'county-city': '县级市',
  district: '市辖区',
  'street-office': '街道办事处',
  township: '乡镇',
  'development-zone': '开发区（高新区）',
  department: '政府部门',
} as const;

export type JurisdictionKind = keyof typeof JURISDICTION_KINDS;

const text = (title: string, titleEn: string, description: string, descriptionEn: string, example: string) =>
  field({ title, titleEn, description, descriptionEn, example }, { type: 'string', minLength: 1 });

export const jurisdiction: SchemaNode = field(
  {
    title: '报告单位',
    titleEn: 'Jurisdiction',
    description: '撰写报告的地方或部门。',
    descriptionEn: 'The place or department that writes the report.',
    example: { name: '万源市', kind: 'county-city', province: '四川省', superior: '达州市' },
  },
  {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: {
      name: text('名称', 'Name', '全称，如“海安高新技术产业开发区”。', 'Full name.', '海安高新技术产业开发区'),
      short_name: text('简称', 'Short name', '正文中的简称，如“高新区”。', 'The short name used in prose.', '高新区'),
      kind: field(
        {
          title: '类别',
          titleEn: 'Kind',
          description: '地方或部门的类别，决定适用的模板和报送对象。',
          descriptionEn: 'What kind of jurisdiction this is.',
          example: 'county-city',
        },
        {
          type: 'string',
          enum: Object.keys(JURISDICTION_KINDS),
          [ENUM_TITLES]: Object.values(JURISDICTION_KINDS),
          enumDescriptions: Object.values(JURISDICTION_KINDS),
        },
      ),
      province: text('所在省份', 'Province', '所在省（自治区、直辖市）。', 'The province it belongs to.', '四川省'),
      superior: text('上级', 'Superior', '上一级党委政府或主管部门，如“达州市”。', 'The level above it.', '达州市'),
    },
  },
);
