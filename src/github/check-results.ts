import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** A check run on a commit (the latest one per name). */
export interface CheckRunResult {
  name: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string;
  htmlUrl: string;
  app: string;
}

/** The latest commit status of one context. */
export interface StatusResult {
  context: string;
  state: string;
  description: string;
}

/** At most this many pages of 100 are read, for check runs and for statuses alike. */
const MAX_RESULT_PAGES = 10;

/** The latest check run per name on `sha` (`GET /commits/{ref}/check-runs`, filter=latest). */
export async function listCheckRuns(
  gh: GitHub,
  ref: RepoRef,
  sha: string,
  signal?: AbortSignal,
): Promise<{ runs: CheckRunResult[]; truncated: boolean }> {
  const runs: CheckRunResult[] = [];
  for (let page = 1; page <= MAX_RESULT_PAGES; page++) {
    const r = await gh.rest.checks.listForRef({
      ...ref,
      ref: sha,
      filter: 'latest',
      per_page: 100,
      page,
      request: { signal },
    });
    for (const run of r.data.check_runs) {
      runs.push({
        name: run.name,
        status: run.status,
        conclusion: run.conclusion,
        detailsUrl: run.details_url ?? '',
        htmlUrl: run.html_url ?? '',
        app: run.app?.slug ?? '',
      });
    }
    if (r.data.check_runs.length < 100 || runs.length >= r.data.total_count) {
      return { runs, truncated: false };
    }
  }
  return { runs, truncated: true };
}

/** The latest status per context on `sha` (`GET /commits/{ref}/status`, the combined status). */
export async function listStatuses(
  gh: GitHub,
  ref: RepoRef,
  sha: string,
  signal?: AbortSignal,
): Promise<{ statuses: StatusResult[]; truncated: boolean }> {
  const statuses: StatusResult[] = [];
  for (let page = 1; page <= MAX_RESULT_PAGES; page++) {
    const r = await gh.rest.repos.getCombinedStatusForRef({
      ...ref,
      ref: sha,
      per_page: 100,
      page,
      request: { signal },
    });
    for (const status of r.data.statuses) {
      statuses.push({ context: status.context, state: status.state, description: status.description ?? '' });
    }
    if (r.data.statuses.length < 100 || statuses.length >= r.data.total_count) {
      return { statuses, truncated: false };
    }
  }
  return { statuses, truncated: true };
}
