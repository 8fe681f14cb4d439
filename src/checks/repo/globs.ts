import { patternShape } from '../../scan/literals.js';
import { globMatcher } from '../../util/glob.js';

/** What a glob's expression needs of a name, for the pre-test before RE2 (see GlobOptions.needs). */
const needs = (source: string) => patternShape(source, '').literals;

/** A predicate for repository paths: any `include` glob matches and no `exclude` glob does. */
export function pathFilter(
  include: string[] | undefined,
  exclude: string[] | undefined,
): (file: string) => boolean {
  const inc = include && include.length > 0 ? globMatcher(include, { dot: true, needs }) : () => true;
  const exc = exclude && exclude.length > 0 ? globMatcher(exclude, { dot: true, needs }) : () => false;
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
