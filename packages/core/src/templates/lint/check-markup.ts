import { ATTRIBUTES, BLOCK_CLASSES, INLINE, TABLE_PARTS, TRANSPARENT } from '../../render/vocabulary.js';

/** A markup problem in one template file, 1-based line and column, in Chinese and English. */
export interface MarkupFinding {
  line: number;
  column: number;
  zh: string;
  en: string;
}

const TAGS = new Set([...Object.keys(BLOCK_CLASSES), ...Object.keys(INLINE), ...TRANSPARENT, ...TABLE_PARTS]);
const CLASSES: Record<string, readonly string[]> = { ...BLOCK_CLASSES, ...Object.fromEntries(Object.entries(INLINE).map(([t, r]) => [t, r.classes])) };
const TAG = /<\/?([A-Za-z][\w-]*)((?:[^>{]|\{\{[^}]*\}\})*)>?/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/**
 * Reads a template file's own text (not its output) for what rendering would refuse: elements, classes and
 * attributes outside the HTML vocabulary, and `{{{ }}}`, which would let a writer's text become markup. Each
 * problem is reported where it is written, so a maintainer fixes it before any writer renders with the pack.
 */
export function checkMarkup(text: string): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  const withoutComments = blankComments(text).split('\n');
  withoutComments.forEach((line, i) => {
    const at = (index: number, zh: string, en: string) => findings.push({ line: i + 1, column: index + 1, zh, en });
    for (let j = line.indexOf('{{{'); j >= 0; j = line.indexOf('{{{', j + 3)) {
      at(j, '不要用 {{{ }}}：它不转义，数据里的文字会变成 HTML。改用 {{ }}。', 'Do not use {{{ }}}: it does not escape, so text from the data would become markup. Use {{ }}.');
    }
    for (const m of line.matchAll(TAG)) {
      const tag = (m[1] as string).toLowerCase();
      const index = m.index ?? 0;
      if (m[0].startsWith('</')) continue; // its opening tag has been reported already
      if (!TAGS.has(tag)) {
        at(index, `<${tag}> 不在模板可用的 HTML 词汇里（见 docs/templates.md）。`, `<${tag}> is not in the template HTML vocabulary (see docs/templates.md).`);
        continue;
      }
      for (const a of (m[2] ?? '').replace(/\{\{[^}]*\}\}/g, (s) => '_'.repeat(s.length)).matchAll(ATTRIBUTE)) {
        const name = (a[1] as string).toLowerCase();
        const col = index + 1 + tag.length + (a.index ?? 0);
        if (name.startsWith('_')) continue;
        if (!ATTRIBUTES.has(name)) {
          at(col, `属性 ${name} 不在模板可用的 HTML 词汇里：只能用 class、data-src、data-level。`, `The attribute ${name} is not in the vocabulary: only class, data-src and data-level.`);
          continue;
        }
        const value = (a[2] ?? '').replace(/^["']|["']$/g, '');
        const allowed = CLASSES[tag] ?? [];
        if (name === 'class' && value && !value.includes('_') && !allowed.includes(value)) {
          at(col, `<${tag}> 不能用 class="${value}"${allowed.length ? `（可用：${allowed.join('、')}）` : ''}。`, `<${tag}> cannot have class="${value}"${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}.`);
        }
      }
    }
  });
  return findings;
}

/** Handlebars comments may mention any tag; they are replaced by spaces so positions stay put. */
function blankComments(text: string): string {
  return text.replace(/\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}/g, (c) => c.replace(/[^\n]/g, ' '));
}
