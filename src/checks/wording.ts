/** Small wording helpers for check summaries. */

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

export function listSome(items: string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** `; 2 entries not read: a (a symbolic link), b (a named pipe)`, or nothing: what a scan left alone. */
export function notReadNote(notRead: ReadonlyArray<{ file: string; reason: string }>): string {
  if (notRead.length === 0) return '';
  const shown = listSome(
    notRead.map((n) => n.file),
    3,
  );
  return `; ${plural(notRead.length, 'entry', 'entries')} not read (links are not followed; only regular files up to the size cap are): ${shown}`;
}

/** Evidence of what a scan left alone, only when it left something. */
export function notReadEvidence(notRead: ReadonlyArray<{ file: string; reason: string }>): {
  notRead?: string[];
} {
  return notRead.length === 0 ? {} : { notRead: notRead.slice(0, 20).map((n) => `${n.file}: ${n.reason}`) };
}
