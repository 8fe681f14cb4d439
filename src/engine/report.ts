import type { CheckStatus, Finding } from '../checks/types.js';
import type { SourcePosition } from '../definition/model.js';

/** The result of evaluating a checklist: plain data, written as JSON (see schema/report.schema.json). */

export type ItemStatus = CheckStatus | 'manual';

export interface ItemResult {
  id: string;
  title: string;
  section: string;
  required: boolean;
  /** The check kind; absent for manual items. */
  kind?: string;
  status: ItemStatus;
  summary: string;
  evidence?: Record<string, unknown>;
  findings: Finding[];
  durationMs: number;
  source: SourcePosition;
}

export type GateState = 'pass' | 'fail' | 'pending';

export interface Counts {
  total: number;
  pass: number;
  fail: number;
  error: number;
  skipped: number;
  manual: number;
}

export interface Report {
  schema: 'preflight-report/v1';
  tool: { name: 'preflight'; version: string };
  checklist: { id: string; title: string; files: string[] };
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** pass: every required item is done; fail: a required automated item failed or errored; pending: manual items remain. */
  state: GateState;
  counts: Counts;
  /** Ids of required automated items that failed or errored. */
  blocking: string[];
  sections: Array<{ id: string; title: string }>;
  items: ItemResult[];
  /** On a gate run: the status set, who ticked what, and the sign-off, for audit. */
  gate?: GateAudit;
}

export interface GateAudit {
  context: string;
  headSha: string;
  state: 'success' | 'pending' | 'failure' | 'error';
  description: string;
  commentUrl?: string;
  ticks: Record<string, { checked: boolean; by: string; at: string }>;
  signOff?: {
    at: string;
    headSha: string;
    version?: string;
    ticks: Array<{ id: string; title: string; by: string; at: string }>;
  };
}

export function countResults(items: readonly ItemResult[]): Counts {
  const c: Counts = { total: items.length, pass: 0, fail: 0, error: 0, skipped: 0, manual: 0 };
  for (const i of items) c[i.status] += 1;
  return c;
}

export function decideState(items: readonly ItemResult[]): { state: GateState; blocking: string[] } {
  const blocking = items
    .filter((i) => i.required && (i.status === 'fail' || i.status === 'error'))
    .map((i) => i.id);
  if (blocking.length > 0) return { state: 'fail', blocking };
  const pending = items.some((i) => i.required && i.status === 'manual');
  return { state: pending ? 'pending' : 'pass', blocking };
}
