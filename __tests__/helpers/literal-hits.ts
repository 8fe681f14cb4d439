/** What the literal-search suites share: a search's hits as sorted `literal@offset` strings, and a seeded generator. */

/** Every hit a search reports, as `literal@offset`, sorted (searches report in no particular order). */
export function found(
  search: { find(bytes: Uint8Array, hit: (literal: number, at: number) => void): void },
  bytes: Uint8Array,
): string[] {
  const out: string[] = [];
  search.find(bytes, (id, at) => out.push(`${id}@${at}`));
  return out.sort();
}

/** A seeded generator (xorshift32), so a failure can be replayed. */
export function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 2 ** 32;
  };
}
