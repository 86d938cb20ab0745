import type { CollectionTag, Document, ScalarTag } from 'yaml';

/** The schema's tags that type a plain scalar by its look (null, booleans, numbers), in yaml's order. */
export function typedTagsOf(doc: Document.Parsed): ScalarTag[] {
  return (doc.schema.tags as Array<ScalarTag | CollectionTag>).filter((t): t is ScalarTag => t.default === true && 'test' in t && t.test instanceof RegExp);
}

/**
 * The tag yaml types a plain scalar's source with, or undefined for text. Only ASCII spellings are typed (`~`,
 * `null`, `true`, `12`, `0x1F`, `.inf` …; test/parse/block-subset.test.ts checks every tag's pattern can start
 * with nothing else), so Chinese text, most of a report's values, skips the eight pattern tests. An index loop:
 * a for-of made an iterator result per tag and scalar (3.7 MB at 3 MB) until the loop was optimised.
 */
export function typedTagOf(tags: readonly ScalarTag[], source: string): ScalarTag | undefined {
  if (source.length > 0 && source.charCodeAt(0) >= 0x80) return undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] as ScalarTag;
    if ((tag.test as RegExp).test(source)) return tag;
  }
  return undefined;
}
