import { plural } from '../checks/wording.js';
import { MAX_DESCRIPTION, type PhaseDecision } from './decide.js';
import type { DeployRecord, ReleaseOutcome } from './deploy-record.js';
import type { RecordedItem, Tick } from './record.js';

export interface DeployDecision extends PhaseDecision {
  /** Held items that pass but must keep passing until `until`. */
  watching: Array<{ id: string; until: string }>;
  /** Set once the phase is over: every required item done, or one failed. */
  outcome?: ReleaseOutcome;
}

export function afterDeployItems(items: readonly RecordedItem[]): RecordedItem[] {
  return items.filter((i) => i.phase === 'after-deploy');
}

/** When a held item may count as done: its hold after the deployment. */
export function holdUntil(deployedAt: string, holdForMs: number): string {
  const t = Date.parse(deployedAt);
  return new Date((Number.isNaN(t) ? 0 : t) + holdForMs).toISOString();
}

/**
 * The after-deploy phase's state, for the second status: before any deployment it waits; a failed
 * deployment or a failing required item fails it (the release record says FAILED); it succeeds when every
 * required item is done and every hold has passed. Pure.
 */
export function decideDeploy(
  items: readonly RecordedItem[],
  ticks: Readonly<Record<string, Tick>>,
  deploy: DeployRecord | undefined,
  now: string,
): DeployDecision {
  const counted = afterDeployItems(items).filter((i) => i.status !== 'skipped');
  const total = counted.length;
  const none = { done: 0, total, failing: [], toTick: [], watching: [] };
  if (!deploy) return { state: 'pending', description: 'Waiting for the deployment', ...none };
  if (deploy.deploymentFailed)
    return {
      state: 'failure',
      description: clip(`The deployment to ${deploy.environment} failed: ${deploy.deploymentFailed}`),
      ...none,
      outcome: 'FAILED',
    };
  const failing: string[] = [];
  const toTick: string[] = [];
  const watching: Array<{ id: string; until: string }> = [];
  let done = 0;
  for (const item of counted) {
    if (!item.kind) {
      if (ticks[item.id]?.checked) done += 1;
      else if (item.required) toTick.push(item.id);
    } else if (item.status === 'pass') {
      const until = item.holdForMs ? holdUntil(deploy.at, item.holdForMs) : undefined;
      if (until && until > now) {
        if (item.required) watching.push({ id: item.id, until });
      } else done += 1;
    } else if (item.required && (item.status === 'fail' || item.status === 'error')) failing.push(item.id);
  }
  const progress = `${done}/${total} done after deploy`;
  const lists = { done, total, failing, toTick, watching };
  if (failing.length > 0) {
    const what = `${plural(failing.length, 'after-deploy check')} failing: ${failing.join(', ')}`;
    return { state: 'failure', description: clip(`${progress}; ${what}`), ...lists, outcome: 'FAILED' };
  }
  if (toTick.length > 0 || watching.length > 0) {
    const parts = [progress];
    if (toTick.length > 0) parts.push(`${plural(toTick.length, 'item')} to tick`);
    if (watching.length > 0) {
      const last = watching
        .map((w) => w.until)
        .sort()
        .at(-1) as string;
      parts.push(`watching until ${last.slice(0, 16).replace('T', ' ')} UTC`);
    }
    return { state: 'pending', description: clip(parts.join('; ')), ...lists };
  }
  return {
    state: 'success',
    description: clip(`${progress}; every after-deploy item is done`),
    ...lists,
    outcome: 'SUCCESSFUL',
  };
}

function clip(text: string): string {
  return text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`;
}
