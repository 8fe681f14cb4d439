import { readBoundedSync, type Refusal } from '../io/bounded-read.js';
import { FileText } from './file-text.js';
import { MAX_SCAN_BYTES, type SkipReason } from './jobs.js';

/**
 * A tracked file's text, read once through the one bounded reader (src/io/bounded-read.ts): never through
 * a symbolic link, a file or a folder (a tracked link is reported, not followed), only regular files (a
 * FIFO or device is never read), at most MAX_SCAN_BYTES, never half-read. Binary files (a NUL byte in the
 * first 8000 bytes, as git decides) give their skip reason and their bytes (the secret scan recognises key
 * stores by their structure); a UTF-8 byte order mark is dropped from the text.
 */
export type ScanRead = { content: FileText } | { skip: SkipReason; bytes?: Uint8Array };

const SKIP: Record<Refusal, SkipReason> = {
  link: 'link',
  outside: 'link',
  'not-regular': 'special',
  'too-large': 'too-large',
  missing: 'unreadable',
  aborted: 'unreadable',
  unreadable: 'unreadable',
};

/**
 * What reads of one batch share: folders' real paths (resolved once per batch, forgotten with it) and one
 * buffer that each file is read into (its content is used up before the next file is read).
 */
export interface ReadBatch {
  resolved: Map<string, string>;
  scratch: Buffer;
}

/** The shared buffer: files up to this size are read into it, larger ones get their own. */
const SCRATCH_BYTES = 4 * 1024 * 1024;
let scratch: Buffer | undefined;

export function readBatch(): ReadBatch {
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  return { resolved: new Map(), scratch };
}

export function readScanText(repoDir: string, file: string, batch?: ReadBatch): ScanRead {
  const read = readBoundedSync(repoDir, file, {
    maxBytes: MAX_SCAN_BYTES,
    large: 'refuse',
    links: 'refuse',
    ...(batch ? { resolved: batch.resolved, scratch: batch.scratch } : {}),
  });
  if (!read.ok) return { skip: SKIP[read.refusal] };
  // A binary file's bytes are looked at before the next read (key stores), never kept.
  if (read.bytes.subarray(0, 8000).includes(0)) return { skip: 'binary', bytes: read.bytes };
  // Decoded only when a job asks for the text (FileText), with the byte order mark dropped then.
  return { content: new FileText(read.bytes) };
}
