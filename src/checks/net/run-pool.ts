/**
 * Runs `work(i)` for i = 0..count-1 with at most `concurrency` at once. Stops starting new work when the
 * signal aborts or `stop()` turns true; returns the results of the work that ran, in index order.
 */
export async function runPool<R>(
  count: number,
  concurrency: number,
  work: (index: number) => Promise<R>,
  options: { signal?: AbortSignal; stop?: () => boolean } = {},
): Promise<R[]> {
  const results: Array<R | undefined> = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count && !options.signal?.aborted && !options.stop?.()) {
      const i = next++;
      results[i] = await work(i);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, count)) }, worker));
  return results.filter((r): r is R => r !== undefined);
}
