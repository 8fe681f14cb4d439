/** REST shapes of labels, issues, comments, pull requests, reviews and changed files. */
import { createHash } from 'node:crypto';
import { fakeSha, legacyNodeId, nodeId } from './ids.js';
import type { CommentRecord, FileChange, IssueRecord, PullRecord, ReviewRecord } from './records.js';
import { restRepository } from './shapes-repo.js';
import type { DoubleState } from './state.js';
import { isPull } from './store-issues.js';
import { restUser } from './users.js';

const EXTRA_IN_FULL_PULL = [
  'merged',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'merged_by',
  'comments',
  'review_comments',
  'maintainer_can_modify',
  'commits',
  'additions',
  'deletions',
  'changed_files',
];

function repoApi(s: DoubleState): string {
  return `${s.urls.api}/repos/${s.fullName}`;
}

export function restLabel(s: DoubleState, name: string): Record<string, unknown> {
  const id = 5_000_000_000 + (parseInt(createHash('sha1').update(name).digest('hex').slice(0, 8), 16) % 1e9);
  return {
    id,
    node_id: nodeId('LA', s.repo.id, id),
    url: `${repoApi(s)}/labels/${encodeURIComponent(name)}`,
    name,
    description: '',
    color: createHash('sha1').update(`color:${name}`).digest('hex').slice(0, 6),
    default: false,
  };
}

function reactions(url: string): Record<string, unknown> {
  return {
    url: `${url}/reactions`,
    total_count: 0,
    '+1': 0,
    '-1': 0,
    laugh: 0,
    hooray: 0,
    confused: 0,
    heart: 0,
    rocket: 0,
    eyes: 0,
  };
}

/** REST `issue` (pull requests are issues too: they carry `pull_request` links). */
export function restIssue(s: DoubleState, issue: IssueRecord | PullRecord): Record<string, unknown> {
  const url = `${repoApi(s)}/issues/${issue.number}`;
  const web = `${s.urls.web}/${s.fullName}`;
  const pull = isPull(issue) ? issue : undefined;
  return {
    url,
    repository_url: repoApi(s),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${web}/${pull ? 'pull' : 'issues'}/${issue.number}`,
    id: issue.id,
    node_id: issue.nodeId,
    number: issue.number,
    title: issue.title,
    user: restUser(s.urls, issue.author),
    labels: issue.labels.map((name) => restLabel(s, name)),
    state: issue.state,
    locked: false,
    assignee: null,
    assignees: [],
    milestone: null,
    comments: s.comments.forIssue(issue.number).length,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: s.association(issue.author),
    active_lock_reason: null,
    body: issue.body,
    reactions: reactions(url),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: null,
    ...(pull
      ? {
          draft: pull.draft,
          pull_request: {
            url: `${repoApi(s)}/pulls/${pull.number}`,
            html_url: `${web}/pull/${pull.number}`,
            diff_url: `${web}/pull/${pull.number}.diff`,
            patch_url: `${web}/pull/${pull.number}.patch`,
            merged_at: pull.mergedAt,
          },
        }
      : {}),
  };
}

export function restComment(s: DoubleState, comment: CommentRecord): Record<string, unknown> {
  const url = `${repoApi(s)}/issues/comments/${comment.id}`;
  const issue = s.issues.issue(comment.issueNumber);
  const kind = issue && isPull(issue) ? 'pull' : 'issues';
  return {
    url,
    html_url: `${s.urls.web}/${s.fullName}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${repoApi(s)}/issues/${comment.issueNumber}`,
    id: comment.id,
    node_id: comment.nodeId,
    user: restUser(s.urls, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: s.association(comment.author),
    body: comment.body,
    reactions: reactions(url),
    performed_via_github_app: null,
  };
}

function branchEnd(s: DoubleState, pull: PullRecord, side: 'head' | 'base'): Record<string, unknown> {
  const fromFork = side === 'head' && pull.fork;
  const owner = fromFork ? pull.author : s.repo.owner;
  const forkId = s.repo.id + pull.author.id;
  const repo = fromFork
    ? { ...s.repo, owner: pull.author, id: forkId, fork: true, nodeId: legacyNodeId('Repository', forkId) }
    : s.repo;
  const ref = side === 'head' ? pull.headRef : pull.baseRef;
  return {
    label: `${owner.login}:${ref}`,
    ref,
    sha: side === 'head' ? pull.headSha : pull.baseSha,
    user: restUser(s.urls, owner),
    repo: restRepository(s.urls, repo),
  };
}

/** REST `pull-request` (the full object of `GET /pulls/{n}`). */
export function restPull(s: DoubleState, pull: PullRecord): Record<string, unknown> {
  const url = `${repoApi(s)}/pulls/${pull.number}`;
  const issueUrl = `${repoApi(s)}/issues/${pull.number}`;
  const html = `${s.urls.web}/${s.fullName}/pull/${pull.number}`;
  const files = pull.files.map(withCounts);
  const open = pull.state === 'open';
  return {
    url,
    id: pull.pullId,
    node_id: pull.pullNodeId,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi(s)}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoApi(s)}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: restUser(s.urls, pull.author),
    body: pull.body,
    labels: pull.labels.map((name) => restLabel(s, name)),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    // "merge_commit_sha: … after merging, the SHA of the merge commit, squashed commit or rebased head on the
    // base branch" (docs: "Get a pull request"); before, the test merge commit's.
    merge_commit_sha:
      pull.mergeCommitSha ?? (open ? fakeSha(`merge:${pull.number}:${pull.headSha}:${pull.baseSha}`) : null),
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchEnd(s, pull, 'head'),
    base: branchEnd(s, pull, 'base'),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoApi(s)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoApi(s)}/statuses/${pull.headSha}` },
    },
    author_association: s.association(pull.author),
    auto_merge: null,
    draft: pull.draft,
    merged: pull.merged,
    mergeable: open ? true : null,
    rebaseable: open ? true : null,
    mergeable_state: !open ? 'unknown' : pull.draft ? 'draft' : 'clean',
    merged_by: null,
    comments: s.comments.forIssue(pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: pull.headHistory.length,
    additions: files.reduce((sum, f) => sum + f.additions, 0),
    deletions: files.reduce((sum, f) => sum + f.deletions, 0),
    changed_files: files.length,
  };
}

/** REST `pull-request-simple` (the items of `GET /pulls`): the full object without its computed fields. */
export function restPullSimple(s: DoubleState, pull: PullRecord): Record<string, unknown> {
  const full = restPull(s, pull);
  for (const key of EXTRA_IN_FULL_PULL) delete full[key];
  return full;
}

export function restReview(s: DoubleState, pull: PullRecord, review: ReviewRecord): Record<string, unknown> {
  const html = `${s.urls.web}/${s.fullName}/pull/${pull.number}#pullrequestreview-${review.id}`;
  const pullUrl = `${repoApi(s)}/pulls/${pull.number}`;
  return {
    id: review.id,
    node_id: review.nodeId,
    user: restUser(s.urls, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: review.submittedAt,
    commit_id: review.commitId,
    author_association: s.association(review.user),
  };
}

function withCounts(file: FileChange): FileChange & { additions: number; deletions: number } {
  return { ...file, additions: file.additions ?? 1, deletions: file.deletions ?? 0 };
}

export function restDiffEntry(s: DoubleState, pull: PullRecord, file: FileChange): Record<string, unknown> {
  const { additions, deletions } = withCounts(file);
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: fakeSha(`${pull.headSha}:${file.filename}`),
    filename: file.filename,
    status: file.status ?? 'modified',
    additions,
    deletions,
    changes: additions + deletions,
    blob_url: `${s.urls.web}/${s.fullName}/blob/${pull.headSha}/${path}`,
    raw_url: `${s.urls.web}/${s.fullName}/raw/${pull.headSha}/${path}`,
    contents_url: `${repoApi(s)}/contents/${path}?ref=${pull.headSha}`,
    ...(file.patch !== undefined ? { patch: file.patch } : {}),
    ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
  };
}
