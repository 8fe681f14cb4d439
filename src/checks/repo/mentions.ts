import type { JobResult, PatternsFileResult, PatternsJob } from '../../scan/jobs.js';
import type { CheckContext } from '../types.js';
import { scanContent } from './content.js';

/**
 * Which names a repository mentions, as content jobs of the run's read pass: one pattern per name, so a
 * file is read once however many items ask. The patterns are plain literals between boundaries (no
 * lookaround: the pass runs them on RE2), and a line that mentions a name is enough.
 */

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Files that say nothing about whether a variable is used: docs, tests, lock files, changelogs. */
const NOT_VARIABLE_USE = [
  '**/*.md',
  '**/CHANGELOG*',
  '**/LICENSE*',
  '**/package-lock.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/*.test.*',
  '**/*.spec.*',
  '**/{test,tests,__tests__,e2e,doc,docs,node_modules,.yarn,locale,locales}/**',
];

/** Files that cannot tell whether a file name is used: lock files and the ignore files that name it anyway. */
const NOT_FILE_NAME_USE = [
  '**/.gitignore',
  '**/.gitattributes',
  '**/.dockerignore',
  '**/.npmignore',
  '**/.prettierignore',
  '**/.eslintignore',
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
];

/** Environment variable names as whole words (`JWT_SECRET`, not `JWT_SECRET_FILE`), in code and configuration. */
export function variableMentionJob(names: readonly string[]): PatternsJob {
  return {
    analyzer: 'patterns',
    exclude: NOT_VARIABLE_USE,
    patterns: names.map((n) => `(?:^|[^A-Za-z0-9_])${escape(n)}(?:[^A-Za-z0-9_]|$)`),
    flags: 'm',
    maxHits: 1,
    skipMinified: true,
  };
}

/**
 * File names such as `.env.local`, as a path or a word: not inside a longer name (`.env.local.example`,
 * `my.env`), so a mention of the example file is not one of the file.
 */
export function fileNameMentionJob(names: readonly string[]): PatternsJob {
  return {
    analyzer: 'patterns',
    exclude: NOT_FILE_NAME_USE,
    patterns: names.map((n) => `(?:^|[^\\w.-])${escape(n)}(?:$|[^\\w.-]|\\.(?:$|[^\\w]))`),
    flags: 'm',
    maxHits: 1,
    skipMinified: true,
  };
}

/** The names whose pattern some scanned file matches. */
export function mentionedNames(result: JobResult<PatternsFileResult>, names: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const { result: file } of result.files) {
    if (file.minified) continue;
    file.lines.forEach((n, i) => {
      if (n > 0) found.add(names[i] as string);
    });
  }
  return found;
}

/** Which of the names the repository mentions, from the run's read pass. */
export async function mentions(
  ctx: CheckContext,
  job: PatternsJob,
  names: readonly string[],
): Promise<Set<string>> {
  return mentionedNames(await scanContent(ctx, job), names);
}
