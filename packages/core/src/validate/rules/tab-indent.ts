import { placeLine } from '../../parse/indent-model.js';
import { blockScalarRanges, insideAny } from '../block-ranges.js';
import type { Rule } from '../rule.js';

const LEADING_WITH_TAB = /^([ \t]*\t[ \t]*)(?=[^\s\u3000])/gm;

/**
 * YAML refuses tabs in indentation, and the parser then misreads the lines after it (duplicate keys, keys
 * that span lines): one finding on the tab instead, with the indentation the line needs. The fix puts the line
 * on the level it fits (a tab counted as two spaces, as in a report file's indentation), or on the one nearest
 * level; when two are equally near only the writer knows, so there is no fix.
 */
export const tabIndent: Rule = {
  codes: ['tab-indent'],
  check(ctx) {
    const { text, lines: index, problems } = ctx.report;
    // Where YAML accepted the file, a tab at a line start is inside text (a flow value or a scalar).
    if (!text.includes('\t') || !problems.some((p) => p.severity === 'error')) return;
    const lines = text.split('\n');
    const blocks = blockScalarRanges(ctx.report);
    for (const m of text.matchAll(LEADING_WITH_TAB)) {
      if (insideAny(m.index, blocks)) continue;
      const leading = m[1] as string;
      const line = index.positionAt(m.index).line;
      const place = placeLine(lines, line);
      const column = place?.fits ? place.width : place?.nearest.length === 1 ? place.nearest[0]?.column : undefined;
      const range = { start: m.index, end: m.index + leading.length };
      const options = column === undefined && place?.nearest.length ? place.nearest.map((l) => l.column) : undefined;
      // The lines below are placed against this one as it will be.
      if (column !== undefined) lines[line] = ' '.repeat(column) + (lines[line] as string).slice(leading.length);
      ctx.add({
        code: 'tab-indent',
        severity: 'error',
        range,
        message:
          column === undefined
            ? {
                zh: `缩进里有 Tab：YAML 只认空格缩进。请改用空格，与同一层的键左对齐${options ? `（缩进 ${options.join(' 或 ')} 个空格）` : ''}。`,
                en: `The indentation contains a tab: YAML only accepts spaces. Indent with spaces, lined up with the keys of the same level${options ? ` (${options.join(' or ')} spaces)` : ''}.`,
              }
            : {
                zh: `缩进里有 Tab：YAML 只认空格缩进。这一行应缩进 ${column} 个空格。`,
                en: `The indentation contains a tab: YAML only accepts spaces. Indent this line by ${column} spaces.`,
              },
        fix: column === undefined ? undefined : { title: { zh: `改为 ${column} 个空格`, en: `Use ${column} spaces` }, edits: [{ range, newText: ' '.repeat(column) }] },
      });
    }
  },
};
