import path from 'node:path';
import type { ReadFile } from '../definition/load.js';
import { MAX_DEFINITION_BYTES } from '../definition/file-def.js';
import { staysInside } from './bounded-read.js';
import { BUILTIN_PREFIX, readDefinitionFile } from './files.js';
import type { RunGit } from './git.js';

/**
 * Makes sure a commit is present, fetching just that commit from `origin` when the checkout is shallow
 * (actions/checkout fetches one commit by default). Returns an explanation when it cannot.
 */
export async function ensureCommit(run: RunGit, sha: string): Promise<string | undefined> {
  if ((await run(['cat-file', '-e', `${sha}^{commit}`])).code === 0) return undefined;
  const fetched = await run(['fetch', '--no-tags', '--depth=1', 'origin', sha]);
  if ((await run(['cat-file', '-e', `${sha}^{commit}`])).code === 0) return undefined;
  const why = fetched.stderr.split('\n').find((l) => l.trim() !== '') ?? 'not found';
  return `commit ${sha.slice(0, 7)} is not in the checkout and could not be fetched (${why.replace(/^fatal: /, '')})`;
}

/**
 * Reads definition files as they are at a commit (paths relative to `cwd`), so a pull request cannot
 * weaken the checklist that gates it. Built-ins come from the installed action. The loader reads synchronously,
 * so files it asks for that are not fetched yet are reported through `onMissing`.
 */
export function definitionReaderAt(
  cwd: string,
  files: ReadonlyMap<string, string | { error: string }>,
  onMissing?: (rel: string) => void,
): ReadFile {
  return (file) => {
    if (file.startsWith(BUILTIN_PREFIX)) return readDefinitionFile(file);
    const rel = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
    if (!staysInside(rel))
      return { error: 'it is outside the repository (extends stays inside it, or names a built-in)' };
    const got = files.get(rel);
    if (got === undefined) {
      onMissing?.(rel);
      return { error: 'not read yet' };
    }
    if (typeof got !== 'string') return got;
    if (Buffer.byteLength(got) > MAX_DEFINITION_BYTES)
      return { error: `it is larger than ${MAX_DEFINITION_BYTES} bytes` };
    return { text: got };
  };
}

/** One file at a commit, relative to `cwd`: its text, or why not. */
export async function showAt(run: RunGit, sha: string, rel: string): Promise<string | { error: string }> {
  const shown = await run(['show', `${sha}:./${rel}`]);
  if (shown.code === 0) return shown.stdout;
  return {
    error: /does not exist|exists on disk, but not in/.test(shown.stderr)
      ? 'no such file at the base commit'
      : shown.stderr.trim(),
  };
}
