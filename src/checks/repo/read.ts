import { readBounded, readBoundedSync, type ReadOutcome, type Refusal } from '../../io/bounded-read.js';

/** Largest tracked file a check reads (bytes); a larger one is reported as not read, never half-read. */
export const MAX_REPO_FILE_BYTES = 16 * 1024 * 1024;

/** A tracked file's text, or why it was not read: binary, or refused (a link, a FIFO, a device, too large). */
export type TextRead = { text: string } | { binary: true } | { refused: Refusal; message: string };

export interface TextLimits {
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * A tracked file's text. Binary files (a NUL byte in the first 8000 bytes, as git decides) are not text.
 * A UTF-8 byte order mark is dropped: it is not on the first line, as far as `^` and columns go. Links are
 * not followed and only regular files inside the repository are read (see io/bounded-read).
 */
export async function readRepoText(
  repoDir: string,
  file: string,
  limits: TextLimits = {},
): Promise<TextRead> {
  return decode(
    await readBounded(repoDir, file, {
      maxBytes: limits.maxBytes ?? MAX_REPO_FILE_BYTES,
      large: 'refuse',
      links: 'refuse',
      signal: limits.signal,
    }),
  );
}

export function readRepoTextSync(repoDir: string, file: string, limits: TextLimits = {}): TextRead {
  return decode(
    readBoundedSync(repoDir, file, {
      maxBytes: limits.maxBytes ?? MAX_REPO_FILE_BYTES,
      large: 'refuse',
      links: 'refuse',
    }),
  );
}

function decode(read: ReadOutcome): TextRead {
  if (!read.ok) return { refused: read.refusal, message: read.message };
  if (read.bytes.subarray(0, 8000).includes(0)) return { binary: true };
  return { text: read.bytes.toString('utf8').replace(/^\uFEFF/, '') };
}

/** A tracked file's text, or undefined for binary files; throws (with the reason) when it is not read. */
export async function readText(
  repoDir: string,
  file: string,
  limits: TextLimits = {},
): Promise<string | undefined> {
  const read = await readRepoText(repoDir, file, limits);
  if ('refused' in read) throw new Error(`${file}: ${read.message}`);
  return 'text' in read ? read.text : undefined;
}
