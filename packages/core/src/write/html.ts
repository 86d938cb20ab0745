import type { Block, ReportDocument, Run, RunFigure } from '../document/report-document.js';
import { stripControlChars } from '../text/control-chars.js';
import { escapeHtml } from './html-escape.js';
import { PREVIEW_CSS, PRINT_CSS } from './html-style.js';
import { oneLine, reportTitleLines, writtenLines } from './title-lines.js';

export interface HtmlOptions {
  /** For an editor's preview: adds the highlight style and each block's source range. */
  preview?: boolean;
  /** Extra markup for <head> (a webview's Content-Security-Policy meta and its nonce'd script). */
  head?: string;
}

/** A standalone HTML file that prints on A4 in the GB/T 9704 layout; every block carries data-block="index". */
export function writeHtml(doc: ReportDocument, options: HtmlOptions = {}): string {
  const page = htmlPage(doc, options.preview === true);
  return `<!DOCTYPE html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.head ?? ''}<title>${page.title}</title>
<style>${page.style}</style>
</head>
<body>
<main class="report">
${page.blocks.join('\n')}
</main>
</body>
</html>
`;
}

/**
 * The page writeHtml prints, in pieces: each block's element on its own, so a live preview can replace one block
 * without the rest (the extension diffs two renders block by block). Texts are escaped and control characters
 * dropped (HTML forbids them; the DOCX writer drops them too).
 */
export interface HtmlPage {
  lang: 'zh-Hans' | 'zh-Hant';
  /** Escaped, for <title>. */
  title: string;
  style: string;
  /** One element per block of the document, in order; `data-block` is its index. */
  blocks: string[];
}

export function htmlPage(doc: ReportDocument, preview: boolean): HtmlPage {
  return {
    lang: doc.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans',
    title: stripControlChars(escapeHtml(doc.meta.title)),
    style: `${PRINT_CSS}${preview ? PREVIEW_CSS : ''}`,
    blocks: doc.blocks.map((b, i) => stripControlChars(blockHtml(b, i, preview, doc))),
  };
}

function blockHtml(block: Block, index: number, preview: boolean, doc: ReportDocument): string {
  const src = preview && block.source ? ` data-src-start="${block.source.start}" data-src-end="${block.source.end}"` : '';
  const attrs = ` data-block="${index}"${src}`;
  switch (block.kind) {
    case 'title': {
      // The .docx's lines (GB/T 9704 7.3.2), one block each: the browser's own breaks leave characters orphaned.
      const lines = reportTitleLines(block.text, doc, stripControlChars);
      return `<h1${attrs}>${lines.map((line) => `<span class="title-line">${escapeHtml(line)}</span>`).join('')}</h1>`;
    }
    case 'salutation':
      return `<p class="salutation"${attrs}>${escapeHtml(block.text)}</p>`;
    case 'heading': {
      const tag = `h${block.level + 1}`;
      const face = block.face === undefined ? '' : ` data-level="${block.face}"`;
      return `<${tag}${face}${attrs}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p class="${block.role}"${attrs}>${(preview ? block.runs : joinedRuns(block.runs)).map((r) => runHtml(r, preview)).join('')}</p>`;
    case 'signature': {
      // Joint issuers one per line, the organiser first (GB/T 9704 7.3.5.2).
      const organs = writtenLines(block.organization);
      return `<p class="signature"${attrs}>${[...organs, block.date].map((line) => `<span>${escapeHtml(line)}</span>`).join('')}</p>`;
    }
    case 'printed-by':
      return `<p class="printed-by"${attrs}><span>${escapeHtml(oneLine(block.organization))}</span><span>${escapeHtml(block.date)}</span></p>`;
    case 'document-number':
    case 'attachment-label':
    case 'copy-to':
      return `<p class="${block.kind}"${attrs}>${escapeHtml(block.text)}</p>`;
    case 'attachment-title':
      return `<h1 class="attachment-title"${attrs}>${escapeHtml(block.text)}</h1>`;
    case 'attachment-list':
      return `<ol class="attachments"${attrs}>${block.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ol>`;
    case 'table': {
      const cells = (tag: string, row: string[]) => `<tr>${row.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
      return `<table${attrs}>${caption}<thead>${cells('th', block.header)}</thead><tbody>${block.rows.map((r) => cells('td', r)).join('')}</tbody></table>`;
    }
  }
}

function runHtml(run: Run, preview: boolean): string {
  const text = preview && run.figure ? figureHtml(run.text, run.figure) : escapeHtml(run.text);
  return run.heading === undefined ? text : `<strong data-level="${run.heading}">${text}</strong>`;
}

/** Runs as printed: a figure's run (from a preview render) is text like any other, one <strong> per heading. */
function joinedRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const { text, heading } of runs) {
    const last = out[out.length - 1];
    if (last && last.heading === heading) last.text += text;
    else out.push(heading === undefined ? { text } : { text, heading });
  }
  return out;
}

/**
 * A figure's value in the preview (renders with `markFigures`): set apart, its label and name in the tooltip, the
 * range of its `stats:` entry for a click to reveal. The printed HTML has the bare value.
 */
function figureHtml(text: string, figure: RunFigure): string {
  const title = figure.label ? `${figure.label}（\${${figure.name}}）` : `\${${figure.name}}`;
  const src = figure.source ? ` data-figure-start="${figure.source.start}" data-figure-end="${figure.source.end}"` : '';
  return `<span class="fz-figure" data-figure="${escapeHtml(figure.name)}"${src} title="${escapeHtml(title)}">${escapeHtml(text)}</span>`;
}
