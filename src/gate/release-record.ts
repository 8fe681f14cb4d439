import { afterDeployItems, type DeployDecision } from './deploy-decide.js';
import type { GateRecord, SignOff, Tick } from './record.js';
import type { ReleaseNotes } from './notes.js';

/**
 * The release record: the seeds' "Deployment Sign-off" (date, deployed by, reviewed by, URL, version,
 * status, notes) with every item's result, as the audit copy a workflow uploads or attaches to the release.
 * Plain data (schema/release-record.schema.json); built from the comment's trusted record. Pure.
 */
export interface ReleaseRecord {
  schema: 'preflight-release/v1';
  status: 'PENDING' | 'SUCCESSFUL' | 'FAILED';
  repository: string;
  pullRequest: { number: number; url?: string };
  checklist: { id: string; title: string };
  deployment: {
    date: string;
    environment: string;
    url?: string;
    commit: string;
    ref?: string;
    trigger: string;
    id?: number;
    failed?: string;
  };
  deployedBy: string;
  reviewedBy: string[];
  version?: string;
  /** When the after-deploy phase closed (done or failed). */
  closedAt?: string;
  notes?: { text: string; by?: string; at?: string };
  items: ReleaseItem[];
  /** Required after-deploy items that failed or errored. */
  failing: string[];
  /** The checklist's rollback section, named when the release FAILED. */
  rollback?: { section: string; title: string; items: Array<{ id: string; title: string }> };
  /** Who signed the merge gate off, and when. */
  mergeSignOff?: SignOff;
}

export interface ReleaseItem {
  id: string;
  title: string;
  section: string;
  phase: 'before-merge' | 'after-deploy';
  required: boolean;
  kind?: string;
  result: 'pass' | 'fail' | 'error' | 'skipped' | 'ticked' | 'unticked';
  summary?: string;
  by?: string;
  at?: string;
}

export function buildReleaseRecord(input: {
  record: GateRecord;
  ticks: Readonly<Record<string, Tick>>;
  decision: DeployDecision;
  repository: string;
  number: number;
  commentUrl?: string;
  notes?: ReleaseNotes;
}): ReleaseRecord | undefined {
  const { record, ticks, decision } = input;
  const deploy = record.deploy;
  if (!deploy) return undefined;
  const items: ReleaseItem[] = record.items.map((i) => {
    const base = {
      id: i.id,
      title: i.title,
      section: i.section,
      phase: i.phase === 'after-deploy' ? ('after-deploy' as const) : ('before-merge' as const),
      required: i.required,
    };
    if (i.kind) {
      const result = i.status === 'manual' ? 'error' : i.status;
      return { ...base, kind: i.kind, result, summary: i.summary };
    }
    if (i.status === 'skipped') return { ...base, result: 'skipped' as const, summary: i.summary };
    const t = ticks[i.id];
    return t?.checked
      ? { ...base, result: 'ticked' as const, by: t.by, at: t.at }
      : { ...base, result: 'unticked' as const };
  });
  const out: ReleaseRecord = {
    schema: 'preflight-release/v1',
    status: deploy.closed?.outcome ?? 'PENDING',
    repository: input.repository,
    pullRequest: { number: input.number, ...(input.commentUrl ? { url: input.commentUrl } : {}) },
    checklist: { id: record.checklistId, title: record.title },
    deployment: {
      date: deploy.at,
      environment: deploy.environment,
      commit: deploy.sha,
      trigger: deploy.trigger,
      ...(deploy.url ? { url: deploy.url } : {}),
      ...(deploy.ref ? { ref: deploy.ref } : {}),
      ...(deploy.deploymentId !== undefined ? { id: deploy.deploymentId } : {}),
      ...(deploy.deploymentFailed ? { failed: deploy.deploymentFailed } : {}),
    },
    deployedBy: deploy.by,
    reviewedBy: [...deploy.reviewedBy],
    items,
    failing: [...decision.failing],
  };
  const version = deploy.version ?? record.version;
  if (version) out.version = version;
  if (deploy.closed) out.closedAt = deploy.closed.at;
  if (deploy.notes) out.notes = { text: deploy.notes };
  else if (input.notes) out.notes = { ...input.notes };
  if (record.signOff) out.mergeSignOff = record.signOff;
  if (out.status === 'FAILED' && record.rollback) {
    const steps = record.items.filter((i) => i.section === record.rollback);
    if (steps.length > 0)
      out.rollback = {
        section: record.rollback,
        title: steps[0]?.sectionTitle ?? record.rollback,
        items: steps.map((i) => ({ id: i.id, title: i.title })),
      };
  }
  return out;
}

/** Whether a record has anything to release: after-deploy items or a deployment. */
export function hasDeployPhase(record: GateRecord): boolean {
  return record.deploy !== undefined || afterDeployItems(record.items).length > 0;
}
