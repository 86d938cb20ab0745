import type { YAMLError } from 'yaml';
import type { Locale } from '../validate/diagnostic.js';

/** Chinese explanations of the `yaml` parser's error codes, with what to do about each. */
const ZH: Record<string, string> = {
  BAD_INDENT: '缩进不对：同一层的键要左对齐，下一层比上一层多缩进两个空格。',
  TAB_AS_INDENT: '不能用 Tab 缩进：请改用空格。',
  MISSING_CHAR: '缺少配对的字符：检查引号或括号是否闭合；这一行或上一行没有引号和括号时，多半是缩进没有和同一层的键对齐。',
  DUPLICATE_KEY: '同一层里这个键出现了两次：删掉或合并其中一个。',
  MULTIPLE_DOCS: '文件里有多个“---”分隔的文档：一个数据文件只能写一份报告。',
  BLOCK_AS_IMPLICIT_KEY: '这里不能写键：检查上一行是否漏了冒号，或缩进是否对齐。',
  MULTILINE_IMPLICIT_KEY: '键不能跨行：检查冒号是否写成了全角“：”，或上一行是否漏了冒号。',
  UNEXPECTED_TOKEN: '这里出现了不该有的字符：检查冒号、短横线和缩进。',
  BAD_SCALAR_START: '值不能以这个字符开头：请给整段文字加上英文引号，或改用“|”块写法。',
  BAD_DQ_ESCAPE: '双引号里的反斜杠转义不正确：去掉反斜杠，或改用单引号。',
  BLOCK_IN_FLOW: '方括号或花括号里不能换行写块：改成逐行“- ”列表。',
  KEY_OVER_1024_CHARS: '键太长（超过1024个字符）：检查是否漏写了冒号。',
  BAD_ALIAS: '别名（*名称）指向不存在的锚点。',
  MULTIPLE_ANCHORS: '一个值只能有一个锚点（&名称）。',
  MULTIPLE_TAGS: '一个值只能有一个标签（!标签）。',
  TAG_RESOLVE_FAILED: '无法识别的标签（!标签）：数据文件里不需要标签，删掉即可。',
  NON_STRING_KEY: '键必须是文字。',
  BAD_DIRECTIVE: '无法识别的“%”指令：删掉这一行。',
  BAD_PROP_ORDER: '锚点和标签的位置不对。',
  ALIAS_PROPS: '别名不能再带锚点或标签。',
  BAD_COLLECTION_TYPE: '这里的列表或映射类型不对。',
  IMPOSSIBLE: 'YAML 解析出错。',
};

export function syntaxMessage(e: YAMLError, locale: Locale): string {
  const detail = e.message.replace(/ at line \d+, column \d+.*$/s, '');
  if (locale === 'en') return `YAML syntax: ${detail}`;
  // The parser calls an unclosed [ or { an indentation problem, because it finds out on a later line.
  if (e.code === 'BAD_INDENT' && /^Flow (sequence|mapping) in block collection/.test(detail)) {
    return `YAML 语法错误：上面有${detail.includes('sequence') ? '方括号“[”' : '花括号“{”'}没有闭合：在它那一行的末尾补上${detail.includes('sequence') ? '“]”' : '“}”'}。`;
  }
  return `YAML 语法错误：${ZH[e.code] ?? detail}`;
}
