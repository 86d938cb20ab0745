/**
 * The metadata block of a government information-disclosure page (信息公开): a list (`• 发布机构：…`,
 * `- [ 索引号 ] …`), a table flattened to label and value lines, or one line of several fields
 * (`发布日期：… 发布机构：…`). Its lines are page furniture, but three of its facts belong to the report.
 */
export interface PageFacts {
  /** 发布日期 / 发布时间, as YYYY-MM-DD. */
  published?: string;
  /** 文号 / 发文字号. */
  documentNumber?: string;
  /** 发布机构 / 发文机关. */
  issuer?: string;
}

/** Field names such pages use; spaces between the characters are allowed (`索 引 号`). */
const LABELS = [
  '信息索引号', '索引号', '备注/文号', '发文字号', '文号', '发布机构', '发文机关', '发文单位', '成文日期', '公文生成日期', '生成日期',
  '发布日期', '发布时间', '更新时间', '主题分类', '体裁分类', '组配分类', '公开方式', '公开范围', '公开时限', '有效性', '文件名称',
  '信息名称', '标题', '信息来源', '文章来源', '来源', '日期', '时间', '浏览次数', '访问次数', '阅读次数', '点击率', '点击数',
  '浏览量', '阅读量', '字体大小', '字体', '字号', '作者', '关键词', '关键字', '所属机构', '服务对象', '信息分类',
];
const spaced = (label: string) => [...label].map((c) => c.replace(/[/]/g, '\\/')).join('\\s*');
const LABEL = `(?:${LABELS.map(spaced).join('|')})`;
/** One `label：value` field; the value runs to the next label. */
const FIELD = new RegExp(`(?:^|\\s)[\\[【]?\\s*(${LABEL})\\s*[\\]】]?\\s*(?:[:：]|(?<=[\\]】]))\\s*(.*?)(?=\\s*(?:[\\[【]?\\s*${LABEL}\\s*[\\]】]?\\s*[:：])|$)`, 'gu');
const BULLET = /^[•·\-*]\s*/;
/** A label with nothing after it: in a flattened table, its value is the next line. */
const BARE_LABEL = new RegExp(`^[\\[【]?\\s*(${LABEL})\\s*[\\]】]?\\s*[:：]?$`, 'u');

export interface MetadataLine {
  fields: Array<{ label: string; value: string }>;
  /** The line is a label alone; its value, if any, is on the next line. */
  bareLabel?: string;
}

/** The fields a line holds when it is nothing but metadata; undefined for any other line. */
export function metadataLine(line: string): MetadataLine | undefined {
  const text = line.replace(BULLET, '').trim();
  if (text.length > 120) return undefined;
  const bare = BARE_LABEL.exec(text);
  if (bare) return { fields: [], bareLabel: squash(bare[1] as string) };
  const fields: MetadataLine['fields'] = [];
  let covered = 0;
  for (const m of text.matchAll(FIELD)) {
    fields.push({ label: squash(m[1] as string), value: (m[2] as string).trim() });
    covered += m[0].length;
  }
  if (fields.length === 0 || !text.trimStart().match(new RegExp(`^[\\[【]?\\s*${LABEL}`, 'u'))) return undefined;
  // Every character of the line belongs to a field: “来源：……。本报告……” is a sentence, not metadata.
  if (covered < text.trim().length - 1) return undefined;
  if (fields.some((f) => /[。；]/.test(f.value) || f.value.length > 60)) return undefined;
  return { fields };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** What a field says about the report, added to `facts` (the first of each wins). */
export function takeFact(facts: PageFacts, label: string, value: string): void {
  if (!value) return;
  if (/^(发布日期|发布时间|日期|时间|更新时间)$/.test(label)) facts.published ??= isoDate(value);
  else if (/文号|发文字号/.test(label)) facts.documentNumber ??= value;
  else if (/^(发布机构|发文机关|发文单位)$/.test(label)) facts.issuer ??= value;
}

/** 2024-03-19, 2024/3/19 16:22, 2024年3月19日 → 2024-03-19. */
export function isoDate(text: string): string | undefined {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(text.trim());
  if (!m) return undefined;
  return `${m[1]}-${(m[2] as string).padStart(2, '0')}-${(m[3] as string).padStart(2, '0')}`;
}
