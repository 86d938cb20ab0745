import { Parser } from 'htmlparser2';
import type { Block, HeadingLevel, Run, TextLineBlock } from '../document/report-document.js';
import { PARAGRAPH_BREAK } from './prose.js';
import { ATTRIBUTES, BLOCK_CLASSES, HEADING_LEVEL, INLINE, TABLE_PARTS, TRANSPARENT, VOCABULARY } from './vocabulary.js';

const LINE_CLASSES = ['document-number', 'attachment-label', 'attachment-title', 'copy-to'] as const;

/** A block before its source path is resolved to a range in the YAML. */
export type ReadBlock = Block & { src?: string };

/** Something a template emitted outside the vocabulary; `offset` is into the template's output. */
export interface VocabularyError {
  message: string;
  message_en: string;
  offset: number;
  /** The markup at fault, so the caller can find it in the pack's files. */
  markup: string;
}

interface Open {
  tag: string;
  /** Where its start tag is in the template's output (an element left open is reported there). */
  at: number;
  cls: string;
  src?: string;
  level?: HeadingLevel;
  face?: HeadingLevel;
  runs: Run[];
  parts: Record<string, string>;
  /** Lines of an <ol>, or cells of a <table> (rows; the first row under <thead> is the header). */
  lines?: string[];
  table?: { caption?: string; header?: string[]; rows: string[][]; inHead: boolean; cell?: 'caption' | 'cell' };
}

// Whitespace that contains a line break is the template's own formatting (indentation between tags);
// whitespace within a line may be the writer's (“巴山画屏 红城万源”) and stays.
const TEMPLATE_WHITESPACE = /[ \t]*\r?\n[ \t\r\n]*/g;

/**
 * Reads a template's output into blocks, or says exactly what fell outside the vocabulary. `piece`: the text is a
 * stretch of well-nested output cut by read-html-chunks.ts, where a <section> may open in one piece and close in
 * another, so an element the parser closes at the end of the piece is no fault of the template.
 */
export function readReportHtml(html: string, options: { piece?: boolean } = {}): { blocks: ReadBlock[]; errors: VocabularyError[] } {
  const blocks: ReadBlock[] = [];
  const errors: VocabularyError[] = [];
  const stack: Open[] = [];
  let block: Open | undefined;
  let inline: { tag: string; level?: HeadingLevel; cls: string } | undefined;
  const fail = (message: string, message_en: string, markup: string, offset = parser.startIndex) => errors.push({ message, message_en, offset, markup });

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const cls = attrs.class ?? '';
        const at = parser.startIndex;
        for (const name of Object.keys(attrs)) {
          if (!ATTRIBUTES.has(name)) fail(`属性 ${name} 不在模板可用的 HTML 词汇里。`, `The attribute ${name} is not in the template HTML vocabulary.`, name);
        }
        if (TRANSPARENT.has(tag)) {
          if (block) fail(`<${tag}> 不能放在 <${block.tag}> 里面。`, `<${tag}> cannot be inside <${block.tag}>.`, `<${tag}`);
          stack.push({ tag, at, cls, runs: [], parts: {} });
          return;
        }
        const classes = BLOCK_CLASSES[tag];
        if (classes) {
          if (block) fail(`<${tag}> 不能放在 <${block.tag}> 里面：块元素不能嵌套。`, `<${tag}> cannot be inside <${block.tag}>: blocks do not nest.`, `<${tag}`);
          if (cls && !classes.includes(cls)) fail(`<${tag}> 不能用 class="${cls}"${classes.length ? `（可用：${classes.join('、')}）` : ''}。`, `<${tag}> cannot have class="${cls}"${classes.length ? ` (it can have: ${classes.join(', ')})` : ''}.`, `class="${cls}"`);
          block = { tag, at, cls, src: attrs['data-src'], level: HEADING_LEVEL[tag], runs: [], parts: {} };
          if (tag === 'ol') block.lines = [];
          if (tag === 'table') block.table = { rows: [], inHead: false };
          // A heading's element is its place in the outline; data-level, when given, is the face it is set in.
          if (block.level !== undefined && attrs['data-level'] !== undefined) {
            block.face = ([1, 2, 3, 4] as const).find((l) => l === Number(attrs['data-level']));
            if (block.face === undefined) fail(`<${tag} data-level> 只能是 1 到 4。`, `<${tag} data-level> must be 1 to 4.`, `data-level="${attrs['data-level']}"`);
          }
          stack.push(block);
          return;
        }
        if (block?.tag === 'table' && TABLE_PARTS.has(tag)) {
          openTablePart(block, tag);
          stack.push({ tag, at, cls, runs: [], parts: {} });
          return;
        }
        const rule = INLINE[tag];
        if (rule && block && rule.parents.includes(block.tag) && !inline) {
          if (tag === 'li') block.lines?.push('');
          if (cls && !rule.classes.includes(cls)) fail(`<${tag}> 不能用 class="${cls}"。`, `<${tag}> cannot have class="${cls}".`, `class="${cls}"`);
          const level = Number(attrs['data-level'] ?? 2);
          inline = { tag, cls, level: ([1, 2, 3, 4] as const).find((l) => l === level) };
          if (tag === 'strong' && inline.level === undefined) fail(`<strong data-level> 只能是 1 到 4。`, '<strong data-level> must be 1 to 4.', `data-level="${attrs['data-level']}"`);
          stack.push({ tag, at, cls, runs: [], parts: {} });
          return;
        }
        fail(
          rule ? `<${tag}> 只能直接放在 <${rule.parents.join('> 或 <')}> 里面。` : `<${tag}> 不在模板可用的 HTML 词汇里（见 docs/templates.md）。`,
          rule ? `<${tag}> can only be directly inside <${rule.parents.join('> or <')}>.` : `<${tag}> is not in the template HTML vocabulary (see docs/templates.md).`,
          `<${tag}`,
        );
        stack.push({ tag, at, cls, runs: [], parts: {} });
      },
      ontext(raw) {
        const text = raw.replace(TEMPLATE_WHITESPACE, '');
        if (text === '') return;
        if (block?.tag === 'table' || block?.tag === 'ol') {
          if (!addCellText(block, text, inline?.tag === 'li') && text.trim() !== '') {
            fail(
              block.tag === 'ol' ? '<ol> 里的文字要放在 <li> 里。' : '<table> 里的文字要放在 <caption>、<th> 或 <td> 里。',
              block.tag === 'ol' ? 'Text in <ol> goes in an <li>.' : 'Text in <table> goes in a <caption>, <th> or <td>.',
              text.trim().slice(0, 20),
            );
          }
          return;
        }
        if (!block) {
          if (text.trim() !== '') fail(`文字“${text.trim().slice(0, 20)}”不在任何块元素（<p>、<h2> 等）里面。`, `The text "${text.trim().slice(0, 20)}" is not inside a block (<p>, <h2> …).`, text.trim().slice(0, 20));
          return;
        }
        if (block.tag === 'address') {
          const slot = inline?.tag === 'time' ? 'date' : inline?.cls === 'organization' ? 'organization' : undefined;
          if (slot) block.parts[slot] = (block.parts[slot] ?? '') + text;
          else if (text.trim() !== '') fail('<address> 里的文字要放在 <span class="organization"> 或 <time> 里。', 'Text in <address> goes in a <span class="organization"> or a <time>.', text.trim().slice(0, 20));
          return;
        }
        const heading = inline?.tag === 'strong' ? inline.level : undefined;
        const last = block.runs[block.runs.length - 1];
        if (last && last.heading === heading) last.text += text;
        else block.runs.push(heading === undefined ? { text } : { text, heading });
      },
      onclosetag(tag, implied) {
        const open = stack.pop();
        if (!open) return;
        // The parser closed it for the template (at the end, at its parent's end tag, or as another block opened):
        // the output is not what the template says. Elements outside the vocabulary are reported already.
        if (implied && !options.piece && VOCABULARY.has(tag)) {
          fail(
            `<${tag}> 没有对应的结束标签 </${tag}>：请在模板里补上。`,
            `<${tag}> has no matching end tag </${tag}>: add it in the template.`,
            `<${tag}`,
            open.at,
          );
        }
        if (open === block) {
          blocks.push(...finish(open));
          block = undefined;
        } else if (inline && open.tag === tag && INLINE[tag]) inline = undefined;
        else if (block?.table && (tag === 'th' || tag === 'td' || tag === 'caption')) block.table.cell = undefined;
        else if (block?.table && tag === 'thead') block.table.inHead = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { blocks, errors };
}

/** A table part opens: a row, a cell (its text goes to the last row), the caption or the header section. */
function openTablePart(block: Open, tag: string): void {
  const t = block.table as NonNullable<Open['table']>;
  if (tag === 'thead') t.inHead = true;
  else if (tag === 'tr') {
    if (t.inHead && t.header === undefined) t.header = [];
    else t.rows.push([]);
  } else if (tag === 'th' || tag === 'td') {
    (t.inHead ? (t.header ??= []) : (t.rows[t.rows.length - 1] ?? (t.rows.push([]), t.rows[0] as string[]))).push('');
    t.cell = 'cell';
  } else if (tag === 'caption') {
    t.caption = '';
    t.cell = 'caption';
  }
}

/** Text inside a table cell, the caption or a list item; false when it is outside all of them. */
function addCellText(block: Open, text: string, inLi: boolean): boolean {
  if (block.lines) {
    if (!inLi || block.lines.length === 0) return false;
    block.lines[block.lines.length - 1] += text;
    return true;
  }
  const t = block.table;
  if (!t?.cell) return false;
  if (t.cell === 'caption') t.caption = (t.caption ?? '') + text;
  else {
    const row = t.inHead ? t.header : t.rows[t.rows.length - 1];
    if (!row || row.length === 0) return false;
    row[row.length - 1] += text;
  }
  return true;
}

/** A finished element as blocks: a paragraph holding paragraph breaks becomes several paragraphs. */
function finish(open: Open): ReadBlock[] {
  const src = open.src;
  const text = () => open.runs.map((r) => r.text).join('').trim();
  if (open.tag === 'address') {
    // Joint issuers sign on lines of their own (render/view-furniture.ts proseLines).
    const organization = (open.parts.organization ?? '').replaceAll(PARAGRAPH_BREAK, '\n').trim();
    const date = (open.parts.date ?? '').trim();
    const kind = open.cls === 'printed-by' ? 'printed-by' : 'signature';
    return organization || date ? [{ kind, organization, date, src }] : [];
  }
  if (open.lines) {
    const lines = open.lines.map((l) => l.replaceAll(PARAGRAPH_BREAK, '').trim()).filter((l) => l !== '');
    return lines.length ? [{ kind: 'attachment-list', lines, src }] : [];
  }
  if (open.table) {
    const cell = (c: string) => c.replaceAll(PARAGRAPH_BREAK, '').trim();
    const caption = open.table.caption?.trim() ? { caption: cell(open.table.caption) } : {};
    return [{ kind: 'table', ...caption, header: (open.table.header ?? []).map(cell), rows: open.table.rows.map((r) => r.map(cell)), src }];
  }
  const line = (LINE_CLASSES as readonly string[]).includes(open.cls) ? (open.cls as TextLineBlock['kind']) : undefined;
  if (line) return text() ? [{ kind: line, text: text().replaceAll(PARAGRAPH_BREAK, ''), src }] : [];
  // A title written on several lines keeps them (write/title-lines.ts): each break is a line feed in the block.
  if (open.tag === 'h1') return text() ? [{ kind: 'title', text: text().replaceAll(PARAGRAPH_BREAK, '\n'), src }] : [];
  if (open.level !== undefined) {
    const face = open.face !== undefined && open.face !== open.level ? { face: open.face } : {};
    return text() ? [{ kind: 'heading', level: open.level, ...face, text: text().replaceAll(PARAGRAPH_BREAK, ''), src }] : [];
  }
  if (open.cls === 'salutation') return text() ? [{ kind: 'salutation', text: text(), src }] : [];
  const role = open.cls === 'preamble' || open.cls === 'closing' ? open.cls : 'body';
  return splitParagraphs(open.runs).map((runs) => ({ kind: 'paragraph' as const, role, runs, src }));
}

function splitParagraphs(runs: Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    const pieces = run.text.split(PARAGRAPH_BREAK);
    pieces.forEach((piece, i) => {
      if (i > 0) out.push([]);
      if (piece !== '') (out[out.length - 1] as Run[]).push({ ...run, text: piece });
    });
  }
  return out
    .map((rs) => trimRuns(rs))
    .filter((rs) => rs.length > 0);
}

function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out.filter((r) => r.text !== '');
}
