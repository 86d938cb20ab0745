import { closest } from '../text/suggest.js';

/**
 * The figure a misspelt or misremembered `${name}` most likely meant. First a slip of the keys
 * (`recieved` → `received`); then, inside the same group, a figure whose name keeps most of the letters
 * typed in order (`reconsideration.closed` → `reconsideration.concluded`): writers remember the gist of a
 * name, and a group holds only a handful of figures, so a unique best match is a safe suggestion.
 */
export function closestFigure(name: string, names: readonly string[]): string | undefined {
  const slip = closest(name, names);
  if (slip) return slip;
  const dot = name.lastIndexOf('.');
  if (dot < 0) return undefined;
  const group = name.slice(0, dot + 1);
  const leaf = name.slice(dot + 1).toLowerCase();
  const members = names.filter((n) => n.startsWith(group) && !n.slice(group.length).includes('.'));
  let best: string | undefined;
  let bestScore = 0;
  let tie = false;
  for (const member of members) {
    const score = commonSubsequence(leaf, member.slice(group.length).toLowerCase());
    if (score > bestScore) [best, bestScore, tie] = [member, score, false];
    else if (score === bestScore) tie = true;
  }
  return best && !tie && bestScore >= Math.max(2, Math.ceil(leaf.length * 0.6)) ? best : undefined;
}

/** Length of the longest common subsequence: the letters of `a` found in `b` in the same order. */
function commonSubsequence(a: string, b: string): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = [0];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number);
    }
    prev = cur;
  }
  return prev[b.length] as number;
}
