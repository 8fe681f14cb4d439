import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGitClient, gitRunner } from '../../../src/io/git.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { makeTempDir } from '../../helpers/git-repo.js';

/**
 * A CheckContext for the network kinds: a scratch directory as the repository (no git history needed),
 * the given targets and environment, a live abort signal. `files` are written into the directory (a CA
 * file for `ca-file`, say). Remove the directories with cleanupRepos().
 */
export async function netContext(
  overrides: Partial<CheckContext> = {},
  files: Record<string, string> = {},
): Promise<CheckContext> {
  const dir = await makeTempDir('preflight-net-');
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return {
    repoDir: dir,
    env: {},
    targets: {},
    git: createGitClient(gitRunner(dir)),
    signal: new AbortController().signal,
    allowCommands: false,
    ...overrides,
  };
}
