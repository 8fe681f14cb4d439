import { globMatcher } from '../../util/glob.js';

/** A predicate for repository paths: any `include` glob matches and no `exclude` glob does. */
export function pathFilter(
  include: string[] | undefined,
  exclude: string[] | undefined,
): (file: string) => boolean {
  const inc = include && include.length > 0 ? globMatcher(include, { dot: true }) : () => true;
  const exc = exclude && exclude.length > 0 ? globMatcher(exclude, { dot: true }) : () => false;
  return (file) => inc(file) && !exc(file);
}

/** Concrete paths a glob would match, to ask git whether they would be ignored (none for a character class). */
export function samplePaths(glob: string): string[] {
  if (/[[\]]/.test(glob)) return [];
  const s = glob
    .replace(/^(\*\*\/)+/, '')
    .replace(/\{([^,}]*)[^}]*\}/g, '$1')
    .replace(/\*\*/g, 'sample')
    .replace(/\*/g, 'local')
    .replace(/\?/g, 'x');
  if (s === '') return [];
  // `**/.env` must be ignored at the root and below it: ask for both.
  return glob.startsWith('**/') ? [s, `nested/${s}`] : [s];
}
