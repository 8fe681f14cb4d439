import picomatch from 'picomatch';

/** A predicate for repository paths: any `include` glob matches and no `exclude` glob does. */
export function pathFilter(
  include: string[] | undefined,
  exclude: string[] | undefined,
): (file: string) => boolean {
  const inc = include && include.length > 0 ? picomatch(include, { dot: true }) : () => true;
  const exc = exclude && exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
  return (file) => inc(file) && !exc(file);
}

/** A concrete path a glob would match, to ask git whether it would be ignored. */
export function samplePath(glob: string): string | undefined {
  if (/[[\]]/.test(glob)) return undefined;
  const s = glob
    .replace(/^(\*\*\/)+/, '')
    .replace(/\{([^,}]*)[^}]*\}/g, '$1')
    .replace(/\*\*/g, 'sample')
    .replace(/\*/g, 'local')
    .replace(/\?/g, 'x');
  return s === '' ? undefined : s;
}
