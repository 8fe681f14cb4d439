import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A tracked file's text, or undefined for binary files (a NUL byte in the first 8000 bytes, as git decides).
 * A UTF-8 byte order mark is dropped: it is not on the first line, as far as `^` and columns go.
 */
export async function readText(repoDir: string, file: string): Promise<string | undefined> {
  const buf = await readFile(path.join(repoDir, file));
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return undefined;
  return buf.toString('utf8').replace(/^\uFEFF/, '');
}

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
