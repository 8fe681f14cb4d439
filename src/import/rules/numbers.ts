/** Numbers people write in checklists, read with their unit: "p95 < 300ms", "32+ characters", "30 days". */

export interface Duration {
  ms: number;
  /** The words that gave it: "< 300ms". */
  phrase: string;
}

const DURATION =
  /(<=?|≤|under|below|less than|within|at most|max(?:imum)?|no more than|faster than)\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|secs?|seconds?)\b/;

/** A time budget ("< 300ms", "under 2 seconds", "within 1.5s"), in milliseconds. */
export function budgetOf(text: string): Duration | undefined {
  const m = DURATION.exec(text);
  if (!m?.[2] || !m[3]) return undefined;
  const value = Number(m[2]);
  const ms = m[3].startsWith('m') ? value : value * 1000;
  if (!Number.isFinite(ms) || ms <= 0 || ms > 600_000) return undefined;
  return { ms: Math.round(ms), phrase: m[0] };
}

export type Percentile = 'p50-ms' | 'p95-ms' | 'p99-ms';

/** Which percentile the text names: p95/95th, p99, p50/median/average (the median stands in). */
export function percentileOf(text: string): { key: Percentile; phrase?: string; average?: boolean } {
  const p =
    /\bp(50|90|95|99)\b|\b(50|95|99)(?:th)? percentile\b|\bmedian\b|\baverage\b|\bmean\b|\bavg\b/.exec(text);
  if (!p) return { key: 'p95-ms' };
  const n = p[1] ?? p[2];
  if (n === '99') return { key: 'p99-ms', phrase: p[0] };
  if (n === '95' || n === '90') return { key: 'p95-ms', phrase: p[0] };
  return { key: 'p50-ms', phrase: p[0], average: /average|mean|avg/.test(p[0]) };
}

/** A length in bytes: "32+ characters", "at least 64 chars", "256+ bits", "minimum 32 bytes", "exactly 32 characters". */
export function lengthOf(text: string): { bytes: number; exact: boolean; phrase: string } | undefined {
  // The unit singular too, as a noun's modifier: "a 32+ character string", "minimum 64-char key".
  const exact = /exactly (\d+)[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text);
  const min =
    exact ??
    /(?:minimum(?: of)?|at least|min\.?|>=|≥) ?(\d+)[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text) ??
    /(\d+)\+[ -]?(characters?|chars?|bytes?|bits?)\b/.exec(text) ??
    /(\d+) ?(characters?|chars?|bytes?|bits?) (?:or more|minimum|min\b)/.exec(text) ??
    // A key's strength in bits ("strong (256-bit)") is the least it must hold; a count of characters
    // without "+" or "at least" may describe a format, so it is not read.
    /\b(64|128|192|256|384|512|1024|2048|4096)[ -](bits?)\b/.exec(text);
  if (!min?.[1] || !min[2]) return undefined;
  const n = Number(min[1]);
  const bytes = min[2].startsWith('bit') ? Math.ceil(n / 8) : n;
  if (!Number.isInteger(bytes) || bytes <= 0 || bytes > 65536) return undefined;
  return { bytes, exact: exact !== null, phrase: min[0] };
}

/** Days: "expires in more than 30 days", "expiration > 30 days", "30+ days left". */
export function daysOf(text: string): { days: number; phrase: string } | undefined {
  const m =
    /(?:>|>=|more than|at least|over|≥)\s*(\d+)\s*days?\b/.exec(text) ?? /(\d+)\+\s*days?\b/.exec(text);
  if (!m?.[1]) return undefined;
  const days = Number(m[1]);
  return days > 0 && days <= 3650 ? { days, phrase: m[0] } : undefined;
}

/** A percentage as a fraction: "< 1%" gives 0.01. */
export function percentOf(text: string): { fraction: number; phrase: string } | undefined {
  const m = /(?:<|<=|under|below|less than)\s*(\d+(?:\.\d+)?)\s*%/.exec(text);
  if (!m?.[1]) return undefined;
  const fraction = Number(m[1]) / 100;
  return fraction >= 0 && fraction <= 1 ? { fraction, phrase: m[0] } : undefined;
}

/** A whole number before a word: "100 concurrent users", "2+ reviewers", "100 req/min". */
const WORDS = ['one', 'two', 'three', 'four', 'five'];

export function countBefore(text: string, word: RegExp): { n: number; phrase: string } | undefined {
  const re = new RegExp(`\\b(\\d+|one|two|three|four|five)\\+? ?(?:${word.source})`);
  const m = re.exec(text);
  if (!m?.[1]) return undefined;
  const n = WORDS.indexOf(m[1]) + 1 || Number(m[1]);
  return { n, phrase: m[0] };
}
