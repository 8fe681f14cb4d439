import { readBoundedSync, type Refusal } from '../io/bounded-read.js';
import type { SkipReason } from './jobs.js';

/** Files larger than this are not scanned (reported as too large): generated data, not source. */
export const MAX_SCAN_BYTES = 32 * 1024 * 1024;

/**
 * A tracked file's text, read once through the one bounded reader (src/io/bounded-read.ts): never through
 * a symbolic link, a file or a folder (a tracked link is reported, not followed), only regular files (a
 * FIFO or device is never read), at most MAX_SCAN_BYTES, never half-read. Binary files (a NUL byte in the
 * first 8000 bytes, as git decides) give their skip reason and their bytes (the secret scan recognises key
 * stores by their structure); a UTF-8 byte order mark is dropped.
 */
export type ScanRead = { text: string } | { skip: SkipReason; bytes?: Uint8Array };

const SKIP: Record<Refusal, SkipReason> = {
  link: 'link',
  outside: 'link',
  'not-regular': 'special',
  'too-large': 'too-large',
  missing: 'unreadable',
  aborted: 'unreadable',
  unreadable: 'unreadable',
};

export function readScanText(repoDir: string, file: string): ScanRead {
  const read = readBoundedSync(repoDir, file, { maxBytes: MAX_SCAN_BYTES, large: 'refuse', links: 'refuse' });
  if (!read.ok) return { skip: SKIP[read.refusal] };
  if (read.bytes.subarray(0, 8000).includes(0)) return { skip: 'binary', bytes: read.bytes };
  const text = read.bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
