import { errorLine } from '../engine/evaluate.js';
import type { GitClient } from '../io/git.js';
import type { Core } from './core.js';

/** Files the pull request changes, for `when: paths`; undefined (every such item runs) when git cannot tell. */
export async function changedPaths(git: GitClient, baseSha: string, core: Pick<Core, 'info'>) {
  try {
    return await git.changedFiles(baseSha);
  } catch (e) {
    core.info(`Changed files unknown (${errorLine(e)}): items with 'when: paths' are evaluated.`);
    return undefined;
  }
}
