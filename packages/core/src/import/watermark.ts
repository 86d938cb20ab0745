/** A web address a site stamps into the text it serves (…www.example.com). */
const ADDRESS = /(?:https?:\/\/)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[\w./-]*)?/g;
/** A stamp's words before its address (秘书之家—全网资源每日更新) are at most this long. */
const MAX_STAMP_WORDS = 24;

/**
 * A site's watermark repeated through the text, often breaking a sentence mid-word (“第一秘书之家—全网资源
 * 每日更新www.example.com责任人职责”). It is recognised by what a report never holds: a web address inside Han
 * text, with the same words before it at each place. Those words and the address are cut out; with one
 * occurrence only, the words back to the line's start (when short) go with it. Returns what was cut.
 */
export function removeWatermarks(text: string): { text: string; removed: string[] } {
  // Glued into the text on both sides: a report that cites an address puts it in brackets or after a colon.
  const han = (c: string) => /\p{Script=Han}/u.test(c);
  const hits = [...text.matchAll(ADDRESS)].filter((m) => {
    const at = m.index ?? 0;
    return han(text.charAt(at - 1)) && han(text.charAt(at + m[0].length));
  });
  if (hits.length === 0) return { text, removed: [] };
  const removed = new Set<string>();
  const byAddress = new Map<string, number[]>();
  for (const m of hits) byAddress.set(m[0], [...(byAddress.get(m[0]) ?? []), m.index ?? 0]);
  let out = text;
  for (const [address, starts] of byAddress) {
    const before = starts.map((s) => text.slice(Math.max(0, s - MAX_STAMP_WORDS), s));
    const words = starts.length > 1 ? commonSuffix(before) : lineStartWords(before[0] as string);
    const stamp = words + address;
    removed.add(stamp);
    out = out.split(stamp).join('');
  }
  return { text: out, removed: [...removed] };
}

function commonSuffix(texts: string[]): string {
  let suffix = texts[0] ?? '';
  for (const t of texts) while (!t.endsWith(suffix)) suffix = suffix.slice(1);
  return suffix;
}

/** With one occurrence, the words before the address belong to the stamp only when a line starts there. */
function lineStartWords(before: string): string {
  const nl = before.lastIndexOf('\n');
  return nl >= 0 ? before.slice(nl + 1) : '';
}
