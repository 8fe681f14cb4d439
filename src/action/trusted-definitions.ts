import path from 'node:path';
import type { LoadResult } from '../definition/load.js';
import { readFileAt } from '../github/contents.js';
import type { GitHub } from '../github/client.js';
import type { RepoRef } from '../github/repo.js';
import { ensureCommit, showAt } from '../io/at-commit.js';
import type { RunGit } from '../io/git.js';
import { loadDefinitionAt, type ReadAtCommit } from '../pipeline/load-at-commit.js';

export type TrustedLoad =
  { ok: true; loaded: LoadResult; sha: string } | { ok: false; absent: string; noFile: boolean };

export interface TrustedSource {
  /** Where the files are read: GitHub's contents API (with a token) or git. */
  via: { api: { gh: GitHub; ref: RepoRef } } | { git: RunGit };
  /** The repository the working directory belongs to, for the path prefix of a folder inside it. */
  git: RunGit;
  sha: string;
}

/**
 * The checklist as it is at a trusted commit, never from the working tree: the pull request cannot
 * change it. `entry` is relative to `workingDirectory`.
 */
export async function loadTrustedDefinition(
  source: TrustedSource,
  workingDirectory: string,
  entry: string,
  env: Readonly<Record<string, string | undefined>>,
  targets: Record<string, string>,
): Promise<TrustedLoad> {
  const { sha } = source;
  let read: ReadAtCommit;
  if ('api' in source.via) {
    const { gh, ref } = source.via.api;
    const prefix = await repoPrefix(source.git);
    read = async (rel) => {
      const bytes = await readFileAt(gh, ref, path.posix.join(prefix, rel), sha);
      return bytes === undefined ? { error: 'no such file at the trusted commit' } : bytes.toString('utf8');
    };
  } else {
    const git = source.via.git;
    const missing = await ensureCommit(git, sha);
    if (missing)
      return {
        ok: false,
        absent: `${missing}. Use actions/checkout with fetch-depth: 0, or give the action a token to read it through GitHub's API.`,
        noFile: false,
      };
    read = (rel) => showAt(git, sha, rel);
  }
  const text = await read(entry);
  if (typeof text !== 'string')
    return { ok: false, absent: `the commit ${sha.slice(0, 7)} has no ${entry}`, noFile: true };
  const loaded = await loadDefinitionAt(
    read,
    workingDirectory,
    entry,
    env,
    targets,
    new Map([[entry, text]]),
  );
  return { ok: true, loaded, sha };
}

/** The working directory's path inside its repository (`''` at the root), as git tells it. */
async function repoPrefix(git: RunGit): Promise<string> {
  const r = await git(['rev-parse', '--show-prefix']).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim().replace(/\/$/, '') : '';
}

/** The checklist input as a path relative to the working directory, '/'-separated. */
export function entryPath(workingDirectory: string, checklist: string): string {
  return path.relative(workingDirectory, path.resolve(process.cwd(), checklist)).split(path.sep).join('/');
}
