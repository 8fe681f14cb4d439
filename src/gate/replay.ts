import { mayTick, needsFacts, type ActorFacts, type Verdict } from './approvers.js';
import { sameLogin } from './login.js';
import { boxStates, nextBoxState, readBoxes } from './boxes.js';
import { decodeRecord, type GateRecord, type RecordedItem, type Tick } from './record.js';

/**
 * One revision of the comment as GitHub's edit history records it, oldest first. A replay may see only the
 * newest part of the history: `offset` (the absolute position of the first revision given, counted from the
 * comment's creation) keeps every position absolute.
 */
export interface Revision {
  editor: string;
  /** Written by the identity Preflight runs as. */
  byPreflight: boolean;
  at: string;
  /** The full body of that revision; null when it was deleted from the history. */
  body: string | null;
}

/** A box a person changed, as seen between two consecutive revisions. */
export interface BoxChange {
  /** The revision that made it (its position among the revisions given). */
  index: number;
  login: string;
  id: string;
  checked: boolean;
  at: string;
  /**
   * People whose revisions between this one and the last readable one were deleted from the history: the
   * change may be theirs, so it counts only if each of them may make it too.
   */
  across?: string[];
}

export interface Rejected extends BoxChange {
  why: string;
  /** GitHub could not say, for want of a token that can read team membership. */
  needsToken?: boolean;
}

export interface Replayed {
  /** The trusted state of every manual item. */
  ticks: Record<string, Tick>;
  /** The record Preflight last wrote, read from the history (not from the live body). */
  record?: GateRecord;
  /** How many revisions were replayed: the next record's `seen`. */
  seen: number;
  accepted: BoxChange[];
  rejected: Rejected[];
  /** Why some history could not be trusted, for a visible note. */
  problems: string[];
  /** No trusted record could be reached in the history read: the gate cannot decide (status `error`). */
  unreachable?: boolean;
  /** Revisions not believed as Preflight's (the hardened setup's signatures), for a visible note. */
  notices?: string[];
}

export interface Base {
  record?: GateRecord;
  index: number;
  problems: string[];
}

/**
 * The newest revision Preflight wrote with a readable record: the trusted starting point. A Preflight revision
 * deleted from the history is passed over (with a note) for the one before it, so its deletion cannot wipe
 * the ticks it had recorded. `index` is absolute.
 */
function trustedBase(revisions: readonly Revision[], offset: number): Base {
  const problems: string[] = [];
  for (let i = revisions.length - 1; i >= 0; i -= 1) {
    const r = revisions[i];
    if (!r?.byPreflight) continue;
    if (r.body === null) {
      if (problems.length === 0)
        problems.push(
          "a revision Preflight wrote was deleted from the comment's edit history, so the one before it was used",
        );
      continue;
    }
    const record = decodeRecord(r.body);
    if (record) return { record, index: offset + i, problems };
  }
  return { index: -1, problems };
}

/**
 * Box changes made by people after `from` (a position among `revisions`), each attributed to the editor of
 * the revision that made it. A revision deleted from the history (`deletedAt`, no body) makes no change of
 * its own: the next readable revision is compared with the last readable one, and whoever's revisions were
 * deleted in between is named in `across`, so a deletion neither drops the next person's tick nor lets the
 * deleted person's change pass as someone else's.
 */
export function humanChanges(
  revisions: readonly Revision[],
  from: number,
  ids: ReadonlySet<string>,
): BoxChange[] {
  const out: BoxChange[] = [];
  const start = Math.max(1, from);
  // Each revision's boxes are read once.
  let prev: Map<string, boolean[]> | undefined;
  let known: Map<string, boolean> | undefined;
  for (let i = start - 1; i >= 0 && !known; i -= 1) {
    const body = revisions[i]?.body;
    if (body != null) {
      prev = readBoxes(body);
      known = boxStates(prev);
    }
  }
  let deletedBy = new Set<string>();
  for (let i = start; i < revisions.length; i += 1) {
    const rev = revisions[i];
    if (!rev) continue;
    if (rev.body === null) {
      if (!rev.byPreflight) deletedBy.add(rev.editor);
      continue;
    }
    const boxes = readBoxes(rev.body);
    if (rev.byPreflight || !known) {
      known = boxStates(boxes);
    } else {
      const next = new Map<string, boolean>();
      for (const [id, now] of boxes) {
        const before = known.get(id);
        if (before === undefined) {
          // A box that was not there before (a removed line put back) is where the next change starts from.
          next.set(id, now[0] ?? false);
          continue;
        }
        const checked = nextBoxState(prev?.get(id), now, before);
        next.set(id, checked);
        if (!ids.has(id) || checked === before) continue;
        const change: BoxChange = { index: i, login: rev.editor, id, checked, at: rev.at };
        const others = [...deletedBy].filter((l) => !sameLogin(l, rev.editor));
        if (others.length > 0) change.across = others.sort();
        out.push(change);
      }
      known = next;
    }
    prev = boxes;
    deletedBy = new Set();
  }
  return out;
}

/** What a replay needs, worked out once: the trusted base and the people's box changes since it. */
export interface ReplayPlan {
  revisions: readonly Revision[];
  /** The absolute position of `revisions[0]`. */
  offset: number;
  base: Base;
  manual: ReadonlyMap<string, RecordedItem>;
  /** Where the replay starts, among `revisions`. */
  start: number;
  changes: BoxChange[];
  unreachable: boolean;
}

export function planReplay(
  revisions: readonly Revision[],
  items: readonly RecordedItem[],
  offset = 0,
): ReplayPlan {
  const base = trustedBase(revisions, offset);
  const manual = new Map(items.filter((i) => !i.kind).map((i) => [i.id, i]));
  const start = base.record ? Math.max(0, Math.min(base.record.seen, base.index) - offset) : revisions.length;
  const changes = base.record ? humanChanges(revisions, start, new Set(manual.keys())) : [];
  // Only the newest part of a history was read, and it does not reach back to a trusted record's start.
  const unreachable = offset > 0 && !covers(base, offset);
  return { revisions, offset, base, manual, start, changes, unreachable };
}

/** Whether the newest revisions read hold the trusted base and the revision before the replay's start. */
export function historyCovers(revisions: readonly Revision[], offset: number): boolean {
  return offset === 0 || covers(trustedBase(revisions, offset), offset);
}

function covers(base: Base, offset: number): boolean {
  return base.record !== undefined && Math.min(base.record.seen, base.index) - 1 >= offset;
}

/** The record Preflight last wrote, as the history keeps it. */
export function latestRecord(revisions: readonly Revision[], offset = 0): GateRecord | undefined {
  return trustedBase(revisions, offset).record;
}

/** The people whose edits need GitHub's word on their access before they can count. */
export function editorsToAsk(revisions: readonly Revision[], items: readonly RecordedItem[]): string[] {
  return editorsOf(planReplay(revisions, items));
}

export function editorsOf(plan: ReplayPlan): string[] {
  const logins = new Set<string>();
  for (const c of plan.changes) {
    const rule = plan.manual.get(c.id)?.approvers;
    for (const login of [c.login, ...(c.across ?? [])]) if (needsFacts(login, rule)) logins.add(login);
  }
  return [...logins].sort();
}

/**
 * Replays the comment's history from the last record Preflight wrote: each person's box changes count
 * when that person may tick the item, Preflight's own resets apply where they were made, and nothing
 * written in the live body by anyone else is believed.
 */
export function replayTicks(
  revisions: readonly Revision[],
  items: readonly RecordedItem[],
  facts: ReadonlyMap<string, ActorFacts>,
  offset = 0,
): Replayed {
  return replay(planReplay(revisions, items, offset), facts);
}

export function replay(plan: ReplayPlan, facts: ReadonlyMap<string, ActorFacts>): Replayed {
  const { revisions, base, manual, start, changes, offset } = plan;
  const ticks: Record<string, Tick> = {};
  for (const id of manual.keys()) ticks[id] = { checked: false, by: '', at: '' };
  const out: Replayed = {
    ticks,
    record: base.record,
    seen: offset + revisions.length,
    accepted: [],
    rejected: [],
    problems: [...base.problems],
  };
  if (plan.unreachable) {
    out.unreachable = true;
    out.problems.push(
      `no revision Preflight wrote with a trusted record is among the newest ${revisions.length} of the comment's ${offset + revisions.length} revisions, so no tick can be trusted: delete this comment and the next pull request run writes a new one`,
    );
  }
  if (!base.record) return out;
  for (const [id, tick] of Object.entries(base.record.ticks)) if (manual.has(id)) ticks[id] = { ...tick };
  // Walk the revisions in order so resets and people's changes apply where they happened.
  let next = 0;
  for (let i = start; i < revisions.length; i += 1) {
    const rev = revisions[i];
    if (rev?.byPreflight && rev.body !== null) {
      const rec = offset + i === base.index ? base.record : decodeRecord(rev.body);
      for (const action of rec?.actions ?? [])
        for (const id of action.ids) if (ticks[id]) ticks[id] = { checked: false, by: '', at: rev.at };
      continue;
    }
    for (; next < changes.length && (changes[next] as BoxChange).index === i; next += 1) {
      const change = changes[next] as BoxChange;
      const rule = manual.get(change.id)?.approvers;
      const verdict =
        acrossVerdict(change, rule, facts) ?? mayTick(change.login, rule, facts.get(change.login));
      if (verdict.allowed) {
        ticks[change.id] = { checked: change.checked, by: change.login, at: change.at };
        out.accepted.push(change);
      } else
        out.rejected.push({
          ...change,
          why: verdict.why,
          ...(verdict.needsToken ? { needsToken: true } : {}),
        });
    }
  }
  return out;
}

/** A change seen across deleted revisions counts only if each person who may have made it was allowed to. */
function acrossVerdict(
  change: BoxChange,
  rule: RecordedItem['approvers'],
  facts: ReadonlyMap<string, ActorFacts>,
): Verdict | undefined {
  for (const login of change.across ?? []) {
    const verdict = mayTick(login, rule, facts.get(login));
    if (!verdict.allowed)
      return {
        allowed: false,
        why: `a revision by ${login} just before it was deleted from the comment's history, and ${login} may not change this item (${verdict.why})`,
      };
  }
  return undefined;
}

/** No comment yet: nothing replayed. */
export const NO_HISTORY: Replayed = { ticks: {}, seen: 0, accepted: [], rejected: [], problems: [] };
