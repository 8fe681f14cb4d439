import { fitComment } from '../../gate/fit.js';
import { advance } from '../../gate/advance.js';
import { isChecklistComment } from '../../gate/markers.js';
import { updateComment, getComment } from '../../github/comments.js';
import { readPullRequest } from '../../github/pull-request.js';
import { setStatus } from '../../github/status.js';
import type { GateEvent } from '../event.js';
import type { GateDeps } from './deps.js';
import { trustedState } from './publish.js';
import { sameLogin } from '../../github/history.js';

type CommentEvent = Extract<GateEvent, { kind: 'issue_comment' }>;

const MARKER_ID = /^<!-- preflight:comment ([a-z0-9][a-z0-9._-]*) -->/;

/**
 * An edit of Preflight's comment (a box ticked or unticked). The checkout is the default branch, so no
 * check runs here: automated results come from the record the pull request's run wrote, as GitHub's
 * edit history keeps it, and ticks count only when the history shows an allowed person made them.
 */
export async function commentRun(deps: GateDeps, event: CommentEvent): Promise<void> {
  const { core, gh, ref, inputs } = deps;
  if (!event.onPullRequest) return core.info('A comment on an issue, not a pull request: nothing to do.');
  if (event.action !== 'edited')
    return core.info(`Comment ${event.action}: only edits of the checklist comment matter.`);
  const id = MARKER_ID.exec(event.commentBody)?.[1];
  if (!id || !isChecklistComment(event.commentBody, id))
    return core.info('The edited comment is not a Preflight checklist: nothing to do.');
  if (sameLogin(event.sender, inputs.botLogin)) return core.info("Preflight's own edit: nothing to do.");
  const pr = await readPullRequest(gh, ref, event.number);
  const comment = await commentOf(deps, event);
  if (!sameLogin(comment.author, inputs.botLogin))
    return core.info(
      `The comment was written by ${comment.author}, not by ${inputs.botLogin}: it is not the gate.`,
    );
  const state = await trustedState(deps, { nodeId: comment.nodeId, createdAt: comment.createdAt });
  const record = state.replayed.record;
  if (!record)
    return core.warning(
      'The checklist comment has no record Preflight wrote: the next pull request run restores it.',
    );
  const now = deps.now().toISOString();
  const adv = advance({
    checklistId: record.checklistId,
    headSha: pr.headSha,
    title: record.title,
    items: record.items,
    resultsHeadSha: record.results?.headSha,
    resultsAt: record.results?.at,
    applies: record.applies,
    definitions: record.definitions,
    replayed: state.replayed,
    version: record.version,
    now,
  });
  const fitted = fitComment({
    title: record.title,
    record: adv.record,
    ticks: adv.ticks,
    decision: adv.decision,
    resultsCurrent: adv.resultsCurrent,
    details: new Map(),
  });
  if (fitted.body !== state.body) await updateComment(gh, ref, comment.id, fitted.body);
  await setStatus(gh, ref, {
    sha: pr.headSha,
    state: adv.decision.state,
    context: inputs.statusContext,
    description: adv.decision.description,
    targetUrl: comment.htmlUrl,
  });
  for (const a of state.replayed.accepted)
    core.info(`${a.login} ${a.checked ? 'ticked' : 'unticked'} ${a.id}.`);
  for (const r of state.replayed.rejected)
    core.warning(`${r.login}'s change to ${r.id} was undone: ${r.why}.`);
  core.setOutput('gate', adv.decision.state);
  core.setOutput('comment-url', comment.htmlUrl);
  if (deps.env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(`**Gate \`${inputs.statusContext}\`: ${adv.decision.state}** · ${adv.decision.description}\n`)
      .write();
}

async function commentOf(deps: GateDeps, event: CommentEvent) {
  return getComment(deps.gh, deps.ref, event.commentId);
}
