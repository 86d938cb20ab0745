/** One run of text as a PDF's text layer places it (pdf.js: `str`, `transform[4..5]`, `width`, `height`). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  start: number;
  end: number;
  size: number;
}

/** A page number line (— 1 —, -2-, 第3页 共8页): it interrupts a paragraph that goes on over the page break. */
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,3}\s*(?:页)?\s*(?:共\s*\d{1,3}\s*页)?[-—–－\s]*$/;

const HAN_OR_FULLWIDTH = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u;

/**
 * A PDF's pages of positioned text → one paragraph per line, as a reader sees them. PDF has no paragraphs, only
 * lines: a line starts a paragraph when it is indented past the text's left edge (the two-character indent of
 * GB/T 9704, a centred title or heading) or when the line before it stopped short of the right edge.
 * A paragraph that goes on over a page break continues, because the next page's first line is not indented.
 */
export function pdfParagraphs(pages: readonly (readonly PdfTextItem[])[]): string {
  const lines = pages.map(toLines);
  const all = lines.flat().filter((l) => l.text !== '' && !PAGE_NUMBER.test(l.text));
  if (all.length === 0) return '';
  const left = leftEdge(all.map((l) => Math.round(l.start)));
  // The right edge full lines reach; a percentile, so one line running into the margin does not move it.
  const ends = all.map((l) => l.end).sort((a, b) => a - b);
  const right = ends[Math.floor((ends.length - 1) * 0.9)] as number;
  const paragraphs: string[] = [];
  let current = '';
  let previous: Line | undefined;
  for (const line of all) {
    const indented = line.start > left + line.size * 0.5;
    const short = previous !== undefined && previous.end < right - previous.size * 1.5;
    if (current && (indented || short)) {
      paragraphs.push(current);
      current = '';
    }
    current += line.text;
    previous = line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** A page's items grouped into lines (top to bottom, left to right), spacing a PDF adds between characters removed. */
function toLines(items: readonly PdfTextItem[]): Line[] {
  const visible = items.filter((i) => i.str.trim() !== '' && i.height > 0);
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<{ items: PdfTextItem[]; y: number }> = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) < item.height * 0.5) line.items.push(item);
    else lines.push({ items: [item], y: item.y });
  }
  return lines.map(({ items: row }) => {
    row.sort((a, b) => a.x - b.x);
    const first = row[0] as PdfTextItem;
    const last = row[row.length - 1] as PdfTextItem;
    return { text: unspace(row.map((i) => i.str).join('')), start: first.x, end: last.x + last.width, size: first.height };
  });
}

/**
 * Spaces in a PDF's Chinese text are layout, not writing: justified lines spread characters apart (“审 查 重
 * 大”) and Latin–Han autospacing adds one around numbers (“2023 年”). A single space between two Han
 * characters in an otherwise unspaced line is the writer's (“巴山画屏 红城万源”) and stays.
 */
function unspace(text: string): string {
  const spaced = text.match(/(?<=[\p{Script=Han}，、（）])\s(?=[\p{Script=Han}，、（）])/gu)?.length ?? 0;
  const trimmed = text.trim();
  if (spaced >= 3) return trimmed.replace(/\s+/g, (s, at: number) => (isLatinGap(trimmed, at, s.length) ? ' ' : ''));
  return trimmed.replace(/\s+/g, (s, at: number) => {
    const before = trimmed[at - 1] ?? '';
    const after = trimmed[at + s.length] ?? '';
    const hanBefore = HAN_OR_FULLWIDTH.test(before);
    const hanAfter = HAN_OR_FULLWIDTH.test(after);
    return hanBefore !== hanAfter || (hanBefore && hanAfter && !/\p{Script=Han}/u.test(before + after)) ? '' : s;
  });
}

/** A space between two Latin letters or digits (“Word 2016”) is a real one. */
const isLatinGap = (text: string, at: number, length: number) => /[A-Za-z0-9]/.test(text[at - 1] ?? '') && /[A-Za-z0-9]/.test(text[at + length] ?? '');

/** The text's left edge: the leftmost start that two lines share (a lone line further left is an oddity). */
function leftEdge(starts: number[]): number {
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) if ((sorted[i] as number) - (sorted[i - 1] as number) < 2) return sorted[i - 1] as number;
  return sorted[0] as number;
}
