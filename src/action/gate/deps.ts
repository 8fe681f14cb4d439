import type { GitHub } from '../../github/client.js';
import type { RepoRef } from '../../github/repo.js';
import type { RunGit } from '../../io/git.js';
import type { Core } from '../core.js';
import type { ActionInputs } from '../inputs.js';
import type { Privilege } from '../privilege.js';

/** Everything a gate run touches, handed in by the entry point. */
export interface GateDeps {
  core: Core;
  env: Readonly<Record<string, string | undefined>>;
  inputs: ActionInputs;
  gh: GitHub;
  ref: RepoRef;
  git: RunGit;
  now: () => Date;
  /** What this run may do (its event decides): privileged runs read and never execute. */
  privilege: Privilege;
}
