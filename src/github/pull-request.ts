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
  /**
   * The latest status of the gate's own context on the live head, with who set it; absent when the head
   * has none (or the query could not tell which commit is the head).
   */
  headStatus?: { state: string; creator: string; createdAt: string };
}

/**
 * The one query for a pull request's live state (the API double answers exactly this). The head commit's
 * status comes with it as GitHub's CLI reads it (`commits(last: 1)`, the pull request's last commit, in the
 * base repository, so also for a fork); `Status.context(name:)` is the latest status of that context, and
 * `StatusContext.creator` the actor that set it (GraphQL reference, "StatusContext").
 */
export const PULL_REQUEST_QUERY = `query PullRequestState($owner: String!, $name: String!, $number: Int!, $context: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number title state isDraft merged
      headRefOid headRefName baseRefOid baseRefName isCrossRepository
      author { login }
      labels(first: 100) { nodes { name } }
      commits(last: 1) { nodes { commit { oid status { context(name: $context) { state createdAt creator { login } } } } } }
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
      commits: {
        nodes: Array<{
          commit: {
            oid: string;
            status: {
              context: { state: string; createdAt: string; creator: { login: string } | null } | null;
            } | null;
          };
        } | null> | null;
      } | null;
    } | null;
  } | null;
}

export async function readPullRequest(
  gh: GitHub,
  ref: RepoRef,
  number: number,
  statusContext: string,
): Promise<PullRequestState> {
  const answer = await gh.graphql<Answer>(PULL_REQUEST_QUERY, {
    owner: ref.owner,
    name: ref.repo,
    number,
    context: statusContext,
  });
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
    headStatus: headStatus(pr),
  };
}

function headStatus(pr: NonNullable<NonNullable<Answer['repository']>['pullRequest']>) {
  const last = pr.commits?.nodes?.at(-1)?.commit;
  const status = last?.oid === pr.headRefOid ? last.status?.context : undefined;
  if (!status) return undefined;
  return { state: status.state, creator: status.creator?.login ?? '', createdAt: status.createdAt };
}
