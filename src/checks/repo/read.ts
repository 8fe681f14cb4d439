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
