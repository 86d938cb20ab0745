import type { HeadingLevel } from '../document/report-document.js';

/**
 * The HTML a template may emit, and nothing else. Keeping it this small is what lets every writer (txt, md,
 * html, docx) and the editor preview agree on what a report is. docs/templates.md documents it.
 */
export const HEADING_LEVEL: Readonly<Record<string, HeadingLevel>> = { h2: 1, h3: 2, h4: 3, h5: 4 };

/** Block elements and the classes each may carry. */
export const BLOCK_CLASSES: Readonly<Record<string, readonly string[]>> = {
  h1: ['attachment-title'],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  p: ['salutation', 'preamble', 'closing', 'document-number', 'attachment-label', 'copy-to'],
  address: ['printed-by'],
  ol: ['attachments'],
  table: [],
};

/** Elements allowed inside a block. */
export const INLINE: Readonly<Record<string, { parents: readonly string[]; classes: readonly string[] }>> = {
  strong: { parents: ['p'], classes: [] },
  span: { parents: ['address'], classes: ['organization'] },
  li: { parents: ['ol'], classes: [] },
  time: { parents: ['address'], classes: [] },
};

/** The parts of a <table>: one header row in <thead>, data rows in <tbody>, an optional <caption>. */
export const TABLE_PARTS = new Set(['caption', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Grouping elements with no meaning of their own (a pack may wrap a part in <section>). */
export const TRANSPARENT = new Set(['section']);

/** Every element of the vocabulary (none of them empty, like <br>). */
export const VOCABULARY: ReadonlySet<string> = new Set([...Object.keys(BLOCK_CLASSES), ...Object.keys(INLINE), ...TABLE_PARTS, ...TRANSPARENT]);

/** Attributes every vocabulary element may carry. */
export const ATTRIBUTES = new Set(['class', 'data-src', 'data-level']);
