import { compilePattern } from '../../util/pattern.js';

/** Finds the version text in a file: the capture group of `pattern`, or a JSON file's top-level `version`. */
export function extractVersion(
  content: string,
  file: string,
  pattern: string | undefined,
): { version: string } | { problem: string } {
  if (pattern !== undefined) {
    const m = compilePattern(pattern, { multiline: true }).exec(content);
    if (!m) return { problem: `the pattern does not match ${file}` };
    const found = m.groups[1];
    if (found === undefined) return { problem: `the pattern matched ${file} but its group captured nothing` };
    return { version: found.trim() };
  }
  let data: unknown;
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: `${file} is not valid JSON (give a pattern for other formats)` };
  }
  const version = (data as { version?: unknown } | null)?.version;
  if (typeof version !== 'string' || version.trim() === '') {
    return { problem: `${file} has no "version" string` };
  }
  return { version: version.trim() };
}

/** How many capture groups an expression has (0 when it does not compile). */
export function groupCount(pattern: string): number {
  try {
    return compilePattern(pattern, { multiline: true }).groupCount;
  } catch {
    return 0;
  }
}
