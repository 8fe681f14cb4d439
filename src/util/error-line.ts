/** The first non-empty line of an error's message, at most 300 characters: what a one-line report shows. */
export function errorLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return (text.split('\n').find((l) => l.trim() !== '') ?? 'unknown error').trim().slice(0, 300);
}
