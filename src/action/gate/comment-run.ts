import { composeGate } from '../../gate/compose.js';
import { foreignStatusWarning } from '../../gate/foreign-status.js';
import { markedChecklistId } from '../../gate/markers.js';
import { inlineText } from '../../render/escape.js';
import { updateComment } from '../../github/comments.js';
import { sameLogin } from '../../gate/login.js';
import { readPullRequest } from '../../github/pull-request.js';
import { repoWebUrl } from '../../github/web-url.js';
import type { GateEvent } from '../event.js';
import type { GateDeps } from './deps.js';
import { publishDeployment } from './deploy-publish.js';
import { sealed, setGateStatus, trustedState, unchanged } from './publish.js';

type CommentEvent = Extract<GateEvent, { kind: 'issue_comment' }>;

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
  if (!markedChecklistId(event.commentBody))
    return core.info('The edited comment is not a Preflight checklist: nothing to do.');
  if (sameLogin(event.sender, inputs.botLogin)) return core.info("Preflight's own edit: nothing to do.");
  const pr = await readPullRequest(gh, ref, event.number, inputs.statusContext);
  // The live body and author come with the history; one query answers both.
  const state = await trustedState(deps, event.number, {
    nodeId: event.commentNodeId,
    createdAt: event.commentCreatedAt,
  });
  if (!sameLogin(state.author, inputs.botLogin))
    return core.info(
      `The comment was written by ${state.author}, not by ${inputs.botLogin}: it is not the gate.`,
    );
  const record = state.replayed.record;
  if (state.replayed.unreachable) {
    const why = state.replayed.problems.at(-1) ?? 'no trusted record in the comment history';
    core.warning(`Preflight cannot decide: ${why}.`);
    await setGateStatus(
      deps,
      pr.headSha,
      { state: 'error', description: "Preflight's trusted record is not in the comment's recent history" },
      event.commentUrl,
    );
    core.setOutput('gate', 'error');
    return;
  }
  if (!record)
    return core.warning(
      'The checklist comment has no record Preflight wrote: the next pull request run restores it.',
    );
  const foreign = foreignStatusWarning(pr.headStatus, {
    botLogin: inputs.botLogin,
    context: inputs.statusContext,
    sha: pr.headSha,
  });
  if (foreign) core.warning(foreign);
  const composed = composeGate(
    {
      warning: foreign,
      checklistId: record.checklistId,
      title: record.title,
      headSha: pr.headSha,
      items: record.items,
      resultsHeadSha: record.results?.headSha,
      resultsAt: record.results?.at,
      applies: record.applies,
      definitions: record.definitions,
      version: record.version,
      details: new Map(),
      repoUrl: repoWebUrl(deps.env.GITHUB_SERVER_URL, ref),
      releaseNotes: state.notes,
    },
    state.replayed,
    deps.now().toISOString(),
  );
  const body = sealed(deps, event.number, composed.body);
  if (!unchanged(deps, event.number, state.body, body)) await updateComment(gh, ref, event.commentId, body);
  // After-deploy ticks never move the merge status (the decision ignores them); they move the second status.
  await setGateStatus(deps, pr.headSha, composed.decision, event.commentUrl);
  if (composed.record.deploy)
    await publishDeployment(deps, {
      number: event.number,
      record: composed.record,
      ticks: composed.ticks,
      decision: composed.deployDecision,
      commentUrl: event.commentUrl,
      notes: state.notes,
    });
  for (const a of state.replayed.accepted)
    core.info(`${a.login} ${a.checked ? 'ticked' : 'unticked'} ${a.id}.`);
  for (const r of state.replayed.rejected)
    core.warning(`${r.login}'s change to ${r.id} was undone: ${r.why}.`);
  core.setOutput('gate', composed.decision.state);
  core.setOutput('comment-url', event.commentUrl);
  if (deps.env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(
        `**Gate \`${inlineText(inputs.statusContext, 100)}\`: ${composed.decision.state}** · ${inlineText(composed.decision.description, 200)}\n` +
          (foreign ? `\n> [!WARNING]\n> ${inlineText(foreign, 600)}\n` : ''),
      )
      .write();
}
