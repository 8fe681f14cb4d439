import type { Checklist } from '../../definition/model.js';
import type { ChangeFacts } from '../../engine/conditions.js';
import type { Report } from '../../engine/report.js';
import { createGitClient } from '../../io/git.js';
import { evaluateChecklist } from '../../pipeline/check.js';
import { targetProxy } from '../target-proxy.js';
import type { GateDeps } from './deps.js';

/**
 * Runs a checklist's automated items on the checkout with the action's limits. `command` checks run only
 * when the run's privilege allows; `withheld` variables are kept from a checklist the pull request wrote.
 */
export function evaluateForGate(
  deps: GateDeps,
  checklist: Checklist,
  facts: ChangeFacts,
  pr?: { number: number; headSha: string; baseSha: string; baseRef: string },
  withheld?: ReadonlySet<string>,
): Promise<Report> {
  return evaluateChecklist(checklist, {
    repoDir: deps.inputs.workingDirectory,
    env: deps.env,
    withheld,
    facts,
    concurrency: deps.inputs.concurrency,
    networkConcurrency: deps.inputs.networkConcurrency,
    timeoutMs: deps.inputs.timeoutMs,
    allowCommands: deps.privilege.commands,
    proxy: targetProxy(deps.inputs),
    git: createGitClient(deps.git),
    github: pr && { client: deps.gh, repo: deps.ref, statusContext: deps.inputs.statusContext, ...pr },
    registerSecret: (value) => deps.core.setSecret(value),
  });
}
