import type { CheckRunResult, StatusResult } from '../../github/check-results.js';
import { nameMatcher } from './pull-context.js';

export interface ChecksVerdict {
  passed: string[];
  failed: Array<{ name: string; result: string }>;
  running: string[];
  /** Left out: Preflight's own status, the `ignore` list, and unfinished runs of the current workflow run. */
  ignored: string[];
}

export interface ChecksOptions {
  /** Preflight's own status context. */
  ownContext: string;
  ignore: string[];
  /** GITHUB_RUN_ID: check runs of this workflow run that are not finished yet are the job running Preflight. */
  runId?: string;
}

const PASSING_CONCLUSIONS = new Set(['success', 'neutral', 'skipped']);

/** Whether a check run's links point into the given workflow run (`.../actions/runs/{id}/job/...`). */
function belongsToRun(run: CheckRunResult, runId: string): boolean {
  const marker = `/actions/runs/${runId}/`;
  return [run.detailsUrl, run.htmlUrl].some((url) => url.includes(marker));
}

/**
 * Sorts every check run and status on the head into passed, failed, still running and ignored. Check runs
 * pass on success, neutral or skipped; statuses only on success; `pending` and unfinished runs are running.
 * Each list is sorted by name, so summaries do not depend on the order GitHub answers in.
 */
export function judgeChecks(
  runs: CheckRunResult[],
  statuses: StatusResult[],
  options: ChecksOptions,
): ChecksVerdict {
  const ignoredName = nameMatcher(options.ignore);
  const own = options.ownContext.toLowerCase();
  const verdict: ChecksVerdict = { passed: [], failed: [], running: [], ignored: [] };
  for (const run of runs) {
    const finished = run.status === 'completed';
    if (ignoredName(run.name) || (!finished && options.runId && belongsToRun(run, options.runId))) {
      verdict.ignored.push(run.name);
    } else if (!finished) verdict.running.push(run.name);
    else if (PASSING_CONCLUSIONS.has(run.conclusion ?? '')) verdict.passed.push(run.name);
    else verdict.failed.push({ name: run.name, result: run.conclusion ?? 'no conclusion' });
  }
  for (const status of statuses) {
    if (status.context.toLowerCase() === own || ignoredName(status.context))
      verdict.ignored.push(status.context);
    else if (status.state === 'pending') verdict.running.push(status.context);
    else if (status.state === 'success') verdict.passed.push(status.context);
    else verdict.failed.push({ name: status.context, result: status.state });
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });
  for (const list of [verdict.passed, verdict.running, verdict.ignored]) list.sort(byName);
  verdict.failed.sort((a, b) => byName(a.name, b.name));
  return verdict;
}
