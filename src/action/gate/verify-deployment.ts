import type { Checklist } from '../../definition/model.js';
import type { DeployRecord } from '../../gate/deploy-record.js';
import { mergeAfterDeploy } from '../../gate/deploy-start.js';
import { itemDetails, phaseChecklist, recordedItems } from '../../gate/items.js';
import type { GateRecord, RecordedItem } from '../../gate/record.js';
import { readPullRequest } from '../../github/pull-request.js';
import type { GateDeps } from './deps.js';
import { publishDeployment } from './deploy-publish.js';
import { evaluateForGate } from './evaluate-items.js';
import { publishGate } from './publish.js';
import { liveOnly } from './live-only.js';

export interface Verification {
  pull: { number: number; open: boolean; headSha: string; baseSha: string; baseRef: string };
  /** The trusted checklist, its deploy target pointing at the deployed environment. */
  checklist: Checklist;
  /** The record the comment's history holds. */
  record: GateRecord;
  deploy: DeployRecord;
  /** The deployment is the one the record already holds (a re-run, or the scheduled watch). */
  sameDeployment: boolean;
  /** The scheduled watch: only held items still being watched run again. */
  heldOnly?: boolean;
}

/**
 * Runs the after-deploy checks against the deployed environment and writes the result: the same comment
 * (its merge part unchanged), the second status on the deployed commit, and the release record. When the
 * deployed commit is an open pull request's head (deploy, then merge), its before-merge target checks run
 * against the deployed environment too, and the merge status follows.
 */
export async function verifyDeployment(deps: GateDeps, v: Verification): Promise<void> {
  const { core } = deps;
  const { pull, record, deploy } = v;
  const live = await readPullRequest(deps.gh, deps.ref, pull.number, deps.inputs.statusContext);
  const facts = { labels: live.labels, baseBranch: live.baseRef, headBranch: live.headRef };
  const context = { number: pull.number, headSha: deploy.sha, baseSha: pull.baseSha, baseRef: pull.baseRef };
  const held = new Set(
    record.items.filter((i) => i.holdForMs && i.status !== 'fail' && i.status !== 'error').map((i) => i.id),
  );
  let after = phaseChecklist(v.checklist, 'after-deploy');
  if (v.heldOnly) after = only(after, (id) => held.has(id));
  const fresh = new Map<string, RecordedItem>();
  const details = new Map<string, string>();
  const run = async (checklist: Checklist) => {
    if (checklist.sections.length === 0) return;
    const report = await evaluateForGate(deps, checklist, facts, context);
    for (const item of recordedItems(checklist, report)) if (item.kind) fresh.set(item.id, item);
    for (const [id, text] of itemDetails(report)) details.set(id, text);
  };
  if (deploy.deploymentFailed)
    core.warning(`The deployment failed (${deploy.deploymentFailed}): nothing to verify.`);
  else await run(after);
  const deployedHead = pull.open && deploy.sha === live.headSha && record.results?.headSha === deploy.sha;
  if (deployedHead && !v.heldOnly) await run(liveOnly(phaseChecklist(v.checklist, 'before-merge')));
  const known = new Set(record.items.map((i) => i.id));
  for (const id of [...fresh.keys()]) if (!known.has(id)) fresh.delete(id);
  const items = mergeAfterDeploy(record.items, fresh, v.sameDeployment);
  const published = await publishGate(deps, {
    number: pull.number,
    headSha: live.headSha,
    checklistId: record.checklistId,
    title: record.title,
    items,
    resultsHeadSha: record.results?.headSha,
    resultsAt: record.results?.at,
    applies: record.applies,
    definitions: record.definitions,
    version: record.version,
    details,
    deploy,
    rollback: v.checklist.rollback ?? record.rollback,
    mergeStatus: deployedHead,
  });
  core.setOutput('comment-url', published.commentUrl ?? '');
  if (deployedHead) core.setOutput('gate', published.decision.state);
  await publishDeployment(deps, {
    number: pull.number,
    record: published.record,
    ticks: published.ticks,
    decision: published.deployDecision,
    commentUrl: published.commentUrl,
    notes: published.releaseNotes,
  });
  core.info(`After deploy: ${published.deployDecision.state} (${published.deployDecision.description}).`);
}

function only(checklist: Checklist, keep: (id: string) => boolean): Checklist {
  return {
    ...checklist,
    sections: checklist.sections
      .map((s) => ({ ...s, items: s.items.filter((i) => keep(i.id)) }))
      .filter((s) => s.items.length > 0),
  };
}
