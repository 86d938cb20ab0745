import { MarkupKind, type Hover } from 'vscode-languageserver';
import { reportSchema, schemaAt } from '@fazhi/schema';
import { checkRequiredPath, type Locale, type ParsedReport, type TemplateCatalog } from '@fazhi/core';
import { pick } from '../context.js';
import { locate } from '../cursor/locate.js';
import { fieldMarkdown } from '../field-docs.js';
import { toLspRange } from '../positions.js';
import { enumChoices, labelVariable, optionMarkdown, partTitle } from './manifest-schema-docs.js';

const VARIABLE = /\$\{\s*([a-z_.]*)\s*\}?/g;

/**
 * Hover in a template.yaml: on a key, the option's documentation (and the values it takes); on a value, what that
 * value means: the base pack of `extends`, the report field a `requires:` path names, the part an `order` key prints,
 * a label's `${…}`, an enumerated option's value.
 */
export function manifestHover(parsed: ParsedReport, offset: number, catalog: TemplateCatalog, locale: Locale): Hover | null {
  const at = locate(parsed.doc, offset);
  if (!at?.scalar?.range) return null;
  const range = toLspRange(parsed.lines, { start: at.scalar.range[0], end: at.scalar.range[1] });
  const markdown = (value: string | undefined, r = range): Hover | null => (value ? { contents: { kind: MarkupKind.Markdown, value }, range: r } : null);
  const optionPath = at.path.filter((s): s is string => typeof s === 'string');
  if (at.onKey) return markdown(optionMarkdown(at.path, locale));

  const value = at.scalar.value;
  const [top] = at.path;
  if (top === 'extends' && typeof value === 'string') {
    const { manifest, problems } = catalog.resolve(value);
    if (!manifest) return markdown(problems.map((p) => pick(locale, p.message, p.message_en)).join('\n\n'));
    const chain = manifest.chain.join(' → ');
    return markdown([`**${pick(locale, manifest.name, manifest.name_en || manifest.name)}** \`${manifest.id}\``, pick(locale, manifest.description, manifest.description_en || manifest.description), `${pick(locale, '继承链', 'Chain')}：${chain}`].filter(Boolean).join('\n\n'));
  }
  if (top === 'requires' && typeof value === 'string') {
    const wrong = checkRequiredPath(value);
    if (wrong) return markdown(pick(locale, wrong.zh, wrong.en));
    const node = schemaAt(value.split('.'), reportSchema);
    return markdown(node ? fieldMarkdown(node, value, locale) : undefined);
  }
  if (top === 'order' && typeof value === 'string') {
    const label = (parsed.data as { labels?: Record<string, unknown> } | undefined)?.labels?.[value];
    const node = (reportSchema.properties as Record<string, ReturnType<typeof schemaAt>>)[value];
    const heading = typeof label === 'string' ? `${pick(locale, '标题', 'Heading')}：${label}` : undefined;
    return markdown([node ? fieldMarkdown(node, value, locale) : `\`${value}\` ${partTitle(value) ?? ''}`, heading].filter(Boolean).join('\n\n'));
  }
  if (top === 'labels' && typeof value === 'string') {
    const within = offset - at.scalar.range[0];
    const source = parsed.text.slice(at.scalar.range[0], at.scalar.range[1]);
    for (const m of source.matchAll(VARIABLE)) {
      if (within < m.index || within > m.index + m[0].length) continue;
      const variable = labelVariable(m[1] as string);
      const start = at.scalar.range[0] + m.index;
      const r = toLspRange(parsed.lines, { start, end: start + m[0].length });
      return markdown(variable ? `\`\${${variable.name}}\`：${pick(locale, variable.zh, variable.en)}` : pick(locale, `没有 \`\${${m[1]}}\` 这个值。`, `There is no \`\${${m[1]}}\`.`), r);
    }
  }
  const choice = enumChoices(at.path).find((c) => c.value === String(value));
  if (choice?.meaning) return markdown(`\`${choice.value}\`：${choice.meaning}\n\n${optionMarkdown(optionPath, locale) ?? ''}`.trim());
  return markdown(optionMarkdown(optionPath, locale));
}
