import { isScalar, visit, YAMLParseError, type Document } from 'yaml';

/**
 * Reports a key repeated in one mapping as the yaml library's `uniqueKeys` would, but in linear time: yaml
 * compares each new key with every key before it, so 10,000 keys in a file with one syntax slip (which sends
 * it past core's fast path) took a minute to compose. Documents are composed with `uniqueKeys: false`, then
 * this adds the same DUPLICATE_KEY error at the same place, using one set of key values per mapping.
 */
export function addDuplicateKeyErrors(doc: Document.Parsed): void {
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue; // a collection as a key is reported on its own (collection-keys.ts)
        if (!seen.has(key.value)) seen.add(key.value);
        else if (key.range) doc.errors.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
      }
    },
  });
}
