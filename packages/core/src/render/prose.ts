import { formatFigure, lookupFigure } from '../figures/figures.js';
import { scanFigureReferences } from '../figures/references.js';
import { toCurlyQuotes, toFullwidthPunctuation } from '../text/halfwidth.js';

/** Marks a paragraph break inside one prose value (a blank line in the YAML); the HTML reader splits there. */
export const PARAGRAPH_BREAK = '\u2029';

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/**
 * Prose as it prints: lines of a YAML block scalar joined (Chinese has no spaces between lines, Latin words
 * keep one), blank lines kept as paragraph breaks, `${figure}` references replaced by their values, and
 * half-width punctuation in Chinese context made full-width (straight quotes as “ ” pairs).
 */
export function printProse(value: string, stats: unknown, unknownFigures: Set<string>): string {
  const paragraphs = value
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((para) => joinLines(para.split('\n').map((l) => l.trim())))
    .filter((p) => p !== '');
  return paragraphs
    .map((p) => dropFoldSpaces(toCurlyQuotes(toFullwidthPunctuation(substituteFigures(p, stats, unknownFigures)))))
    .join(PARAGRAPH_BREAK);
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
function substituteFigures(text: string, stats: unknown, unknownFigures: Set<string>): string {
  const { refs } = scanFigureReferences(text);
  if (refs.length === 0) return text;
  let out = '';
  let at = 0;
  for (const ref of refs) {
    const entry = lookupFigure(stats, ref.name);
    out += text.slice(at, ref.start);
    if (entry) out += formatFigure(entry);
    else {
      unknownFigures.add(ref.name);
      out += text.slice(ref.start, ref.end);
    }
    at = ref.end;
  }
  return out + text.slice(at);
}
