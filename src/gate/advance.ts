import { cannotDecide, decideGate, MAX_DESCRIPTION, type GateDecision } from './decide.js';
import { decideDeploy, type DeployDecision } from './deploy-decide.js';
import type { DeployRecord } from './deploy-record.js';
import type { GateRecord, Note, RecordedItem, ResetAction, SignOff, Tick } from './record.js';
import type { Replayed } from './replay.js';

export interface AdvanceInput {
  checklistId: string;
  title: string;
  headSha: string;
  items: RecordedItem[];
  /** The head commit the automated results in `items` belong to. */
  resultsHeadSha?: string;
  resultsAt?: string;
  applies: GateRecord['applies'];
  definitions: GateRecord['definitions'];
  replayed: Replayed;
  version?: string;
  /** The deployment this run saw; absent: the one the last record kept. */
  deploy?: DeployRecord;
  /** The section holding the rollback steps. */
  rollback?: string;
  now: string;
  /**
   * Why this run, which should have brought the head's automated results, could not (its checkout is not
   * the head): the decision is `error` with this description rather than a wait that would never end.
   */
  noResults?: string;
}

export interface Advanced {
  record: GateRecord;
  /** The after-deploy phase: the second status. */
  deployDecision: DeployDecision;
  /** Manual items' state after this run's own actions: what the comment shows. */
  ticks: Record<string, Tick>;
  decision: GateDecision;
  resultsCurrent: boolean;
}

const KEEP_NOTES = 10;

/** The next record: trusted ticks, resets after a push, notes for undone edits, the decision and sign-off. */
export function advance(input: AdvanceInput): Advanced {
  const previous = input.replayed.record;
  const manual = input.items.filter((i) => !i.kind);
  const before: Record<string, Tick> = {};
  for (const item of manual)
    before[item.id] = input.replayed.ticks[item.id] ?? { checked: false, by: '', at: '' };
  const notes: Note[] = [...(previous?.notes ?? [])];
  const titles = new Map(input.items.map((i) => [i.id, i.title]));
  for (const r of input.replayed.rejected) {
    const what = r.checked ? 'tick' : 'untick';
    notes.push({
      at: input.now,
      text: `${r.login}'s ${what} of “${titles.get(r.id) ?? r.id}” was undone: ${r.why}.`,
    });
  }
  for (const text of input.replayed.notices ?? [])
    if (!notes.some((n) => n.text === text)) notes.push({ at: input.now, text });
  for (const p of input.replayed.problems)
    notes.push({ at: input.now, text: `${p}; ticks made since then do not count.` });
  const actions: ResetAction[] = [];
  if (previous && previous.headSha !== input.headSha) {
    const ids = manual.filter((i) => i.resetOnPush && before[i.id]?.checked).map((i) => i.id);
    if (ids.length > 0) {
      const reason = `new commits were pushed (${previous.headSha.slice(0, 7)} → ${input.headSha.slice(0, 7)})`;
      actions.push({ type: 'reset', ids, reason });
      notes.push({
        at: input.now,
        text: `Unticked because ${reason}: ${ids.map((id) => `“${titles.get(id) ?? id}”`).join(', ')}.`,
      });
    }
  }
  const ticks: Record<string, Tick> = { ...before };
  for (const a of actions) for (const id of a.ids) ticks[id] = { checked: false, by: '', at: input.now };
  const resultsCurrent = input.resultsHeadSha === input.headSha;
  const gateInput = {
    items: input.items,
    ticks,
    applies: input.applies,
    resultsCurrent,
    waitingFor: input.headSha,
  };
  const decision = input.replayed.unreachable
    ? cannotDecide(
        gateInput,
        "Preflight's trusted record is not in the comment's recent history; see the comment",
      )
    : input.noResults && !resultsCurrent
      ? cannotDecide(gateInput, input.noResults)
      : withTokenNeeded(decideGate(gateInput), input.replayed);
  const record: GateRecord = {
    v: 1,
    checklistId: input.checklistId,
    title: input.title,
    headSha: input.headSha,
    seen: input.replayed.seen,
    ticks: before,
    actions,
    items: input.items,
    results: input.resultsHeadSha
      ? { headSha: input.resultsHeadSha, at: input.resultsAt ?? input.now }
      : undefined,
    definitions: input.definitions,
    applies: input.applies,
    notes: notes.slice(-KEEP_NOTES),
    version: input.version,
    signOff: signOff(decision, previous?.signOff, input, manual, ticks),
  };
  const rollback = input.rollback ?? previous?.rollback;
  if (rollback) record.rollback = rollback;
  const deploy = input.deploy ?? previous?.deploy;
  const deployDecision = followMerge(decideDeploy(input.items, ticks, deploy, input.now), decision, deploy);
  if (deploy) record.deploy = closeDeploy(deploy, deployDecision, input.now);
  return { record, ticks, decision, resultsCurrent, deployDecision };
}

/**
 * Without after-deploy items (deploy, then merge: every item before the merge) a deployment's phase is the
 * merge gate's: it closes SUCCESSFUL when every item is done, FAILED when a required check fails.
 */
function followMerge(
  d: DeployDecision,
  merge: GateDecision,
  deploy: DeployRecord | undefined,
): DeployDecision {
  if (d.total > 0 || !deploy || deploy.deploymentFailed) return d;
  const state = merge.state;
  const outcome = state === 'success' ? 'SUCCESSFUL' : state === 'failure' ? 'FAILED' : undefined;
  const description = `No after-deploy items; every item gates the merge: ${merge.description}`;
  return {
    ...d,
    state,
    description:
      description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
    done: merge.done,
    total: merge.total,
    failing: merge.failing,
    toTick: merge.toTick,
    ...(outcome ? { outcome } : {}),
  };
}

/** The phase closes when its outcome is known; the first time it closed with that outcome is kept. */
function closeDeploy(deploy: DeployRecord, d: DeployDecision, now: string): DeployRecord {
  const { closed, ...open } = deploy;
  if (!d.outcome) return open;
  return { ...open, closed: closed?.outcome === d.outcome ? closed : { outcome: d.outcome, at: now } };
}

/** A tick GitHub could not judge for want of a token stays pending, and the status says what is needed. */
function withTokenNeeded(decision: GateDecision, replayed: Replayed): GateDecision {
  if (decision.state === 'failure' || !replayed.rejected.some((r) => r.needsToken)) return decision;
  const description = `${decision.description}; team membership unreadable: needs an app token with org Members read`;
  return {
    ...decision,
    state: 'pending',
    description:
      description.length <= MAX_DESCRIPTION ? description : `${description.slice(0, MAX_DESCRIPTION - 1)}…`,
  };
}

function signOff(
  decision: GateDecision,
  previous: SignOff | undefined,
  input: AdvanceInput,
  manual: RecordedItem[],
  ticks: Record<string, Tick>,
): SignOff | undefined {
  if (decision.state !== 'success' || !input.applies.yes) return undefined;
  if (previous && previous.headSha === input.headSha) return previous;
  return {
    at: input.now,
    headSha: input.headSha,
    version: input.version,
    ticks: manual
      .filter((i) => ticks[i.id]?.checked)
      .map((i) => ({ id: i.id, title: i.title, by: ticks[i.id]?.by ?? '', at: ticks[i.id]?.at ?? '' })),
  };
}
