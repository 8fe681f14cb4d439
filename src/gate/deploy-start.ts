import type { DeployRecord, DeployTrigger } from './deploy-record.js';
import type { RecordedItem } from './record.js';

export interface DeploymentSeen {
  trigger: DeployTrigger;
  sha: string;
  state: string;
  environment: string;
  url?: string;
  by: string;
  at?: string;
  ref?: string;
  deploymentId?: number;
  version?: string;
  reviewedBy: string[];
  notes?: string;
}

const KEEP_EARLIER = 5;

/**
 * The deployment record a deployment run starts from. The same deployment seen again (a re-run, a second
 * status of it) keeps how it closed; another deployment pushes the last one into `earlier`. Pure.
 */
export function startDeploy(
  seen: DeploymentSeen,
  previous: DeployRecord | undefined,
  now: string,
): DeployRecord {
  const at = seen.at ?? now;
  const same =
    previous !== undefined &&
    previous.sha === seen.sha &&
    previous.trigger === seen.trigger &&
    previous.environment === seen.environment &&
    previous.deploymentId === seen.deploymentId &&
    (seen.trigger !== 'deployment_status' || previous.at === at);
  const failed = seen.state === 'failure' || seen.state === 'error';
  const out: DeployRecord = {
    sha: seen.sha,
    environment: seen.environment,
    at: same ? previous.at : at,
    by: seen.by,
    trigger: seen.trigger,
    reviewedBy: seen.reviewedBy,
    checkedAt: now,
  };
  if (seen.url) out.url = seen.url;
  if (seen.ref) out.ref = seen.ref;
  if (seen.version) out.version = seen.version;
  if (seen.deploymentId !== undefined) out.deploymentId = seen.deploymentId;
  if (seen.notes) out.notes = seen.notes;
  if (failed) out.deploymentFailed = `its deployment status is ${seen.state}`;
  if (same && previous.closed) out.closed = previous.closed;
  const earlier = same
    ? previous.earlier
    : previous
      ? [
          ...(previous.earlier ?? []),
          {
            sha: previous.sha,
            at: previous.at,
            environment: previous.environment,
            ...(previous.closed ? { outcome: previous.closed.outcome } : {}),
          },
        ].slice(-KEEP_EARLIER)
      : undefined;
  if (earlier && earlier.length > 0) out.earlier = earlier;
  return out;
}

/**
 * A held item that failed or errored since this deployment stays so: "running without errors for 24 hours"
 * is broken by one failure. Other items take the fresh result. Pure.
 */
export function mergeAfterDeploy(
  recorded: readonly RecordedItem[],
  fresh: ReadonlyMap<string, RecordedItem>,
  sameDeployment: boolean,
): RecordedItem[] {
  return recorded.map((item) => {
    const next = fresh.get(item.id);
    if (!next) return item;
    if (sameDeployment && item.holdForMs && (item.status === 'fail' || item.status === 'error')) return item;
    return next;
  });
}
