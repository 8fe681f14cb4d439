/** Runs `work` over `inputs` with at most `limit` at once; results keep the input order. */
export async function mapLimit<T, R>(
  inputs: readonly T[],
  limit: number,
  work: (input: T, index: number) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      signal?.throwIfAborted();
      const i = next++;
      results[i] = await work(inputs[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
