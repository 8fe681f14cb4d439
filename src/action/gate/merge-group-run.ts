import { checklistApplies } from '../../engine/conditions.js';
import { carryExecutingResults } from '../../gate/carry.js';
import { decideGate } from '../../gate/decide.js';
import { phaseChecklist, recordedItems } from '../../gate/items.js';
import { findChecklistComments } from '../../github/comments.js';
import { readPullRequest } from '../../github/pull-request.js';
import { setStatus } from '../../github/status.js';
import { publishReport } from '../publish-report.js';
import type { GateEvent } from '../event.js';
import { gateDefinitions, reportUnusable } from './definitions.js';
import { evaluateForGate } from './evaluate-items.js';
import type { GateDeps } from './deps.js';
import { trustedState } from './publish.js';

type MergeGroupEvent = Extract<GateEvent, { kind: 'merge_group' }>;

/**
 * A merge queue run: the automated items run again on the queue's own commit, the ticks come from the
 * pull request's comment history, and the status goes on the queue's commit (the queue waits for it).
 */
export async function mergeGroupRun(deps: GateDeps, event: MergeGroupEvent): Promise<void> {
  const { core, env, inputs, gh, ref } = deps;
  const set = (state: 'success' | 'pending' | 'failure' | 'error', description: string) =>
    setStatus(gh, ref, { sha: event.headSha, state, context: inputs.statusContext, description });
  if (event.number === undefined) {
    await set('error', 'Could not tell which pull request this merge group is for');
    core.setFailed(`The merge group ref ${event.headRef} does not name a pull request (…/pr-N-sha).`);
    return;
  }
  const defs = await gateDefinitions(deps, event.baseSha);
  if (!defs.ok) {
    await reportUnusable(deps, defs, set);
    return;
  }
  const pr = await readPullRequest(gh, ref, event.number, inputs.statusContext);
  const facts = { labels: pr.labels, baseBranch: pr.baseRef, headBranch: pr.headRef };
  const applies = checklistApplies(defs.checklist.appliesTo, facts);
  if (!applies.applies) {
    await set('success', `Checklist does not apply: ${applies.reason}`.slice(0, 140));
    return;
  }
  const report = await evaluateForGate(deps, phaseChecklist(defs.checklist, 'before-merge'), facts, {
    number: event.number,
    headSha: event.headSha,
    baseSha: event.baseSha,
    baseRef: pr.baseRef,
  });
  const evaluated = recordedItems(defs.checklist, report);
  const comment = (await findChecklistComments(gh, ref, event.number, defs.checklist.id, inputs.botLogin))[0];
  const trusted = comment ? (await trustedState(deps, event.number, comment, evaluated)).replayed : undefined;
  // The queue's commit is not executed: `command` items keep what the pull request's own run recorded.
  const items = carryExecutingResults(evaluated, trusted?.record, pr.headSha);
  const ticks = trusted?.ticks ?? {};
  const decision = decideGate({ items, ticks, applies: { yes: true }, resultsCurrent: true });
  await set(decision.state, decision.description);
  core.setOutput('gate', decision.state);
  await publishReport(
    core,
    env,
    inputs,
    report,
    `**Merge queue gate for #${event.number}: ${decision.state}** · ${decision.description}\n\n`,
  );
}
