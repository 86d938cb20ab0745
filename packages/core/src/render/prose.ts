import { formatFigure, lookupFigure, type FigureEntry } from '../figures/figures.js';
import { scanFigureReferences } from '../figures/references.js';
import { toCurlyQuotes, toFullwidthPunctuation } from '../text/halfwidth.js';
import { markFigure, type FigureMarks } from './figure-marks.js';

/** Marks a paragraph break inside one prose value (a blank line in the YAML); the HTML reader splits there. */
export const PARAGRAPH_BREAK = '\u2029';

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/**
 * Prose as it prints: lines of a YAML block scalar joined (Chinese has no spaces between lines, Latin words
 * keep one), blank lines kept as paragraph breaks, `${figure}` references replaced by their values, and
 * half-width punctuation in Chinese context made full-width (straight quotes as “ ” pairs). With `marks` (an editor's
 * preview), each figure's value is marked as that figure's once the text is otherwise as printed.
 */
export function printProse(value: string, stats: unknown, unknownFigures: Set<string>, marks?: FigureMarks): string {
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((para) => joinLines(para.split('\n').map((l) => l.trim())))
    .filter((p) => p !== '');
  return paragraphs
    .map((p) => printParagraph(p, stats, unknownFigures, marks))
    .join(PARAGRAPH_BREAK);
}

function printParagraph(text: string, stats: unknown, unknownFigures: Set<string>, marks: FigureMarks | undefined): string {
  const { text: substituted, figures } = substituteFigures(text, stats, unknownFigures);
  const printed = dropFoldSpaces(toCurlyQuotes(toFullwidthPunctuation(substituted)));
  return marks && figures.length ? markValues(substituted, printed, figures, marks) : printed;
}

/**
 * The marks go in after the punctuation rules ran on the unmarked text, so the preview prints exactly what the
 * export does. Those rules replace characters one for one and drop spaces only, so positions map across by
 * skipping the dropped spaces.
 */
function markValues(substituted: string, printed: string, figures: PlacedFigure[], marks: FigureMarks): string {
  const at = new Array<number>(substituted.length + 1);
  let j = 0;
  for (let i = 0; i < substituted.length; i++) {
    at[i] = j;
    if (!(substituted[i] === ' ' && printed[j] !== ' ')) j++;
  }
  at[substituted.length] = j;
  let out = '';
  let from = 0;
  for (const f of figures) {
    const start = at[f.start]!;
    const end = at[f.end]!;
    out += printed.slice(from, start) + markFigure(marks, f.entry, printed.slice(start, end));
    from = end;
  }
  return out + printed.slice(from);
}

interface PlacedFigure {
  entry: FigureEntry;
  /** Where the value stands in the substituted text. */
  start: number;
  end: number;
}

/**
 * A folded block scalar (`>`) turns each line break into a space; beside full-width punctuation such a space is
 * never meant (“，结案率”), so it goes. Between two ideographs it may be deliberate (“巴山画屏 红城万源”) and stays:
 * literal blocks (`|`) are the recommended style for prose for that reason.
 */
function dropFoldSpaces(text: string): string {
  return text.replace(/ +(?=[，。；：！？、）》”’])|(?<=[，。；：！？、（《“‘]) +/g, '');
}

function joinLines(lines: string[]): string {
  let out = '';
  for (const line of lines) {
    if (line === '') continue;
    out += out !== '' && LATIN_END.test(out) && LATIN_START.test(line) ? ` ${line}` : line;
  }
  return out;
}

/** An unknown figure stays visible as written (validation reports it), so nothing silently disappears. */
function substituteFigures(text: string, stats: unknown, unknownFigures: Set<string>): { text: string; figures: PlacedFigure[] } {
  const { refs } = scanFigureReferences(text);
  const figures: PlacedFigure[] = [];
  if (refs.length === 0) return { text, figures };
  let out = '';
  let at = 0;
  for (const ref of refs) {
    const entry = lookupFigure(stats, ref.name);
    out += text.slice(at, ref.start);
    if (entry) {
      const value = formatFigure(entry);
      figures.push({ entry, start: out.length, end: out.length + value.length });
      out += value;
    } else {
      unknownFigures.add(ref.name);
      out += text.slice(ref.start, ref.end);
    }
    at = ref.end;
  }
  return { text: out + text.slice(at), figures };
}
