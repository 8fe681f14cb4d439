/**
 * The per-pattern matcher of the read pass: finds matches of one user pattern from an offset. Built from
 * a pattern's source and flags, so that the engine behind it can be swapped without touching the pass.
 */
export interface Finder {
  /** The next match at or after `from`: its start and end offsets, or undefined. */
  next(text: string, from: number): { index: number; end: number } | undefined;
}

/** A finder on the JavaScript engine; `flags` never carries g or y (added here). */
export function compileFinder(source: string, flags: string): Finder {
  const re = new RegExp(source, `${flags.replace(/[gy]/g, '')}g`);
  return {
    next(text, from) {
      re.lastIndex = from;
      const m = re.exec(text);
      if (m === null) return undefined;
      return { index: m.index, end: m.index + m[0].length };
    },
  };
}
