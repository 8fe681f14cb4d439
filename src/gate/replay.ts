import { mayTick, needsFacts, type ActorFacts } from './approvers.js';
import { readBoxes } from './boxes.js';
import { decodeRecord, type GateRecord, type RecordedItem, type Tick } from './record.js';

/** One revision of the comment as GitHub's edit history records it, oldest first. */
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
  /** The revision that made it. */
  index: number;
  login: string;
  id: string;
  checked: boolean;
  at: string;
}

export interface Rejected extends BoxChange {
  why: string;
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
}

export interface Base {
  record?: GateRecord;
  index: number;
  problems: string[];
}

/** The last revision Preflight wrote with a readable record: the trusted starting point. */
function trustedBase(revisions: readonly Revision[]): Base {
  for (let i = revisions.length - 1; i >= 0; i -= 1) {
    const r = revisions[i];
    if (!r?.byPreflight) continue;
    if (r.body === null)
      return {
        index: i,
        problems: ["a revision Preflight wrote was deleted from the comment's edit history"],
      };
    const record = decodeRecord(r.body);
    if (record) return { record, index: i, problems: [] };
  }
  return { index: -1, problems: [] };
}

/** Box changes made by people after `from`, each attributed to the editor of the revision that made it. */
export function humanChanges(
  revisions: readonly Revision[],
  from: number,
  ids: ReadonlySet<string>,
): BoxChange[] {
  const out: BoxChange[] = [];
  // Each revision's boxes are read once: as the "after" of one pair and the "before" of the next.
  let before: Map<string, boolean> | undefined;
  for (let i = Math.max(1, from); i < revisions.length; i += 1) {
    const rev = revisions[i];
    const prev = revisions[i - 1];
    const prevBoxes = before ?? (prev?.body != null ? readBoxes(prev.body) : undefined);
    before = rev?.body != null ? readBoxes(rev.body) : undefined;
    if (!rev || rev.byPreflight || !prevBoxes || !before) continue;
    for (const [id, checked] of before) {
      if (!ids.has(id) || !prevBoxes.has(id) || prevBoxes.get(id) === checked) continue;
      out.push({ index: i, login: rev.editor, id, checked, at: rev.at });
    }
  }
  return out;
}

/** What a replay needs, worked out once: the trusted base and the people's box changes since it. */
export interface ReplayPlan {
  revisions: readonly Revision[];
  base: Base;
  manual: ReadonlyMap<string, RecordedItem>;
  start: number;
  changes: BoxChange[];
}

export function planReplay(revisions: readonly Revision[], items: readonly RecordedItem[]): ReplayPlan {
  const base = trustedBase(revisions);
  const manual = new Map(items.filter((i) => !i.kind).map((i) => [i.id, i]));
  const start = base.record ? Math.min(base.record.seen, base.index) : revisions.length;
  const changes = base.record ? humanChanges(revisions, start, new Set(manual.keys())) : [];
  return { revisions, base, manual, start, changes };
}

/** The record Preflight last wrote, as the history keeps it. */
export function latestRecord(revisions: readonly Revision[]): GateRecord | undefined {
  return trustedBase(revisions).record;
}

/** The people whose edits need GitHub's word on their access before they can count. */
export function editorsToAsk(revisions: readonly Revision[], items: readonly RecordedItem[]): string[] {
  return editorsOf(planReplay(revisions, items));
}

export function editorsOf(plan: ReplayPlan): string[] {
  const logins = new Set<string>();
  for (const c of plan.changes)
    if (needsFacts(c.login, plan.manual.get(c.id)?.approvers)) logins.add(c.login);
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
): Replayed {
  return replay(planReplay(revisions, items), facts);
}

export function replay(plan: ReplayPlan, facts: ReadonlyMap<string, ActorFacts>): Replayed {
  const { revisions, base, manual, start, changes } = plan;
  const ticks: Record<string, Tick> = {};
  for (const id of manual.keys()) ticks[id] = { checked: false, by: '', at: '' };
  const out: Replayed = {
    ticks,
    record: base.record,
    seen: revisions.length,
    accepted: [],
    rejected: [],
    problems: base.problems,
  };
  if (!base.record) return out;
  for (const [id, tick] of Object.entries(base.record.ticks)) if (manual.has(id)) ticks[id] = { ...tick };
  // Walk the revisions in order so resets and people's changes apply where they happened.
  let next = 0;
  for (let i = start; i < revisions.length; i += 1) {
    const rev = revisions[i];
    if (rev?.byPreflight && rev.body !== null) {
      const rec = i === base.index ? base.record : decodeRecord(rev.body);
      for (const action of rec?.actions ?? [])
        for (const id of action.ids) if (ticks[id]) ticks[id] = { checked: false, by: '', at: rev.at };
      continue;
    }
    for (; next < changes.length && (changes[next] as BoxChange).index === i; next += 1) {
      const change = changes[next] as BoxChange;
      const verdict = mayTick(change.login, manual.get(change.id)?.approvers, facts.get(change.login));
      if (verdict.allowed) {
        ticks[change.id] = { checked: change.checked, by: change.login, at: change.at };
        out.accepted.push(change);
      } else out.rejected.push({ ...change, why: verdict.why });
    }
  }
  return out;
}

/** No comment yet: nothing replayed. */
export const NO_HISTORY: Replayed = { ticks: {}, seen: 0, accepted: [], rejected: [], problems: [] };
