import { explainGitHubError } from '../../github/errors.js';
import type { EventFacts } from '../event.js';
import { commentRun } from './comment-run.js';
import type { GateDeps } from './deps.js';
import { mergeGroupRun } from './merge-group-run.js';
import { pullRequestRun } from './pull-request-run.js';
import { recheckRun } from './recheck-run.js';
import { deploymentRun } from './deploy-run.js';

/** One gate run per event kind. A GitHub refusal is explained, and the job stays green when it did its work. */
export async function runGate(deps: GateDeps, event: EventFacts): Promise<void> {
  const gate = event.gate;
  try {
    if (gate.kind === 'pull_request') await pullRequestRun(deps, gate);
    else if (gate.kind === 'issue_comment') await commentRun(deps, gate);
    else if (gate.kind === 'merge_group') await mergeGroupRun(deps, gate);
    else if (gate.kind === 'deployment') await deploymentRun(deps, gate);
    else if (
      gate.kind === 'recheck' &&
      event.eventName === 'workflow_dispatch' &&
      deps.inputs.deploy.deployedCommit
    )
      // A dispatch that names the deployed commit verifies that deployment.
      await deploymentRun(deps, {
        kind: 'deployment',
        trigger: 'workflow_dispatch',
        sha: deps.inputs.deploy.deployedCommit,
        state: 'success',
        by: gate.sender ?? '',
      });
    else if (gate.kind === 'recheck') await recheckRun(deps);
  } catch (e) {
    deps.core.setFailed(explainGitHubError(e, 'complete the gate'));
  }
}
