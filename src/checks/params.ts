import path from 'node:path';
import { patternProblem, type PatternOptions } from '../util/pattern.js';
import type { JsonSchema, ParamProblem } from './types.js';

/** Schema fragments the check kinds share. */

export const globList = (description: string): JsonSchema => ({
  type: 'array',
  items: { type: 'string', minLength: 1, 'x-glob': true },
  minItems: 1,
  description: `${description} Globs, '/'-separated, relative to the repository root; '**/' matches any depth.`,
});

export const regexString = (description: string): JsonSchema => ({
  type: 'string',
  minLength: 1,
  description: `${description} A regular expression in JavaScript syntax, run in linear time (RE2: no backreferences or lookahead).`,
});

export const strictObject = (
  properties: Record<string, JsonSchema>,
  required: string[] = [],
): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required,
  properties: { ...properties, target: { type: 'string', minLength: 1 } },
});

/** Reports each expression that does not compile, or cannot run in linear time, at its place in the parameters. */
export function regexProblems(
  entries: Array<{ path: Array<string | number>; source: string | undefined }>,
  options: PatternOptions = {},
): ParamProblem[] {
  const out: ParamProblem[] = [];
  for (const { path, source } of entries) {
    if (source === undefined) continue;
    const problem = patternProblem(source, options);
    if (problem) out.push({ path, message: problem });
  }
  return out;
}

/** Reports each file path that could leave the repository (absolute, or with a '..' segment), at its place. */
export function repoPathProblems(
  entries: Array<{ path: Array<string | number>; file: string | undefined }>,
): ParamProblem[] {
  return entries
    .filter(({ file }) => file !== undefined && (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')))
    .map((e) => ({
      path: e.path,
      message: 'must stay inside the repository (a relative path without "..")',
    }));
}
