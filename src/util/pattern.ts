import { RE2JS } from 're2js';

/**
 * Regular expressions written by users, run in time linear in the text (RE2's automata, through re2js: a
 * pure JavaScript port, no native build). Users keep writing JavaScript syntax; what RE2 cannot run in
 * linear time (backreferences, lookahead) is refused when the definition is validated, with a reason.
 * Indices are UTF-16 offsets into the text, as with RegExp.
 */

export interface PatternOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  dotAll?: boolean;
}

/** One match: `[index, end)` in the text, and the text of each group (0 is the whole match). */
export interface PatternMatch {
  index: number;
  end: number;
  groups: Array<string | undefined>;
}

export interface Pattern {
  /** What the user wrote. */
  readonly source: string;
  /** Capture groups, not counting the whole match. */
  readonly groupCount: number;
  test(text: string): boolean;
  exec(text: string): PatternMatch | null;
  /** The first match starting at or after `from` (anchors and lookbehind still see the whole text). */
  execFrom(text: string, from: number): PatternMatch | null;
  /** Every match, left to right; an empty match advances by one. Stops early once `signal` is aborted. */
  matchAll(text: string, signal?: AbortSignal): Generator<PatternMatch>;
}

/** Longest pattern accepted (characters); RE2's own program-size limit applies on top. */
export const MAX_PATTERN_LENGTH = 4096;

export class PatternError extends Error {
  override name = 'PatternError';
}

/** Why a pattern cannot be used (worded for `validate`), or undefined when it compiles. */
export function patternProblem(source: string, options: PatternOptions = {}): string | undefined {
  try {
    compilePattern(source, options);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

/** Compiles a user's pattern, or throws a PatternError whose message says why (no "Error:" prefix). */
export function compilePattern(source: string, options: PatternOptions = {}): Pattern {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new PatternError(`is longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  try {
    new RegExp(source, flagString(options));
  } catch (e) {
    const reason = String((e as Error).message).replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new PatternError(`is not a valid regular expression: ${reason}`);
  }
  const unsupported = unsupportedFeature(source);
  if (unsupported) throw new PatternError(cannotRun(unsupported));
  let re: RE2JS;
  try {
    re = RE2JS.compile(translate(source, options), engineFlags(options));
  } catch (e) {
    const reason = String((e as Error).message).replace(/^error parsing regexp: /, '');
    throw new PatternError(cannotRun(reason));
  }
  return new LinearPattern(source, re);
}

function cannotRun(reason: string): string {
  return `cannot run in linear time (${reason}); Preflight runs patterns with RE2, which has no backreferences or lookahead`;
}

function flagString(o: PatternOptions): string {
  return `${o.ignoreCase ? 'i' : ''}${o.multiline ? 'm' : ''}${o.dotAll ? 's' : ''}`;
}

function engineFlags(o: PatternOptions): number {
  let flags = RE2JS.LOOKBEHINDS;
  if (o.ignoreCase) flags |= RE2JS.CASE_INSENSITIVE;
  if (o.multiline) flags |= RE2JS.MULTILINE;
  if (o.dotAll) flags |= RE2JS.DOTALL;
  return flags;
}

/**
 * JavaScript features RE2 does not have and re2js would silently misread: backreferences (`\1`, `\k<n>`).
 * Lookahead and unsupported groups are refused by RE2's own parser.
 */
function unsupportedFeature(source: string): string | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return `backreference \\${next}`;
      if (!inClass && next === 'k' && source[i + 2] === '<') return 'named backreference \\k<…>';
      i += 1;
    } else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
  }
  return undefined;
}

/**
 * JavaScript syntax (without the `u` flag) to RE2 syntax: named groups `(?<n>` become `(?P<n>`, escapes
 * mean what they mean in JavaScript (see `escape`), `[^]` is any character and `[]` none; lookbehind
 * `(?<=` / `(?<!` stays (re2js runs it in linear time). JavaScript's line terminators: outside `dotAll`, `.`
 * matches none of LF, CR, U+2028, U+2029; with `multiline`, `^` also matches after CR, U+2028 or U+2029 and
 * `$` also before the CR of a CRLF (the CR is then part of the match).
 */
function translate(source: string, o: PatternOptions): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    const next = source[i + 1] ?? '';
    if (c === '\\') {
      out += escape(source, i, inClass);
      i += escapeLength(source, i);
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      if (source.startsWith('[^]', i)) {
        out += '[\\s\\S]';
        i += 2;
        continue;
      }
      if (next === ']') {
        out += '[^\\s\\S]';
        i += 1;
        continue;
      }
      inClass = true;
      out += c;
      if (next === '^') {
        out += '^';
        i += 1;
      }
      continue;
    }
    if (c === '(' && next === '?' && source[i + 2] === '<' && /[A-Za-z_$]/.test(source[i + 3] ?? '')) {
      out += '(?P<';
      i += 2;
      continue;
    }
    if (c === '.' && !o.dotAll) out += '[^\\n\\r\\x{2028}\\x{2029}]';
    else if (c === '^' && o.multiline) out += '(?:^|(?<=[\\r\\x{2028}\\x{2029}]))';
    else if (c === '$' && o.multiline) out += '(?:\\r?$)';
    else out += c;
  }
  return out;
}

/** How many characters after the backslash at `i` the escape takes (1 for most). */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1] ?? '';
  if (next === 'u' && /^[0-9a-fA-F]{4}/.test(source.slice(i + 2, i + 6))) return 5;
  if (next === 'c' && /[a-zA-Z]/.test(source[i + 2] ?? '')) return 2;
  return 1;
}

/**
 * One escape, as JavaScript reads it without the `u` flag, in RE2's words: `\uXXXX`, `\xHH`, `\cX`, `\0`;
 * the class escapes and `\f\n\r\t\v` as they are; `\b` is a backspace in a class; any other letter
 * stands for itself (JavaScript's identity escape: `\p{L}` is "p{L}", `\a` is "a"), punctuation too.
 */
function escape(source: string, i: number, inClass: boolean): string {
  const next = source[i + 1] ?? '';
  const hex4 = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2, i + 6));
  if (next === 'u') return hex4 ? `\\x{${hex4[0]}}` : 'u';
  if (next === 'x') return /^[0-9a-fA-F]{2}/.test(source.slice(i + 2, i + 4)) ? '\\x' : 'x';
  if (next === 'c') {
    const letter = source[i + 2] ?? '';
    return /[a-zA-Z]/.test(letter)
      ? `\\x${(letter.charCodeAt(0) % 32).toString(16).padStart(2, '0')}`
      : '\\\\c';
  }
  if (next === '0' && !/[0-9]/.test(source[i + 2] ?? '')) return '\\x00';
  if (next === 'b' && inClass) return '\\x08';
  if (next === '/') return '/';
  if (/[dDsSwWfnrtvbB]/.test(next)) return `\\${next}`;
  if (/[a-zA-Z]/.test(next)) return next;
  return `\\${next}`;
}

class LinearPattern implements Pattern {
  readonly groupCount: number;

  constructor(
    readonly source: string,
    private readonly re: RE2JS,
  ) {
    this.groupCount = re.groupCount();
  }

  test(text: string): boolean {
    return this.re.test(text);
  }

  exec(text: string): PatternMatch | null {
    const m = this.re.matcher(text);
    return m.find() ? this.toMatch(m, text) : null;
  }

  execFrom(text: string, from: number): PatternMatch | null {
    const m = this.re.matcher(text);
    return m.find(from) ? this.toMatch(m, text) : null;
  }

  *matchAll(text: string, signal?: AbortSignal): Generator<PatternMatch> {
    const m = this.re.matcher(text);
    let count = 0;
    while (m.find()) {
      count += 1;
      if ((count & 1023) === 0 && signal?.aborted) return;
      yield this.toMatch(m, text);
    }
  }

  private toMatch(m: ReturnType<RE2JS['matcher']>, text: string): PatternMatch {
    const groups: Array<string | undefined> = [];
    for (let g = 0; g <= this.groupCount; g += 1) {
      const start = m.start(g);
      groups.push(start < 0 ? undefined : text.slice(start, m.end(g)));
    }
    return { index: m.start(), end: m.end(), groups };
  }
}
