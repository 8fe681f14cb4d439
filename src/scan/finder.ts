import { compilePattern } from '../util/pattern.js';

/**
 * The per-pattern matcher of the read pass: finds matches of one user pattern from an offset. Built from
 * a pattern's source and flags, so that the engine behind it can be swapped without touching the pass.
 */
export interface Finder {
  /** The next match at or after `from`: its start and end offsets, or undefined. */
  next(text: string, from: number): { index: number; end: number } | undefined;
}

/**
 * A finder on the linear-time engine (src/util/pattern.ts: RE2, so no pattern can hang the pass);
 * `flags` may carry i, m and s (g and y are ignored).
 */
export function compileFinder(source: string, flags: string): Finder {
  const pattern = compilePattern(source, {
    ignoreCase: flags.includes('i'),
    multiline: flags.includes('m'),
    dotAll: flags.includes('s'),
  });
  return {
    next(text, from) {
      const m = pattern.execFrom(text, from);
      return m === null ? undefined : { index: m.index, end: m.end };
    },
  };
}
