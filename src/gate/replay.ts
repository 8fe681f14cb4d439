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

interface Base {
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
  for (let i = Math.max(1, from); i < revisions.length; i += 1) {
    const rev = revisions[i];
    const prev = revisions[i - 1];
    if (!rev || !prev || rev.byPreflight || rev.body === null || prev.body === null) continue;
    const before = readBoxes(prev.body);
    const after = readBoxes(rev.body);
    for (const [id, checked] of after) {
      if (!ids.has(id) || !before.has(id) || before.get(id) === checked) continue;
      out.push({ index: i, login: rev.editor, id, checked, at: rev.at });
    }
  }
  return out;
}

/** The people whose edits need GitHub's word on their access before they can count. */
export function editorsToAsk(revisions: readonly Revision[], items: readonly RecordedItem[]): string[] {
  const base = trustedBase(revisions);
  const byId = new Map(items.filter((i) => !i.kind).map((i) => [i.id, i]));
  const start = base.record ? Math.min(base.record.seen, base.index) : 0;
  const logins = new Set<string>();
  for (const c of humanChanges(revisions, start, new Set(byId.keys())))
    if (needsFacts(c.login, byId.get(c.id)?.approvers)) logins.add(c.login);
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
  const manual = items.filter((i) => !i.kind);
  const byId = new Map(manual.map((i) => [i.id, i]));
  const base = trustedBase(revisions);
  const ticks: Record<string, Tick> = {};
  for (const item of manual) ticks[item.id] = { checked: false, by: '', at: '' };
  const out: Replayed = {
    ticks,
    record: base.record,
    seen: revisions.length,
    accepted: [],
    rejected: [],
    problems: base.problems,
  };
  if (!base.record) return out;
  for (const [id, tick] of Object.entries(base.record.ticks)) if (byId.has(id)) ticks[id] = { ...tick };
  const start = Math.min(base.record.seen, base.index);
  const ids = new Set(byId.keys());
  const changes = humanChanges(revisions, start, ids);
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
      const verdict = mayTick(change.login, byId.get(change.id)?.approvers, facts.get(change.login));
      if (verdict.allowed) {
        ticks[change.id] = { checked: change.checked, by: change.login, at: change.at };
        out.accepted.push(change);
      } else out.rejected.push({ ...change, why: verdict.why });
    }
  }
  return out;
}
