import { sameContent } from '../../gate/unchanged.js';
import { composeGate, type Composed, type GateView } from '../../gate/compose.js';
import type { RecordedItem } from '../../gate/record.js';
import { editorsOf, latestRecord, NO_HISTORY, planReplay, replay, type Replayed } from '../../gate/replay.js';
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
import { repoWebUrl } from '../../github/web-url.js';
import { checkSeal, recordScope, sealBody, trustRevisions } from '../../gate/signature.js';
import type { GateDeps } from './deps.js';
import { notesFromHistory, type ReleaseNotes } from '../../gate/notes.js';

export interface GateInputs extends GateView {
  number: number;
  /** Set the merge status too (default); a deployment run of a merged pull request leaves it as it was. */
  mergeStatus?: boolean;
}

export interface Published extends Composed {
  commentUrl?: string;
  releaseNotes?: ReleaseNotes;
}

/**
 * The trusted state of an existing comment: its history replayed, with GitHub's word on the editors. With
 * a `record-key` (the hardened setup) only validly signed revisions by Preflight's identity are its own.
 */
export async function trustedState(
  deps: GateDeps,
  number: number,
  comment: Pick<ChecklistComment, 'nodeId' | 'createdAt'>,
  items?: RecordedItem[],
): Promise<{ replayed: Replayed; body: string; author: string; notes?: ReleaseNotes }> {
  const read = await readRevisions(deps.gh, comment.nodeId, deps.inputs.botLogin, comment.createdAt);
  const { offset, body, author } = read;
  const key = deps.inputs.recordKey;
  const trusted = key
    ? trustRevisions(read.revisions, key, recordScope(deps.ref, number))
    : { revisions: read.revisions, notices: [] };
  const revisions = trusted.revisions;
  const plan = planReplay(revisions, items ?? latestRecord(revisions, offset)?.items ?? [], offset);
  const facts = await actorFacts(
    deps.gh,
    deps.ref,
    editorsOf(plan),
    [...plan.manual.values()].map((i) => i.approvers),
  );
  const replayed = replay(plan, facts);
  const notes = notesFromHistory(revisions, deps.inputs.botLogin);
  return {
    replayed: trusted.notices.length > 0 ? { ...replayed, notices: trusted.notices } : replayed,
    body,
    author,
    ...(notes ? { notes } : {}),
  };
}

/**
 * Whether rewriting the live body would change nothing; with a `record-key`, a live record that is not
 * validly signed (a rotated key) is always rewritten.
 */
export function unchanged(deps: GateDeps, number: number, live: string, next: string): boolean {
  const key = deps.inputs.recordKey;
  if (key && checkSeal(live, key, recordScope(deps.ref, number)) !== 'valid') return false;
  return sameContent(live, next);
}

/** The body as Preflight writes it: with the hardened setup's `record-key`, its record signed. */
export function sealed(deps: GateDeps, number: number, body: string): string {
  const key = deps.inputs.recordKey;
  return key ? sealBody(body, key, recordScope(deps.ref, number)) : body;
}

/** The commit status that agrees with the comment just written. */
export function setGateStatus(
  deps: GateDeps,
  sha: string,
  decision: Pick<Composed['decision'], 'state' | 'description'>,
  targetUrl?: string,
): Promise<void> {
  return setStatus(deps.gh, deps.ref, {
    sha,
    state: decision.state,
    context: deps.inputs.statusContext,
    description: decision.description,
    targetUrl,
  });
}

/**
 * Finds (or creates) the one checklist comment, merges the trusted ticks into the new results, writes
 * the comment only when it changed, heals duplicates, then sets the commit status to agree with it.
 */
export async function publishGate(deps: GateDeps, g: GateInputs): Promise<Published> {
  const { gh, ref, inputs } = deps;
  const found = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
  const keep = found[0];
  const state: { replayed: Replayed; body: string; notes?: ReleaseNotes } = keep
    ? await trustedState(deps, g.number, keep, g.items)
    : { replayed: NO_HISTORY, body: '' };
  const composed = composeGate(
    {
      ...newestResults(g, state.replayed),
      repoUrl: repoWebUrl(deps.env.GITHUB_SERVER_URL, ref),
      releaseNotes: state.notes,
    },
    state.replayed,
    deps.now().toISOString(),
  );
  const body = sealed(deps, g.number, composed.body);
  let url: string | undefined;
  if (keep) {
    url = keep.htmlUrl;
    if (!unchanged(deps, g.number, state.body, body)) await updateComment(gh, ref, keep.id, body);
    for (const extra of found.slice(1)) await deleteQuietly(deps, extra.id);
  } else {
    const created = await createComment(gh, ref, g.number, body);
    url = created.htmlUrl;
    // Two runs may have created one each: the oldest stays, with this run's body.
    const now = await findChecklistComments(gh, ref, g.number, g.checklistId, inputs.botLogin);
    const oldest = now[0];
    if (oldest && oldest.id !== created.id) {
      await deleteQuietly(deps, created.id);
      await updateComment(gh, ref, oldest.id, body);
      url = oldest.htmlUrl;
    }
  }
  if (g.mergeStatus !== false) await setGateStatus(deps, g.headSha, composed.decision, url);
  return { ...composed, commentUrl: url, releaseNotes: state.notes };
}

/**
 * A run whose results are for an older commit than the live head never replaces results the live head's
 * own run already recorded (a run for H1 finishing after the run for H2).
 */
function newestResults(g: GateInputs, replayed: Replayed): GateInputs {
  const recorded = replayed.record;
  if (g.resultsHeadSha === g.headSha || recorded?.results?.headSha !== g.headSha) return g;
  const fresh = new Map(recorded.items.map((i) => [i.id, i]));
  return {
    ...g,
    items: g.items.map((i) => (i.kind ? (fresh.get(i.id) ?? i) : i)),
    resultsHeadSha: recorded.results.headSha,
    resultsAt: recorded.results.at,
    details: new Map(),
  };
}

async function deleteQuietly(deps: GateDeps, id: number): Promise<void> {
  try {
    await deleteComment(deps.gh, deps.ref, id);
  } catch (e) {
    if ((e as { status?: number }).status !== 404) throw e;
  }
}
