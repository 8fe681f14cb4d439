import { describe, expect, it } from '@jest/globals';
import { budgetProblems, latencyStats, percentile } from '../../../src/checks/net/percentiles.js';

/** hey's loop, written out as it reads: the first sorted index i whose floor(i*100/n) reaches p. */
function heyPercentile(sorted: number[], p: number): number {
  for (let i = 0; i < sorted.length; i += 1) {
    if (Math.floor((i * 100) / sorted.length) >= p) return sorted[i] as number;
  }
  return Number.NaN;
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('percentile (as hey computes it)', () => {
  it('agrees with hey for every sample count from 1 to 300 and its percentiles', () => {
    for (let n = 1; n <= 300; n += 1) {
      const sorted = range(n);
      for (const p of [10, 25, 50, 75, 90, 95, 99]) {
        const ours = percentile(sorted, p);
        const theirs = heyPercentile(sorted, p);
        // hey leaves a percentile out when no index reaches it (tiny n); ours is then the maximum.
        expect(ours).toBe(Number.isNaN(theirs) ? n : theirs);
      }
    }
  });

  it('picks a measured sample, one rank above nearest-rank', () => {
    const sorted = range(100);
    expect(percentile(sorted, 50)).toBe(51);
    expect(percentile(sorted, 95)).toBe(96);
    expect(percentile(sorted, 99)).toBe(100);
    expect(percentile(range(50), 95)).toBe(49);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('latencyStats', () => {
  it('sorts, summarises and rounds to 0.1 ms', () => {
    const s = latencyStats([30.04, 10, 20, 40, 50.06]);
    // hey's median of five is the fourth sample (index ceil(2.5) = 3).
    expect(s).toEqual({
      count: 5,
      minMs: 10,
      meanMs: 30,
      p50Ms: 40,
      p90Ms: 50.1,
      p95Ms: 50.1,
      p99Ms: 50.1,
      maxMs: 50.1,
    });
    expect(latencyStats([]).count).toBe(0);
  });
});

describe('budgetProblems', () => {
  const stats = latencyStats(range(100));
  it('names each broken limit and the error rate', () => {
    expect(budgetProblems(stats, 0, 100, { p95Ms: 500, maxErrorRate: 0.01 })).toEqual([]);
    expect(budgetProblems(stats, 2, 100, { p50Ms: 40, p95Ms: 90, maxMs: 100, maxErrorRate: 0.01 })).toEqual([
      'error rate 2% (2/100) is above 1%',
      'p50 51 ms is above 40 ms',
      'p95 96 ms is above 90 ms',
    ]);
  });

  it('fails when nothing answered', () => {
    expect(budgetProblems(latencyStats([]), 5, 5, { p95Ms: 500, maxErrorRate: 0.01 })).toEqual([
      'error rate 100% (5/5) is above 1%',
      'no response to measure',
    ]);
  });
});
