import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { SkipReason } from './jobs.js';

/** Files larger than this are not scanned (reported as too large): generated data, not source. */
export const MAX_SCAN_BYTES = 32 * 1024 * 1024;

const FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * A tracked file's text, read once: never through a symbolic link (a tracked link is reported, not
 * followed), only regular files (a FIFO or device is never read), at most MAX_SCAN_BYTES. Binary files (a
 * NUL byte in the first 8000 bytes, as git decides) give their skip reason; a UTF-8 byte order mark is
 * dropped.
 */
export type ScanRead = { text: string } | { skip: SkipReason };

export function readScanText(repoDir: string, file: string): ScanRead {
  let fd: number;
  try {
    fd = openSync(path.join(repoDir, file), FLAGS);
  } catch (e) {
    return { skip: (e as NodeJS.ErrnoException).code === 'ELOOP' ? 'link' : 'unreadable' };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: 'special' };
    if (stat.size > MAX_SCAN_BYTES) return { skip: 'too-large' };
    const buf = Buffer.allocUnsafe(stat.size);
    let got = 0;
    while (got < stat.size) {
      const n = readSync(fd, buf, got, stat.size - got, null);
      if (n === 0) break;
      got += n;
    }
    const bytes = got === stat.size ? buf : buf.subarray(0, got);
    if (bytes.subarray(0, 8000).includes(0)) return { skip: 'binary' };
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { skip: 'unreadable' };
  } finally {
    closeSync(fd);
  }
}
