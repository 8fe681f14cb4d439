import type { GitHub } from '../../github/client.js';
import type { RepoRef } from '../../github/repo.js';
import type { RunGit } from '../../io/git.js';
import type { Core } from '../core.js';
import type { ActionInputs } from '../inputs.js';

/** Everything a gate run touches, handed in by the entry point. */
export interface GateDeps {
  core: Core;
  env: Readonly<Record<string, string | undefined>>;
  inputs: ActionInputs;
  gh: GitHub;
  ref: RepoRef;
  git: RunGit;
  now: () => Date;
}
