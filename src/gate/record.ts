import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Approvers } from '../definition/model.js';
import type { DeployRecord } from './deploy-record.js';
import type { ItemStatus } from '../engine/report.js';

/**
 * What Preflight records in each revision of its comment that it writes itself. The copy that counts is
 * the one in GitHub's edit history, attributed to Preflight; a copy edited in the live body is ignored.
 */
export interface GateRecord {
  v: 1;
  checklistId: string;
  title: string;
  /** The head commit this revision was written for. */
  headSha: string;
  /** How many revisions of the comment (the original included) the run that wrote this had replayed. */
  seen: number;
  /** Manual items' trusted state after replaying those revisions, before this revision's own actions. */
  ticks: Record<string, Tick>;
  /** What this revision itself did to ticks, applied at its place in the history. */
  actions: ResetAction[];
  /** The checklist as the last pull-request run resolved it, with automated results for `results.headSha`. */
  items: RecordedItem[];
  results?: { headSha: string; at: string };
  definitions: { from: 'base' | 'head'; sha?: string };
  /** Whether the checklist applies to the PR, and why not. */
  applies: { yes: boolean; reason?: string };
  notes: Note[];
  version?: string;
  signOff?: SignOff;
  /** The id of the section that holds the rollback steps. */
  rollback?: string;
  /** The deployment of this pull request's commit and its after-deploy phase, once a deployment run saw it. */
  deploy?: DeployRecord;
}

export interface Tick {
  checked: boolean;
  /** Login of the person whose edit set this state (empty for the initial unticked state). */
  by: string;
  at: string;
}

export interface ResetAction {
  type: 'reset';
  ids: string[];
  reason: string;
}

export interface RecordedItem {
  id: string;
  title: string;
  section: string;
  sectionTitle: string;
  required: boolean;
  /** Automated items carry their kind and result; manual items have neither. */
  kind?: string;
  status: ItemStatus;
  summary: string;
  approvers?: Approvers;
  resetOnPush: boolean;
  /** Absent: before the merge (it gates the merge status). */
  phase?: 'after-deploy';
  /** Held after-deploy items: how long after the deployment they must keep passing. */
  holdForMs?: number;
}

export interface Note {
  at: string;
  text: string;
}

export interface SignOff {
  at: string;
  headSha: string;
  version?: string;
  ticks: Array<{ id: string; title: string; by: string; at: string }>;
}

const START = '<!-- preflight:record ';
const END = ' -->';

/** The record as a hidden line: compressed JSON in base64, so no text in it can close the comment. */
export function encodeRecord(record: GateRecord): string {
  return `${START}${deflateRawSync(Buffer.from(JSON.stringify(record), 'utf8')).toString('base64')}${END}`;
}

/** The record written in a body, or undefined when there is none or it does not parse. */
export function decodeRecord(body: string): GateRecord | undefined {
  const start = body.lastIndexOf(START);
  if (start < 0) return undefined;
  const end = body.indexOf(END, start + START.length);
  if (end < 0) return undefined;
  try {
    const json: unknown = JSON.parse(
      // A signature (` sig=…`, the hardened setup) follows the payload; see signature.ts.
      inflateRawSync(Buffer.from(body.slice(start + START.length, end).split(' ')[0] ?? '', 'base64'), {
        maxOutputLength: 4 * 1024 * 1024,
      }).toString('utf8'),
    );
    return isRecord(json) ? json : undefined;
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is GateRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Partial<GateRecord>;
  return (
    r.v === 1 &&
    typeof r.checklistId === 'string' &&
    typeof r.headSha === 'string' &&
    typeof r.seen === 'number' &&
    typeof r.ticks === 'object' &&
    r.ticks !== null &&
    Array.isArray(r.actions) &&
    Array.isArray(r.items) &&
    Array.isArray(r.notes)
  );
}
