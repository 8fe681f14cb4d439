import { advance, type Advanced } from '../../gate/advance.js';
import { fitComment } from '../../gate/fit.js';
import type { GateRecord, RecordedItem } from '../../gate/record.js';
import { editorsToAsk, replayTicks, type Replayed, type Revision } from '../../gate/replay.js';
import {
  createComment,
  deleteComment,
  findChecklistComments,
  updateComment,
  type ChecklistComment,
} from '../../github/comments.js';
import { readRevisions } from '../../github/history.js';
import { actorFacts } from '../../github/permissions.js';
import { setStatus } from '../../github/status.js';
import type { GateDeps } from './deps.js';

export interface GateInputs {
  number: number;
  headSha: string;
  checklistId: string;
  title: string;
  items: RecordedItem[];
  resultsHeadSha?: string;
  applies: GateRecord['applies'];
  definitions: GateRecord['definitions'];
  version?: string;
  details: ReadonlyMap<string, string>;
  warning?: string;
}

export interface Published extends Advanced {
  commentUrl?: string;
  shortened: string[];
}

/** The trusted state of an existing comment: its history replayed, with GitHub's word on the editors. */
export async function trustedState(
  deps: GateDeps,
  comment: Pick<ChecklistComment, 'nodeId' | 'createdAt'>,
  items?: RecordedItem[],
): Promise<{ replayed: Replayed; body: string; revisions: Revision[] }> {
  const { revisions, body } = await readRevisions(
    deps.gh,
    comment.nodeId,
    deps.inputs.botLogin,
    comment.createdAt,
  );
  const known = items ?? replayTicks(revisions, [], new Map()).record?.items ?? [];
  const logins = editorsToAsk(revisions, known);
  const facts = await actorFacts(
    deps.gh,
    deps.ref,
    logins,
    known.filter((i) => !i.kind).map((i) => i.approvers),
  );
  return { replayed: replayTicks(revisions, known, facts), body, revisions };
}

export { NOTHING_YET as EMPTY_REPLAY } from '../../gate/preview.js';
import { NOTHING_YET } from '../../gate/preview.js';

/**
 * Finds (or creates) the one checklist comment, merges the trusted ticks into the new results, writes
 * the comment only when it changed, heals duplicates, then sets the commit status to agree with it.
 */
export async function publishGate(deps: GateDeps, g: GateInputs): Promise<Published> {
  const { gh, ref, inputs } = deps;
  const found = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
  const keep = found[0];
  const state = keep ? await trustedState(deps, keep, g.items) : { replayed: NOTHING_YET, body: '' };
  const adv = advance({
    checklistId: g.checklistId,
    title: g.title,
    headSha: g.headSha,
    items: g.items,
    resultsHeadSha: g.resultsHeadSha,
    resultsAt: deps.now().toISOString(),
    applies: g.applies,
    definitions: g.definitions,
    replayed: state.replayed,
    version: g.version,
    now: deps.now().toISOString(),
  });
  const fitted = fitComment({
    title: g.title,
    record: adv.record,
    ticks: adv.ticks,
    decision: adv.decision,
    resultsCurrent: adv.resultsCurrent,
    details: g.details,
    warning: g.warning,
  });
  let url: string | undefined;
  if (keep) {
    url = keep.htmlUrl;
    if (state.body !== fitted.body) await updateComment(gh, ref, keep.id, fitted.body);
    for (const extra of found.slice(1)) await deleteQuietly(deps, extra.id);
  } else {
    const created = await createComment(gh, ref, g.number, fitted.body);
    url = created.htmlUrl;
    // Two runs may have created one each: the oldest stays, with this run's body.
    const now = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
    const oldest = now[0];
    if (oldest && oldest.id !== created.id) {
      await deleteQuietly(deps, created.id);
      await updateComment(gh, ref, oldest.id, fitted.body);
      url = oldest.htmlUrl;
    }
  }
  await setStatus(gh, ref, {
    sha: g.headSha,
    state: adv.decision.state,
    context: inputs.statusContext,
    description: adv.decision.description,
    targetUrl: url,
  });
  return { ...adv, commentUrl: url, shortened: fitted.shortened };
}

async function deleteQuietly(deps: GateDeps, id: number): Promise<void> {
  try {
    await deleteComment(deps.gh, deps.ref, id);
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
}
