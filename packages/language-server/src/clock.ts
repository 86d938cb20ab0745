/**
 * Milliseconds since the process started, as `performance.now()` counts them, without `performance`: Node builds
 * that global on first use from perf_hooks and a dozen of its internal modules (user timing, histograms, the
 * event-loop monitors), ~0.35 MiB resident, for a clock (docs/performance.md, issue 18).
 */
export const now = (): number => process.uptime() * 1000;
