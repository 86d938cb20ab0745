import { isChrome, publishedDate } from './chrome.js';
import { isoDate, metadataLine, takeFact, type PageFacts } from './metadata.js';

export interface StrippedText {
  lines: string[];
  /** Every line taken out as page furniture, in order: the import report lists them. */
  dropped: string[];
  facts: PageFacts;
}

/** An index number (索引号) standing alone: 11371202004358421D/2025-6640947, 000014349/2022-778295. */
const INDEX_NUMBER = /^[0-9A-Z]{6,}[-/][0-9A-Z/-]{4,}$/;
const BARE_DATE = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$/;
const BARE_ORGAN = /^[\p{Script=Han}（）()]{2,30}(人民政府|政府|办公室|办公厅|管委会|管理委员会|办事处|委员会|司法局|局|厅)$/u;

/**
 * Page furniture out, its facts kept: the metadata block (list, table or one line), navigation, widgets, footers.
 * A line is dropped only by its shape and wording, and every dropped line is returned so the import can list it.
 */
export function stripFurniture(input: readonly string[]): StrippedText {
  const lines: string[] = [];
  const dropped: string[] = [];
  const facts: PageFacts = {};
  let inBlock = false;
  for (let i = 0; i < input.length; i++) {
    const line = input[i] as string;
    const meta = metadataLine(line);
    if (meta) {
      dropped.push(line);
      for (const f of meta.fields) takeFact(facts, f.label, f.value);
      const next = input[i + 1];
      if (meta.bareLabel && next !== undefined && isBareValue(next)) {
        takeFact(facts, meta.bareLabel, next.replace(/^[•·\-*]\s*/, ''));
        dropped.push(next);
        i++;
      }
      inBlock = true;
      continue;
    }
    // The unlabelled form of the block: index number, organ and date, each alone on a line.
    const value = line.replace(/^[•·\-*]\s*/, '');
    if (INDEX_NUMBER.test(value) || (inBlock && (BARE_DATE.test(value) || BARE_ORGAN.test(value)))) {
      if (BARE_DATE.test(value)) facts.published ??= isoDate(value);
      else if (BARE_ORGAN.test(value)) facts.issuer ??= value;
      dropped.push(line);
      inBlock = true;
      continue;
    }
    if (isChrome(line)) {
      facts.published ??= publishedDate(line);
      dropped.push(line);
      continue;
    }
    inBlock = false;
    lines.push(line);
  }
  return { lines, dropped, facts };
}

/** The value cell of a flattened table: short, no sentence, not another label. */
function isBareValue(line: string): boolean {
  const text = line.replace(/^[•·\-*]\s*/, '');
  return text.length > 0 && text.length <= 60 && !/[。；，]/.test(text) && metadataLine(line) === undefined && !/报告$/.test(text);
}
