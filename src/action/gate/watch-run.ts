import { decodeRecord } from '../../gate/record.js';
import { findChecklistComments } from '../../github/comments.js';
import { gateDefinitions } from './definitions.js';
import type { GateDeps } from './deps.js';
import { withDeployedUrl } from './deploy-run.js';
import { trustedState } from './publish.js';
import { verifyDeployment } from './verify-deployment.js';

/** At most this many recently merged pull requests are looked at, and this many re-checked, per run. */
const LOOK_AT = 30;
const MAX_WATCHED = 10;

/**
 * The scheduled run's second duty: merged pull requests whose deployment has held items still being
 * watched ("running without errors for 24+ hours") get those items checked again against the deployed
 * environment, until the hold has passed (the phase closes) or one fails (FAILED).
 */
export async function watchDeployments(deps: GateDeps): Promise<void> {
  const { core, gh, ref, inputs } = deps;
  const { data } = await gh.rest.pulls.list({
    ...ref,
    state: 'closed',
    sort: 'updated',
    direction: 'desc',
    per_page: LOOK_AT,
  });
  let watched = 0;
  for (const pr of data) {
    if (!pr.merged_at || watched >= MAX_WATCHED) continue;
    const defs = await gateDefinitions(deps, pr.base.sha);
    if (!defs.ok) continue;
    const comment = (await findChecklistComments(gh, ref, pr.number, defs.checklist.id, inputs.botLogin))[0];
    // The live body only says where to look; what counts is read from the comment's trusted history.
    const hint = comment && decodeRecord(comment.body)?.deploy;
    if (!comment || !hint || hint.closed) continue;
    const record = (await trustedState(deps, pr.number, comment)).replayed.record;
    const deploy = record?.deploy;
    if (!record || !deploy || deploy.closed || deploy.deploymentFailed) continue;
    if (!record.items.some((i) => i.phase === 'after-deploy' && i.holdForMs)) continue;
    watched += 1;
    core.info(
      `#${pr.number}: watching the deployment of ${deploy.sha.slice(0, 7)} to ${deploy.environment}.`,
    );
    await verifyDeployment(deps, {
      pull: {
        number: pr.number,
        open: false,
        headSha: pr.head.sha,
        baseSha: pr.base.sha,
        baseRef: pr.base.ref,
      },
      checklist: withDeployedUrl(defs.checklist, inputs.deploy.target, deploy.url),
      record,
      deploy: { ...deploy, checkedAt: deps.now().toISOString() },
      sameDeployment: true,
      heldOnly: true,
    });
  }
}
