import type { GateRecord, RecordedItem } from './record.js';

/** Kinds that execute code from the repository: never run in a privileged run. */
export const EXECUTING_KINDS: ReadonlySet<string> = new Set(['command']);

/**
 * A privileged run (a merge queue's) does not execute the pull request's code: items of executing kinds
 * keep the result the pull request's own run recorded for its head. Without one, they stay `error`
 * with a summary that says why. Pure.
 */
export function carryExecutingResults(
  items: readonly RecordedItem[],
  record: GateRecord | undefined,
  headSha: string,
): RecordedItem[] {
  const recorded =
    record?.results?.headSha === headSha ? new Map(record.items.map((i) => [i.id, i])) : undefined;
  return items.map((item) => {
    if (!item.kind || !EXECUTING_KINDS.has(item.kind)) return item;
    const earlier = recorded?.get(item.id);
    if (earlier && earlier.kind === item.kind)
      return { ...item, status: earlier.status, summary: `${earlier.summary} (from the pull request's run)` };
    return {
      ...item,
      status: 'error',
      summary: `not run here (a privileged run executes nothing); the pull request's own run has not recorded it for ${headSha.slice(0, 7)}`,
    };
  });
}
