import picomatch from 'picomatch';
import { compilePattern, type Pattern } from './pattern.js';

/**
 * Globs written by users (include, exclude, paths, only-if, when.paths, branches, tags), matched in time
 * linear in the name. picomatch turns a glob into a JavaScript expression whose backtracking can take
 * polynomial time of a high degree (`*a*a*a*a*a*a*a*a*a*a*a*ab` over 30 letters took 11 s, and no item
 * timeout can stop synchronous matching), so its expression is run with RE2 (util/pattern) instead.
 *
 * picomatch's expression has lookaheads RE2 lacks. With `dot: true` they only keep `.` and `..` segments
 * and empty names out, which names from git, GitHub or a file system never are: they are dropped. A glob
 * that still needs one (a negated group `!(…)`) is refused when the definition is validated. Without `dot`,
 * a name with a segment that starts with `.` matches only a glob that writes such a segment itself
 * (picomatch's rule that wildcards do not match a leading dot, segment by segment, made whole-name).
 */

export interface GlobOptions {
  /** Wildcards match names that start with a dot (picomatch's `dot`); default false. */
  dot?: boolean;
  nocase?: boolean;
  /**
   * Strings one of which every match of an expression holds (src/scan/literals.ts reads them from its
   * syntax tree), or undefined: given by callers that match many names (a scan's path filters), so a name
   * without any is not given to RE2. Left out elsewhere, so the action's first steps do not load the
   * regular-expression parser it needs.
   */
  needs?: (source: string) => string[] | undefined;
}

export class GlobError extends Error {
  override name = 'GlobError';
}

const NOT_DOT_SEGMENT = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?=.)'];
const LOOKAROUND = /\(\?(?:[=!]|<[=!])/;

interface Compiled {
  pattern: Pattern;
  negated: boolean;
  writesDot: boolean;
  /**
   * Strings one of which every matching name holds (read from the expression's syntax tree, as the scan's
   * pre-filter reads patterns), when the glob has a useful set: a name without any of them cannot match,
   * and RE2 is not asked. Most names fail most exclude globs this way (`**\/*.min.*` needs `.min.`).
   */
  needs?: string[];
}

/** Why a glob cannot be matched in linear time (worded for `validate`), or undefined. */
export function globProblem(glob: string): string | undefined {
  try {
    compileGlob(glob, {});
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}

function compileGlob(glob: string, options: GlobOptions): Compiled {
  // A leading `!` negates the glob (as picomatch reads it); `!(` is an extended group.
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  const body = negated ? glob.slice(1) : glob;
  let source: string;
  try {
    source = picomatch.makeRe(body, { dot: true, nocase: options.nocase }).source;
  } catch (e) {
    throw new GlobError(`is not a valid glob: ${(e as Error).message}`);
  }
  for (const guard of NOT_DOT_SEGMENT) source = source.split(guard).join('');
  if (LOOKAROUND.test(source)) {
    throw new GlobError(
      'uses a negated group !(…), which cannot be matched in linear time: list what to leave out under exclude instead',
    );
  }
  let pattern: Pattern;
  try {
    pattern = compilePattern(source, { ignoreCase: options.nocase });
  } catch (e) {
    throw new GlobError(`cannot be matched in linear time: ${(e as Error).message}`);
  }
  // Case-insensitive globs compare names folded by Unicode rules; the plain test below would not.
  const needs = options.nocase ? undefined : options.needs?.(source);
  return { pattern, negated, writesDot: /(^|\/)\./.test(body), ...(needs ? { needs } : {}) };
}

function mayMatch(c: Compiled, name: string): boolean {
  const needs = c.needs;
  if (!needs) return true;
  for (const n of needs) if (name.includes(n)) return true;
  return false;
}

function dotSegment(name: string): boolean {
  return name.startsWith('.') || name.includes('/.');
}

/**
 * A predicate: whether a name matches any of the globs. Throws a GlobError for a glob that cannot run
 * (validate has refused it already).
 */
export function globMatcher(
  globs: string | readonly string[],
  options: GlobOptions = {},
): (name: string) => boolean {
  const compiled = [globs].flat().map((g) => compileGlob(g, options));
  return (name) =>
    compiled.some((c) => {
      const hit =
        mayMatch(c, name) &&
        c.pattern.test(name) &&
        (options.dot === true || c.writesDot || !dotSegment(name));
      return c.negated ? !hit : hit;
    });
}

/** Whether `name` matches any of `globs` (picomatch.isMatch, in linear time). */
export function globMatch(
  name: string,
  globs: string | readonly string[],
  options: GlobOptions = {},
): boolean {
  return globMatcher(globs, options)(name);
}

/**
 * The same for globs written by the repository under review (package.json workspaces, an allowlist file):
 * a glob that cannot run is left out rather than stopping the check, and is named in `skipped`.
 */
export function repoGlobMatcher(
  globs: readonly string[],
  options: GlobOptions = {},
): { match: (name: string) => boolean; skipped: Array<{ glob: string; problem: string }> } {
  const usable: string[] = [];
  const skipped: Array<{ glob: string; problem: string }> = [];
  for (const glob of globs) {
    const problem = globProblem(glob);
    if (problem === undefined) usable.push(glob);
    else skipped.push({ glob, problem });
  }
  return { match: usable.length > 0 ? globMatcher(usable, options) : () => false, skipped };
}
