import { Parser } from 'htmlparser2';
import type { Block, HeadingLevel, Run } from '../document/report-document.js';
import { PARAGRAPH_BREAK } from './prose.js';
import { ATTRIBUTES, BLOCK_CLASSES, HEADING_LEVEL, INLINE, TRANSPARENT } from './vocabulary.js';

/** A block before its source path is resolved to a range in the YAML. */
export type ReadBlock = Block & { src?: string };

/** Something a template emitted outside the vocabulary; `offset` is into the template's output. */
export interface VocabularyError {
  message: string;
  offset: number;
  /** The markup at fault, so the caller can find it in the pack's files. */
  markup: string;
}

interface Open {
  tag: string;
  cls: string;
  src?: string;
  level?: HeadingLevel;
  runs: Run[];
  parts: Record<string, string>;
}

// Whitespace that contains a line break is the template's own formatting (indentation between tags);
// whitespace within a line may be the writer's (“巴山画屏 红城万源”) and stays.
const TEMPLATE_WHITESPACE = /[ \t]*\r?\n[ \t\r\n]*/g;

/** Reads a template's output into blocks, or says exactly what fell outside the vocabulary. */
export function readReportHtml(html: string): { blocks: ReadBlock[]; errors: VocabularyError[] } {
  const blocks: ReadBlock[] = [];
  const errors: VocabularyError[] = [];
  const stack: Open[] = [];
  let block: Open | undefined;
  let inline: { tag: string; level?: HeadingLevel; cls: string } | undefined;
  const fail = (message: string, markup: string) => errors.push({ message, offset: parser.startIndex, markup });

  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const cls = attrs.class ?? '';
        for (const name of Object.keys(attrs)) {
          if (!ATTRIBUTES.has(name)) fail(`属性 ${name} 不在模板可用的 HTML 词汇里。`, name);
        }
        if (TRANSPARENT.has(tag)) {
          if (block) fail(`<${tag}> 不能放在 <${block.tag}> 里面。`, `<${tag}`);
          stack.push({ tag, cls, runs: [], parts: {} });
          return;
        }
        const classes = BLOCK_CLASSES[tag];
        if (classes) {
          if (block) fail(`<${tag}> 不能放在 <${block.tag}> 里面：块元素不能嵌套。`, `<${tag}`);
          if (cls && !classes.includes(cls)) fail(`<${tag}> 不能用 class="${cls}"${classes.length ? `（可用：${classes.join('、')}）` : ''}。`, `class="${cls}"`);
          block = { tag, cls, src: attrs['data-src'], level: HEADING_LEVEL[tag], runs: [], parts: {} };
          stack.push(block);
          return;
        }
        const rule = INLINE[tag];
        if (rule && block && rule.parents.includes(block.tag) && !inline) {
          if (cls && !rule.classes.includes(cls)) fail(`<${tag}> 不能用 class="${cls}"。`, `class="${cls}"`);
          const level = Number(attrs['data-level'] ?? 2);
          inline = { tag, cls, level: ([1, 2, 3, 4] as const).find((l) => l === level) };
          if (tag === 'strong' && inline.level === undefined) fail(`<strong data-level> 只能是 1 到 4。`, `data-level="${attrs['data-level']}"`);
          stack.push({ tag, cls, runs: [], parts: {} });
          return;
        }
        fail(
          rule ? `<${tag}> 只能直接放在 <${rule.parents.join('> 或 <')}> 里面。` : `<${tag}> 不在模板可用的 HTML 词汇里（见 docs/templates.md）。`,
          `<${tag}`,
        );
        stack.push({ tag, cls, runs: [], parts: {} });
      },
      ontext(raw) {
        const text = raw.replace(TEMPLATE_WHITESPACE, '');
        if (text === '') return;
        if (!block) {
          if (text.trim() !== '') fail(`文字“${text.trim().slice(0, 20)}”不在任何块元素（<p>、<h2> 等）里面。`, text.trim().slice(0, 20));
          return;
        }
        if (block.tag === 'address') {
          const slot = inline?.tag === 'time' ? 'date' : inline?.cls === 'organization' ? 'organization' : undefined;
          if (slot) block.parts[slot] = (block.parts[slot] ?? '') + text;
          else if (text.trim() !== '') fail('<address> 里的文字要放在 <span class="organization"> 或 <time> 里。', text.trim().slice(0, 20));
          return;
        }
        const heading = inline?.tag === 'strong' ? inline.level : undefined;
        const last = block.runs[block.runs.length - 1];
        if (last && last.heading === heading) last.text += text;
        else block.runs.push(heading === undefined ? { text } : { text, heading });
      },
      onclosetag(tag) {
        const open = stack.pop();
        if (!open) return;
        if (open === block) {
          blocks.push(...finish(open));
          block = undefined;
        } else if (inline && open.tag === tag && INLINE[tag]) inline = undefined;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  return { blocks, errors };
}

/** A finished element as blocks: a paragraph holding paragraph breaks becomes several paragraphs. */
function finish(open: Open): ReadBlock[] {
  const src = open.src;
  const text = () => open.runs.map((r) => r.text).join('').trim();
  if (open.tag === 'address') {
    const organization = (open.parts.organization ?? '').trim();
    const date = (open.parts.date ?? '').trim();
    return organization || date ? [{ kind: 'signature', organization, date, src }] : [];
  }
  if (open.tag === 'h1') return text() ? [{ kind: 'title', text: text().replaceAll(PARAGRAPH_BREAK, ''), src }] : [];
  if (open.level !== undefined) return text() ? [{ kind: 'heading', level: open.level, text: text().replaceAll(PARAGRAPH_BREAK, ''), src }] : [];
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
