import { plural } from '../checks/wording.js';
import type { RecordedItem, Tick } from './record.js';

export type CommitState = 'success' | 'pending' | 'failure' | 'error';

export interface GateInput {
  items: readonly RecordedItem[];
  ticks: Readonly<Record<string, Tick>>;
  applies: { yes: boolean; reason?: string };
  /** Whether the automated results are for the head commit being gated. */
  resultsCurrent: boolean;
  /** The head whose own run the gate waits for, when its results are not in. */
  waitingFor?: string;
}

/** What a phase's decision says: the commit status to set and the items that keep it from success. */
export interface PhaseDecision {
  state: CommitState;
  /** At most 140 characters, as GitHub requires. */
  description: string;
  done: number;
  total: number;
  /** The phase's required automated items that failed or errored. */
  failing: string[];
  /** The phase's required manual items not ticked yet. */
  toTick: string[];
}

export interface GateDecision extends PhaseDecision {
  /** Required automated items without a result for this head. */
  waiting: string[];
}

export const MAX_DESCRIPTION = 140;

/** The commit status that follows from the results and the trusted ticks. Pure. */
export function decideGate(input: GateInput): GateDecision {
  if (!input.applies.yes) {
    const reason = input.applies.reason ?? 'this pull request is not gated';
    const none = { done: 0, total: 0, failing: [], toTick: [], waiting: [] };
    return { state: 'success', description: clip(`Checklist does not apply: ${reason}`), ...none };
  }
  // After-deploy items never block the merge: the deployment run has its own status for them.
  const counted = input.items.filter((i) => i.status !== 'skipped' && i.phase !== 'after-deploy');
  const failing: string[] = [];
  const toTick: string[] = [];
  const waiting: string[] = [];
  let done = 0;
  for (const item of counted) {
    if (!item.kind) {
      if (input.ticks[item.id]?.checked) done += 1;
      else if (item.required) toTick.push(item.id);
    } else if (!input.resultsCurrent) {
      if (item.required) waiting.push(item.id);
    } else if (item.status === 'pass') done += 1;
    else if (item.required && (item.status === 'fail' || item.status === 'error')) failing.push(item.id);
  }
  const total = counted.length;
  const progress = `${done}/${total} done`;
  const lists = { done, total, failing, toTick, waiting };
  if (failing.length > 0) {
    const what = `${plural(failing.length, 'required check')} failing: ${failing.join(', ')}`;
    return { state: 'failure', description: clip(`${progress}; ${what}`), ...lists };
  }
  if (waiting.length > 0 || toTick.length > 0) {
    const parts = [progress];
    if (toTick.length > 0) parts.push(`${plural(toTick.length, 'item')} to tick`);
    if (waiting.length > 0)
      parts.push(
        input.waitingFor
          ? `waiting for the run of ${input.waitingFor.slice(0, 7)}`
          : 'waiting for automated results',
      );
    return { state: 'pending', description: clip(parts.join('; ')), ...lists };
  }
  return { state: 'success', description: clip(`${progress}; every required item is done`), ...lists };
}

/** When the trusted history cannot be read, nothing can be decided: the status is `error`, never a guess. */
export function cannotDecide(input: GateInput, why: string): GateDecision {
  const total = input.items.filter((i) => i.status !== 'skipped' && i.phase !== 'after-deploy').length;
  return {
    state: 'error',
    description: clip(why),
    done: 0,
    total,
    failing: [],
    toTick: [],
    waiting: [],
  };
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
