import { MarkupKind } from 'vscode-languageserver';
import { schemaAt } from '@fazhi/schema';
import { formatFigure, lookupFigure, PART_KEYS } from '@fazhi/core';
import { pick, reportAnalysis } from '../context.js';
import { figureAt } from '../cursor/figure-at.js';
import { locate } from '../cursor/locate.js';
import { enumValues, fieldMarkdown } from '../field-docs.js';
import { toLspRange } from '../positions.js';
import { figureNameAt, lastYearFigure } from '../years/last-year-figure.js';
import type { Feature } from './feature.js';

/**
 * A field's title, description, legal basis and example; a template id's pack description and what it
 * requires; a figure reference's value.
 */
export const hover: Feature = {
  capabilities: { hoverProvider: true },
  register(context) {
    context.connection.onHover((params) => {
      const parsed = reportAnalysis(context, params.textDocument.uri)?.parsed;
      if (!parsed) return null;
      const offset = parsed.lines.offsetAt(params.position);
      const at = locate(parsed.doc, offset);
      if (!at) return null;
      const locale = context.locale();
      const range = at.scalar?.range ? toLspRange(parsed.lines, { start: at.scalar.range[0], end: at.scalar.range[1] }) : undefined;
      const markdown = (value: string, r = range) => ({ contents: { kind: MarkupKind.Markdown, value }, range: r });

      if (!at.onKey && at.scalar) {
        const ref = figureAt(parsed, at.scalar, offset);
        if (ref) {
          const data = parsed.data as { stats?: unknown } | undefined;
          const entry = lookupFigure(data?.stats, ref.name);
          // The writer's name for it first, then its value; the id last.
          const text = entry
            ? `${entry.label ? `${entry.label}：` : ''}**${formatFigure(entry)}${entry.unit ?? ''}** \`${ref.name}\``
            : pick(locale, `\`${ref.name}\` 没有在 stats 里定义。`, `\`${ref.name}\` is not defined under stats.`);
          const lastYear = lastYearFigure(context, params.textDocument.uri, ref.name, parsed.data, locale);
          return markdown(lastYear ? `${text}\n\n${lastYear}` : text, toLspRange(parsed.lines, ref.range));
        }
        if (at.path.length === 1 && at.path[0] === 'template' && typeof at.scalar.value === 'string') {
          const { manifest, problems } = context.workspace.catalogFor(params.textDocument.uri).resolve(at.scalar.value);
          if (!manifest) return markdown(problems.map((p) => pick(locale, p.message, p.message_en)).join('\n\n'));
          const requires = manifest.requires.length ? manifest.requires.map((r) => `\`${r}\``).join('、') : pick(locale, '无', 'nothing');
          const parts = manifest.order.filter((p) => (PART_KEYS as readonly string[]).includes(p)).join(' → ');
          return markdown(
            [
              `**${pick(locale, manifest.name, manifest.name_en || manifest.name)}** \`${manifest.id}\``,
              pick(locale, manifest.description, manifest.description_en || manifest.description),
              `${pick(locale, '必须填写', 'Requires')}：${requires}`,
              `${pick(locale, '部分顺序', 'Parts')}：${parts}`,
            ].join('\n\n'),
          );
        }
        const node = schemaAt(at.path);
        const choice = node && enumValues(node, []).find((c) => c.value === at.scalar?.value);
        if (choice?.label) return markdown(`**${choice.label}** \`${choice.value}\``);
      }
      // On a key (or a value with nothing more specific): the field's documentation, and for a figure last year's value.
      const name = figureNameAt(at.path);
      const lastYear = name ? lastYearFigure(context, params.textDocument.uri, name, parsed.data, locale) : undefined;
      const node = schemaAt(at.path);
      const key = at.path[at.path.length - 1];
      const keyRange = (at.pair?.key as { range?: [number, number] } | undefined)?.range;
      const hoverRange = keyRange ? toLspRange(parsed.lines, { start: keyRange[0], end: keyRange[1] }) : range;
      if (!node || typeof key !== 'string') return lastYear ? markdown(lastYear, hoverRange) : null;
      const doc = fieldMarkdown(node, key, locale);
      return markdown(lastYear ? `${doc}\n\n${lastYear}` : doc, hoverRange);
    });
  },
};
