import { globMatcher } from '../../util/glob.js';
import { tallyReviews } from '../../checks/github/review-verdict.js';
import type { Checklist } from '../../definition/model.js';
import { startDeploy, type DeploymentSeen } from '../../gate/deploy-start.js';
import { findChecklistComments } from '../../github/comments.js';
import { pullsForCommit, releasePull, type CommitPull } from '../../github/commit-pulls.js';
import { listReviews } from '../../github/reviews.js';
import { setStatus } from '../../github/status.js';
import type { DeploymentEvent } from '../event.js';
import { gateDefinitions, reportUnusable } from './definitions.js';
import type { GateDeps } from './deps.js';
import { trustedState } from './publish.js';
import { verifyDeployment } from './verify-deployment.js';

/** Deployment states that end a deployment; the others (queued, in_progress, pending, inactive) wait. */
const FINAL = new Set(['success', 'failure', 'error']);

/**
 * A deployment happened (a deployment status for the production environment, a pushed release tag, or a
 * dispatch naming the deployed commit): find the release pull request of the deployed commit, run its
 * after-deploy checks against the deployed environment, update the same comment, and set the second
 * status on the deployed commit. A privileged run: the checklist is the one the gate read at the base,
 * through the API; nothing from the repository is executed.
 */
export async function deploymentRun(deps: GateDeps, event: DeploymentEvent): Promise<void> {
  const { core, gh, ref, inputs } = deps;
  const d = inputs.deploy;
  const environment = event.environment ?? d.environment;
  if (event.trigger === 'deployment_status' && environment !== d.environment)
    return core.info(
      `A deployment to ${environment}, not ${d.environment} (deploy-environment): nothing to verify.`,
    );
  if (!FINAL.has(event.state))
    return core.info(`The deployment is ${event.state}: the after-deploy phase starts when it has finished.`);
  const tag = event.trigger === 'push' ? event.ref?.replace(/^refs\/tags\//, '') : undefined;
  if (tag !== undefined && !globMatcher(d.releaseTags)(tag))
    return core.info(`Tag ${tag} does not match release-tags (${d.releaseTags}): not a release.`);
  const short = event.sha.slice(0, 7);
  const setDeployed = (state: 'success' | 'error', description: string) =>
    setStatus(gh, ref, { sha: event.sha, state, context: d.statusContext, description });
  const pull = releasePull(await pullsForCommit(gh, ref, event.sha), event.sha);
  if (!pull) {
    core.warning(`No pull request is associated with the deployed commit ${short}: nothing to verify.`);
    await setDeployed('error', `No release pull request found for ${short}`);
    core.setOutput('deploy', 'error');
    return;
  }
  const defs = await gateDefinitions(deps, pull.baseSha);
  if (!defs.ok) return reportUnusable(deps, defs, setDeployed);
  const comment = (await findChecklistComments(gh, ref, pull.number, defs.checklist.id, inputs.botLogin))[0];
  const record = comment ? (await trustedState(deps, pull.number, comment)).replayed.record : undefined;
  if (!comment || !record) {
    core.warning(
      `#${pull.number} has no checklist comment with a record yet: its pull request run writes one.`,
    );
    await setDeployed('error', `#${pull.number} has no Preflight checklist record to verify against`);
    core.setOutput('deploy', 'error');
    return;
  }
  const seen: DeploymentSeen = {
    trigger: event.trigger,
    sha: event.sha,
    state: event.state,
    environment,
    url: deployedUrl(deps, event.url) ?? (d.environmentUrl || undefined),
    by: event.by,
    at: event.at,
    ref: event.ref,
    deploymentId: event.deploymentId,
    version: versionOf(event.ref, event.trigger === 'push'),
    reviewedBy: await approvers(deps, pull),
    notes: d.notes || undefined,
  };
  const deploy = startDeploy(seen, record.deploy, deps.now().toISOString());
  core.info(
    `Deployment of ${short} to ${environment}${deploy.url ? ` (${deploy.url})` : ''} by ${deploy.by || 'unknown'}: release pull request #${pull.number}.`,
  );
  await verifyDeployment(deps, {
    pull: {
      number: pull.number,
      open: pull.state === 'open',
      headSha: pull.headSha,
      baseSha: pull.baseSha,
      baseRef: pull.baseRef,
    },
    checklist: withDeployedUrl(defs.checklist, inputs.deploy.target, deploy.url),
    record,
    deploy,
    sameDeployment: record.deploy?.sha === deploy.sha && record.deploy.at === deploy.at,
  });
}

/** The deployed environment's URL stands in for the deploy target (and is the target when there is none). */
export function withDeployedUrl(checklist: Checklist, target: string, url: string | undefined): Checklist {
  return url ? { ...checklist, targets: { ...checklist.targets, [target]: url } } : checklist;
}

/**
 * The deployment's environment_url, written by whoever created the deployment status: used only when it is
 * an absolute http(s) URL of sane length (it becomes a probe target and a link in the record).
 */
function deployedUrl(deps: GateDeps, raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw);
    if (['http:', 'https:'].includes(u.protocol) && raw.length <= 2000 && !u.username && !u.password)
      return raw;
  } catch {
    /* below */
  }
  deps.core.warning(
    "The deployment's environment_url is not an absolute http(s) URL without credentials (at most 2000 characters): it is not used.",
  );
  return undefined;
}

async function approvers(deps: GateDeps, pull: CommitPull): Promise<string[]> {
  const { reviews } = await listReviews(deps.gh, deps.ref, pull.number);
  return tallyReviews(reviews, { headSha: pull.headSha, onHead: false }).approvers;
}

/** The version a deployed ref names (a tag v1.4.0, a branch release/1.4.0); a pushed tag is its own name. */
function versionOf(ref: string | undefined, isTag: boolean): string | undefined {
  if (!ref) return undefined;
  const name = ref.replace(/^refs\/(tags|heads)\//, '');
  return /\bv?(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)\b/.exec(name)?.[1] ?? (isTag ? name : undefined);
}
