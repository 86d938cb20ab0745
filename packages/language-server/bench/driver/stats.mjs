/** Median and nearest-rank 95th percentile, in the unit given, rounded to 0.01. */
export function summary(samples) {
  if (samples.length === 0) return undefined;
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)];
  const round = (x) => Math.round(x * 100) / 100;
  return { n, median: round(median), p95: round(p95), min: round(s[0]), max: round(s[n - 1]) };
}

/** The median of the numbers among xs (others ignored), or undefined. */
export function median(xs) {
  return summary(xs.filter((x) => typeof x === 'number' && Number.isFinite(x)))?.median;
}
