import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** The live state of a pull request, read from the API (never from a replayed payload). */
export interface PullRequestState {
  number: number;
  title: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft: boolean;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  isCrossRepository: boolean;
  author: string;
  labels: string[];
}

/** The one query for a pull request's live state (the API double answers exactly this). */
export const PULL_REQUEST_QUERY = `query PullRequestState($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number title state isDraft merged
      headRefOid headRefName baseRefOid baseRefName isCrossRepository
      author { login }
      labels(first: 100) { nodes { name } }
    }
  }
}`;

interface Answer {
  repository: {
    pullRequest: {
      number: number;
      title: string;
      state: 'OPEN' | 'CLOSED' | 'MERGED';
      isDraft: boolean;
      headRefOid: string;
      headRefName: string;
      baseRefOid: string;
      baseRefName: string;
      isCrossRepository: boolean;
      author: { login: string } | null;
      labels: { nodes: Array<{ name: string } | null> | null } | null;
    } | null;
  } | null;
}

export async function readPullRequest(gh: GitHub, ref: RepoRef, number: number): Promise<PullRequestState> {
  const answer = await gh.graphql<Answer>(PULL_REQUEST_QUERY, { owner: ref.owner, name: ref.repo, number });
  const pr = answer.repository?.pullRequest;
  if (!pr) throw new Error(`pull request #${number} was not found in ${ref.owner}/${ref.repo}`);
  return {
    number: pr.number,
    title: pr.title,
    state: pr.state,
    isDraft: pr.isDraft,
    headSha: pr.headRefOid,
    headRef: pr.headRefName,
    baseSha: pr.baseRefOid,
    baseRef: pr.baseRefName,
    isCrossRepository: pr.isCrossRepository,
    author: pr.author?.login ?? '',
    labels: (pr.labels?.nodes ?? []).flatMap((l) => (l ? [l.name] : [])),
  };
}
