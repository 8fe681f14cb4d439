import { MAX_SCAN_BYTES, type NotReadReason } from '../scan/jobs.js';

/** Small wording helpers for check summaries. */

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function listSome(items: string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

const NOT_READ_WORDS: Record<NotReadReason, string> = {
  link: 'a symbolic link, not followed',
  special: 'not a regular file',
  'too-large': `over the ${MAX_SCAN_BYTES / 1048576} MiB scan cap`,
  unreadable: 'unreadable',
};

type NotRead = ReadonlyArray<{ file: string; reason: NotReadReason }>;

/**
 * `; 2 selected entries not read: a (a symbolic link, not followed), b (over the 32 MiB scan cap)`, or
 * nothing: what a scan left alone, named in the summary so that a pass never hides it.
 */
export function notReadNote(notRead: NotRead): string {
  if (notRead.length === 0) return '';
  const shown = listSome(
    notRead.map((n) => `${n.file} (${NOT_READ_WORDS[n.reason]})`),
    3,
  );
  return `; ${plural(notRead.length, 'selected entry', 'selected entries')} not read: ${shown}`;
}

/** The first entries a scan left alone, with why, for the evidence (only when it left something). */
export function notReadEvidence(notRead: NotRead): { notReadShown?: string[] } {
  return notRead.length === 0
    ? {}
    : { notReadShown: notRead.slice(0, 20).map((n) => `${n.file}: ${NOT_READ_WORDS[n.reason]}`) };
}
