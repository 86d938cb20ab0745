import { parseReport, paragraphText, renderReport, type Block, type TemplateCatalog } from '@fazhi/core';
import { catalog } from '../helpers.js';

/** Renders a data file's text and returns the document, failing the test on any render problem. */
export function renderText(text: string, templates: TemplateCatalog = catalog) {
  const parsed = parseReport(text, { source: 'test.yaml' });
  const result = renderReport(parsed, templates);
  return { ...result, parsed };
}

export function documentOf(text: string, templates: TemplateCatalog = catalog) {
  const result = renderText(text, templates);
  if (!result.document) throw new Error(`render failed: ${result.problems.map((p) => p.message).join('\n')}`);
  return result.document;
}

/** Each block as one line: `kind[level]: text`, runs in a run-in heading marked with ⟨ ⟩. */
export function outline(blocks: Block[]): string[] {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'paragraph':
        return `p.${b.role}: ${b.runs.map((r) => (r.heading ? `⟨${r.text}⟩` : r.text)).join('')}`;
      case 'heading':
        return `h${b.level}: ${b.text}`;
      case 'signature':
        return `signature: ${b.organization} / ${b.date}`;
      default:
        return `${b.kind}: ${'text' in b ? b.text : JSON.stringify(b)}`;
    }
  });
}

export { paragraphText };
