/** REST shapes of commit statuses, combined statuses and check runs (with the GitHub Actions app). */
import { legacyNodeId } from './ids.js';
import type { CheckRunRecord, StatusRecord, StatusState } from './records.js';
import { restRepository } from './shapes-repo.js';
import type { DoubleState } from './state.js';
import { restUser } from './users.js';

/** The GitHub Actions app: what `app` says on check runs created with the GITHUB_TOKEN. */
export const ACTIONS_APP = { id: 15368, slug: 'github-actions', ownerId: 9919 };

export function restStatus(s: DoubleState, status: StatusRecord): Record<string, unknown> {
  const creator = restUser(s.urls, status.creator);
  return {
    url: `${s.urls.api}/repos/${s.fullName}/statuses/${status.sha}`,
    avatar_url: creator.avatar_url,
    id: status.id,
    node_id: status.nodeId,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    creator,
  };
}

export function restCombinedStatus(
  s: DoubleState,
  sha: string,
  state: StatusState,
  page: StatusRecord[],
  total: number,
) {
  return {
    state,
    statuses: page.map((status) => {
      const shape = restStatus(s, status);
      delete shape.creator; // the combined status lists statuses without their creator
      return shape;
    }),
    sha,
    total_count: total,
    repository: restRepository(s.urls, s.repo),
    commit_url: `${s.urls.api}/repos/${s.fullName}/commits/${sha}`,
    url: `${s.urls.api}/repos/${s.fullName}/commits/${sha}/status`,
  };
}

function actionsApp(s: DoubleState): Record<string, unknown> {
  const owner = s.accounts.get('github', 'Organization');
  return {
    id: ACTIONS_APP.id,
    slug: ACTIONS_APP.slug,
    node_id: legacyNodeId('App', ACTIONS_APP.id),
    owner: {
      ...restUser(s.urls, owner),
      id: ACTIONS_APP.ownerId,
      node_id: legacyNodeId('Organization', 9919),
    },
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${s.urls.web}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      actions: 'write',
      checks: 'write',
      contents: 'write',
      issues: 'write',
      metadata: 'read',
      pull_requests: 'write',
      statuses: 'write',
    },
    events: ['check_run', 'check_suite', 'pull_request', 'push', 'workflow_dispatch'],
  };
}

export function restCheckRun(s: DoubleState, run: CheckRunRecord): Record<string, unknown> {
  const url = `${s.urls.api}/repos/${s.fullName}/check-runs/${run.id}`;
  const pulls = s.issues.pulls().filter((p) => p.state === 'open' && p.headSha === run.headSha && !p.fork);
  const repoRef = { id: s.repo.id, url: `${s.urls.api}/repos/${s.fullName}`, name: s.repo.name };
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: run.nodeId,
    external_id: run.externalId,
    url,
    html_url: `${s.urls.web}/${s.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${s.urls.web}/${s.fullName}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotationsCount,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.suiteId },
    app: actionsApp(s),
    pull_requests: pulls.map((p) => ({
      url: `${s.urls.api}/repos/${s.fullName}/pulls/${p.number}`,
      id: p.pullId,
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: repoRef },
      base: { ref: p.baseRef, sha: p.baseSha, repo: repoRef },
    })),
  };
}
