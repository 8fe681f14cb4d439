/**
 * Latency statistics. Pure.
 *
 * Percentiles follow `hey` (the Go load generator), so that our p95 and its p95 of the same samples are
 * the same number: sort ascending and take the sample at 0-based index ceil(p/100 * n), capped at n-1.
 * That is one rank above the textbook nearest-rank definition (index ceil(p/100 * n) - 1) and never
 * interpolates, so every percentile is a latency that was actually measured.
 */

export interface LatencyStats {
  count: number;
  minMs: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** The p-th percentile (0-100) of ascending `sorted`, as `hey` computes it; NaN for no samples. */
export function percentile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const index = Math.min(n - 1, Math.max(0, Math.ceil((p * n) / 100)));
  return sorted[index] as number;
}

/** Summary statistics of latencies in milliseconds (any order), rounded to 0.1 ms. */
export function latencyStats(samples: readonly number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const round = (ms: number) => (Number.isNaN(ms) ? ms : Math.round(ms * 10) / 10);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    count: n,
    minMs: round(n === 0 ? Number.NaN : (sorted[0] as number)),
    meanMs: round(n === 0 ? Number.NaN : sum / n),
    p50Ms: round(percentile(sorted, 50)),
    p90Ms: round(percentile(sorted, 90)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(n === 0 ? Number.NaN : (sorted[n - 1] as number)),
  };
}

export interface LatencyBudget {
  p50Ms?: number;
  p95Ms?: number;
  p99Ms?: number;
  maxMs?: number;
  /** 0..1 */
  maxErrorRate: number;
}

/** Each way the measurements break the budget, worded for a summary; empty when within budget. */
export function budgetProblems(
  stats: LatencyStats,
  errors: number,
  total: number,
  b: LatencyBudget,
): string[] {
  const out: string[] = [];
  const rate = total === 0 ? 1 : errors / total;
  if (rate > b.maxErrorRate) {
    out.push(`error rate ${percent(rate)} (${errors}/${total}) is above ${percent(b.maxErrorRate)}`);
  }
  const limits: Array<[string, keyof LatencyStats, number | undefined]> = [
    ['p50', 'p50Ms', b.p50Ms],
    ['p95', 'p95Ms', b.p95Ms],
    ['p99', 'p99Ms', b.p99Ms],
    ['max', 'maxMs', b.maxMs],
  ];
  if (stats.count === 0) {
    if (limits.some(([, , limit]) => limit !== undefined)) out.push('no response to measure');
    return out;
  }
  for (const [label, key, limit] of limits) {
    if (limit !== undefined && stats[key] > limit) out.push(`${label} ${stats[key]} ms is above ${limit} ms`);
  }
  return out;
}

export function percent(rate: number): string {
  return `${Number((rate * 100).toFixed(2))}%`;
}
