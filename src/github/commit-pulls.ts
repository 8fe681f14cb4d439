import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** A pull request a commit belongs to, as `GET /repos/{owner}/{repo}/commits/{sha}/pulls` lists it. */
export interface CommitPull {
  number: number;
  state: string;
  merged: boolean;
  mergeCommitSha?: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  title: string;
  htmlUrl: string;
}

/**
 * The pull requests associated with a commit: for a commit on the default branch, the merged one that
 * introduced it; otherwise the open and merged ones whose head holds it (GitHub's docs, "List pull requests
 * associated with a commit"). One page of 30 is enough: a commit belongs to few pull requests.
 */
export async function pullsForCommit(gh: GitHub, ref: RepoRef, sha: string): Promise<CommitPull[]> {
  const r = await gh.rest.repos.listPullRequestsAssociatedWithCommit({
    ...ref,
    commit_sha: sha,
    per_page: 30,
  });
  return r.data.map((p) => ({
    number: p.number,
    state: p.state,
    merged: Boolean(p.merged_at),
    mergeCommitSha: p.merge_commit_sha ?? undefined,
    headSha: p.head.sha,
    headRef: p.head.ref,
    baseSha: p.base.sha,
    baseRef: p.base.ref,
    title: p.title,
    htmlUrl: p.html_url,
  }));
}

/** The release pull request of a deployed commit: the one it merged as, else the one whose head it is. */
export function releasePull(pulls: readonly CommitPull[], sha: string): CommitPull | undefined {
  return (
    pulls.find((p) => p.merged && p.mergeCommitSha === sha) ??
    pulls.find((p) => p.headSha === sha) ??
    pulls.find((p) => p.merged) ??
    pulls[0]
  );
}
