/** The public interface of the GitHub double (what `startGitHubDouble` returns). */
import type { FaultSpec, Hold } from './faults.js';
import type { FileChange, ReviewRecord, Role } from './records.js';
import type { RecordedRequest } from './server.js';
import type { NewPullRequest } from './store-issues.js';

export type Json = Record<string, unknown>;
/** A comment as the REST API returns it (the fields tests use most are typed). */
export type CommentJson = Json & {
  id: number;
  node_id: string;
  body: string;
  created_at: string;
  updated_at: string;
  user: Json & { login: string };
};
export type RequestFilter = Partial<RecordedRequest> | ((request: RecordedRequest) => boolean);

export interface GitHubDouble {
  /** Base URL: what GITHUB_API_URL is set to. */
  readonly url: string;
  /** What GITHUB_GRAPHQL_URL is set to: `${url}/graphql`, or `ORIGIN/api/graphql` when laid out as GHES. */
  readonly graphqlUrl: string;
  /** What GITHUB_SERVER_URL is set to: where the `html_url`s point. */
  readonly webUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly defaultBranch: string;
  /** The commit the default branch points at (a known commit, so statuses and contents work there). */
  readonly defaultBranchSha: string;
  /** A copy of the violations recorded so far. */
  readonly violations: string[];
  assertNoViolations(): void;
  /** Returns the violations and forgets them (for tests that provoke one on purpose). */
  takeViolations(): string[];
  /** Every request so far, in arrival order (status 0 while still in progress). */
  readonly requests: RecordedRequest[];
  resetRequests(): void;
  count(filter?: RequestFilter): number;
  stop(): Promise<void>;

  setTokenMode(mode: 'write' | 'read-only'): void;
  failNext(fault: FaultSpec): void;
  hold(match: { method: string; route: string }): Hold;
  /** Forgets pending faults and releases every hold. */
  clearFaults(): void;

  addPullRequest(pull: NewPullRequest): Json;
  pushTo(number: number, newHeadSha: string): void;
  setLabels(number: number, labels: string[]): void;
  /** The pull request as `GET /pulls/{n}` returns it. */
  pullRequest(number: number): Json;
  closePullRequest(number: number, options?: { merged?: boolean }): void;
  /**
   * Merges the pull request as GitHub's merge button does: a merge commit whose first parent is the base
   * branch's tip, the base branch moved to it, the pull request closed and merged with `merge_commit_sha`.
   */
  mergePullRequest(number: number, mergeCommitSha: string): void;
  addIssue(
    number: number,
    issue?: { title?: string; body?: string; author?: string; labels?: string[] },
  ): void;
  addReview(
    number: number,
    review: { user: string; state: ReviewRecord['state']; body?: string; commitId?: string },
  ): void;
  setFiles(number: number, files: FileChange[]): void;
  setBranch(name: string, sha: string): void;
  addCommit(sha: string, parent?: string): void;
  setPermission(login: string, role: Role): void;
  /** Whether the token can read organization membership: false (the GITHUB_TOKEN) until set. */
  setOrgMembersReadable(readable: boolean): void;
  /**
   * A custom repository role (organization-owned repositories): `name` is what `role_name` reports, `base`
   * the built-in role it inherits from, which `permission` reports in its legacy form.
   */
  setCustomRole(login: string, name: string, base: 'read' | 'triage' | 'write' | 'maintain'): void;
  /** Requests with this token act as `login` (a GitHub App installation token acts as `<slug>[bot]`). */
  setTokenIdentity(token: string, login: string): void;
  /**
   * The state a required status check sees for `context` on a commit: the latest such status, counting
   * only those `source` set when the rule names a source app; 'expected' when there is none.
   */
  requiredStatus(sha: string, context: string, source?: string): string;
  addTeamMember(org: string, teamSlug: string, login: string): void;
  addComment(number: number, comment: { author: string; body: string }): CommentJson;
  comments(number: number): CommentJson[];
  editCommentAs(
    commentId: number,
    login: string,
    newBody: string,
  ): { from: string; to: string; comment: CommentJson };
  /** GitHub's edit history of a comment, oldest first (empty if never edited). */
  commentEdits(
    commentId: number,
  ): Array<{ editor: string; editedAt: string; diff: string | null; deletedAt: string | null }>;
  /**
   * Deletes revision `position` (0 is the creation entry) from a comment's history as `login`. GitHub lets
   * the comment's author and people with write access do that; anyone else is refused (an Error here).
   */
  deleteCommentRevision(commentId: number, position: number, login: string): void;
  statuses(sha: string): Json[];
  checkRuns(sha: string): Json[];
  putFile(ref: string, path: string, content: string | Buffer): void;

  pullRequestEvent(
    action:
      | 'opened'
      | 'synchronize'
      | 'reopened'
      | 'edited'
      | 'labeled'
      | 'unlabeled'
      | 'ready_for_review'
      | 'closed',
    number: number,
    options?: { sender?: string; before?: string; label?: string; changes?: Json },
  ): Json;
  issueCommentEvent(
    action: 'created' | 'edited' | 'deleted',
    options: { commentId: number; sender?: string; fromBody?: string },
  ): Json;
  issueCommentEventOnPlainIssue(
    action: 'created' | 'edited' | 'deleted',
    options?: { commentId?: number; sender?: string; fromBody?: string; body?: string },
  ): Json;
  mergeGroupEvent(group: {
    headSha: string;
    headRef: string;
    baseSha: string;
    baseRef: string;
    sender?: string;
  }): Json;
  /** A `deployment_status` payload (GitHub's example, filled with this repository and the deployment given). */
  deploymentStatusEvent(deployment: {
    sha: string;
    environment?: string;
    state?: 'success' | 'failure' | 'error' | 'in_progress' | 'pending' | 'queued' | 'inactive';
    environmentUrl?: string;
    creator?: string;
    ref?: string;
    id?: number;
  }): Json;
  /** A `push` payload for a tag or branch (GitHub's example, filled with this repository). */
  pushEvent(push: { ref: string; after: string; before?: string; pusher?: string; deleted?: boolean }): Json;
  workflowDispatchEvent(options?: { ref?: string; inputs?: Json; sender?: string; workflow?: string }): Json;
  scheduleEvent(options?: { cron?: string; workflow?: string }): Json;
}
