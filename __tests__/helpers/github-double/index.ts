/**
 * A stateful double of api.github.com on loopback for end-to-end tests, checked against GitHub's own
 * descriptions: every REST request and response against the OpenAPI description, every GraphQL query against
 * the public schema. Anything a real GitHub would reject, or that the double cannot answer faithfully, is a
 * violation; tests call `assertNoViolations()` in afterEach.
 *
 *   const gh = await startGitHubDouble();
 *   gh.addPullRequest({ number: 5, headSha, headRef: 'release/1.2', baseRef: 'main', baseSha });
 *   // run the code under test with GITHUB_API_URL=gh.url, GITHUB_GRAPHQL_URL=gh.graphqlUrl
 *   afterEach(() => gh.assertNoViolations()); afterAll(() => gh.stop());
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventBuilder } from './events.js';
import type { CommentJson, GitHubDouble, Json, RequestFilter } from './api.js';
import type { FaultSpec, Hold } from './faults.js';
import { fakeSha, isFullSha } from './ids.js';
import type { FileChange, Role } from './records.js';
import { Pipeline, type EnterprisePaths, type RecordedRequest } from './server.js';
import { restCheckRun, restStatus } from './shapes-checks.js';
import { restComment, restPull } from './shapes-issues.js';
import { DoubleState, type DoubleOptions } from './state.js';
import { MAX_COMMENT_BODY } from './store-comments.js';
import { isPull, type NewPullRequest } from './store-issues.js';
import { ACTIONS_BOT } from './users.js';

export type {
  CommentJson,
  DoubleOptions,
  FaultSpec,
  FileChange,
  GitHubDouble,
  Hold,
  Json,
  NewPullRequest,
  RecordedRequest,
  RequestFilter,
  Role,
};
export { ACTIONS_BOT };

function matchesFilter(request: RecordedRequest, filter?: RequestFilter): boolean {
  if (!filter) return true;
  if (typeof filter === 'function') return filter(request);
  return Object.entries(filter).every(([key, value]) => request[key as keyof RecordedRequest] === value);
}

export async function startGitHubDouble(options: DoubleOptions = {}): Promise<GitHubDouble> {
  const urls = { api: '', web: 'https://github.com' };
  let pipeline: Pipeline | undefined;
  const server: Server = createServer((req, res) => {
    if (pipeline) void pipeline.handle(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  urls.api = `http://127.0.0.1:${port}`;
  let prefix: EnterprisePaths | undefined;
  if (options.enterprise) {
    const origin = `http://${options.enterprise.host ?? '127.0.0.1'}:${port}`;
    urls.api = `${origin}/api/v3`;
    urls.web = (options.enterprise.webUrl ?? origin).replace(/\/+$/, '');
    prefix = { rest: '/api/v3', graphql: '/api/graphql' };
  }
  const s = new DoubleState(urls, options);
  const p = (pipeline = new Pipeline(s, prefix));
  const events = new EventBuilder(s);
  return buildApi(s, p, events, server);
}

function buildApi(s: DoubleState, p: Pipeline, events: EventBuilder, server: Server): GitHubDouble {
  const comment = (id: number) => {
    const found = s.comments.get(id);
    if (!found) throw new Error(`no comment with id ${id}`);
    return found;
  };
  const issue = (number: number) => {
    const found = s.issues.issue(number);
    if (!found) throw new Error(`no issue or pull request #${number}`);
    return found;
  };
  return {
    url: s.urls.api,
    graphqlUrl: s.urls.api.endsWith('/api/v3')
      ? `${s.urls.api.slice(0, -2)}graphql`
      : `${s.urls.api}/graphql`,
    webUrl: s.urls.web,
    owner: s.repo.owner.login,
    repo: s.repo.name,
    defaultBranch: s.repo.defaultBranch,
    defaultBranchSha: s.defaultBranchSha,
    get violations() {
      return [...p.violations];
    },
    assertNoViolations() {
      if (p.violations.length === 0) return;
      const list = p.violations.splice(0);
      throw new Error(`GitHub double recorded ${list.length} violation(s):\n- ${list.join('\n- ')}`);
    },
    takeViolations: () => p.violations.splice(0),
    get requests() {
      return p.requests;
    },
    resetRequests: () => void p.requests.splice(0),
    count: (filter) => p.requests.filter((r) => matchesFilter(r, filter)).length,
    stop: async () => {
      p.faults.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
    setTokenMode: (mode) => void (s.tokenMode = mode),
    setOrgMembersReadable: (readable) => void (s.orgMembersReadable = readable),
    failNext: (fault) => p.faults.failNext(fault),
    hold: (match) => p.faults.hold(match),
    clearFaults: () => p.faults.clear(),

    addPullRequest(input) {
      s.git.addCommit(input.baseSha);
      s.git.addCommit(input.headSha, input.baseSha);
      const pull = s.issues.addPull(input, s.accounts.get(input.author ?? 'pr-author'));
      if (!input.fork) s.git.setBranch(input.headRef, input.headSha);
      if (!s.git.branch(input.baseRef)) s.git.setBranch(input.baseRef, input.baseSha);
      return restPull(s, pull);
    },
    pushTo(number, newHeadSha) {
      const pull = s.issues.requirePull(number);
      s.git.addCommit(newHeadSha, pull.headSha);
      pull.headSha = newHeadSha;
      pull.headHistory.push(newHeadSha);
      if (!pull.fork) s.git.setBranch(pull.headRef, newHeadSha);
      s.issues.touch(pull);
    },
    setLabels(number, labels) {
      const found = issue(number);
      found.labels = [...labels];
      s.issues.touch(found);
    },
    pullRequest: (number) => restPull(s, s.issues.requirePull(number)),
    closePullRequest(number, { merged = false } = {}) {
      const pull = s.issues.requirePull(number);
      s.issues.touch(pull);
      pull.state = 'closed';
      pull.closedAt = pull.updatedAt;
      pull.merged = merged;
      pull.mergedAt = merged ? pull.updatedAt : null;
    },
    mergePullRequest(number, mergeCommitSha) {
      const pull = s.issues.requirePull(number);
      if (pull.state !== 'open') throw new Error(`#${number} is not open`);
      const baseTip = s.git.branch(pull.baseRef) ?? pull.baseSha;
      s.git.addCommit(mergeCommitSha, baseTip);
      s.git.setBranch(pull.baseRef, mergeCommitSha);
      s.issues.touch(pull);
      pull.state = 'closed';
      pull.closedAt = pull.updatedAt;
      pull.merged = true;
      pull.mergedAt = pull.updatedAt;
      pull.mergeCommitSha = mergeCommitSha;
    },
    addIssue(number, input = {}) {
      s.issues.addIssue(number, input, s.accounts.get(input.author ?? 'issue-reporter'));
    },
    addReview(number, review) {
      const pull = s.issues.requirePull(number);
      s.issues.addReview(pull, {
        user: s.accounts.get(review.user),
        state: review.state,
        body: review.body ?? '',
        commitId: review.commitId ?? pull.headSha,
      });
    },
    setFiles: (number, files) => void (s.issues.requirePull(number).files = [...files]),
    setBranch: (name, sha) => s.git.setBranch(name, sha),
    addCommit: (sha, parent) => s.git.addCommit(sha, parent),
    setPermission: (login, role) => s.setRole(login, role),
    setCustomRole: (login, name, base) => s.setRole(login, base, name),
    setTokenIdentity: (token, login) => s.setTokenIdentity(token, login),
    requiredStatus(sha, context, source) {
      // A ruleset's "Require status checks to pass" with a source app counts only statuses that app set;
      // without a source, any status with the context (docs: "Available rules for rulesets").
      const latest = s.checks
        .statuses(sha)
        .filter((st) => st.context === context)
        .filter((st) => source === undefined || st.creator.login.toLowerCase() === source.toLowerCase())
        .at(-1);
      return latest?.state ?? 'expected';
    },
    addTeamMember: (org, slug, login) => s.addTeamMember(org, slug, login),
    addComment(number, { author, body }) {
      issue(number);
      if ([...body].length > MAX_COMMENT_BODY)
        throw new Error(`a comment body holds at most ${MAX_COMMENT_BODY} characters`);
      return restComment(s, s.comments.add(number, s.accounts.get(author), body)) as CommentJson;
    },
    comments: (number) => s.comments.forIssue(number).map((c) => restComment(s, c) as CommentJson),
    editCommentAs(commentId, login, newBody) {
      comment(commentId);
      const { from, to, comment: edited } = s.comments.edit(commentId, s.accounts.get(login), newBody);
      return { from, to, comment: restComment(s, edited) as CommentJson };
    },
    commentEdits: (commentId) =>
      comment(commentId).edits.map((e) => ({
        editor: e.editor.login,
        editedAt: e.editedAt,
        diff: e.diff,
        deletedAt: e.deletedAt,
      })),
    deleteCommentRevision(commentId, position, login) {
      const found = comment(commentId);
      const by = s.accounts.get(login);
      const { role } = s.role(login);
      const author = found.author.login.toLowerCase() === login.toLowerCase();
      if (!author && !['write', 'maintain', 'admin'].includes(role))
        throw new Error(`${login} may not delete revisions of comment ${commentId}: it takes write access`);
      s.comments.deleteRevision(commentId, position, by);
    },
    statuses: (sha) => s.checks.statuses(sha).map((st) => restStatus(s, st)),
    checkRuns: (sha) => s.checks.runsFor(sha).map((run) => restCheckRun(s, run)),
    putFile(ref, path, content) {
      let sha = s.git.resolve(ref);
      if (!sha && isFullSha(ref)) s.git.addCommit((sha = ref));
      if (!sha)
        throw new Error(`putFile: unknown ref ${ref}; add a pull request, a branch or a commit first`);
      s.git.putFile(sha, path, content);
    },

    pullRequestEvent: (action, number, options) => events.pullRequest(action, number, options),
    issueCommentEvent: (action, options) => {
      if (!isPull(issue(comment(options.commentId).issueNumber))) {
        throw new Error(
          'issueCommentEvent: the comment is on a plain issue; use issueCommentEventOnPlainIssue',
        );
      }
      return events.issueComment(action, options);
    },
    issueCommentEventOnPlainIssue(action, options = {}) {
      let commentId = options.commentId;
      if (commentId === undefined) {
        const number = s.issues.freeNumber();
        s.issues.addIssue(number, {}, s.accounts.get('issue-reporter'));
        const author = s.accounts.get(options.sender ?? 'issue-reporter');
        commentId = s.comments.add(number, author, options.body ?? 'Is the release checklist up to date?').id;
      } else if (isPull(issue(comment(commentId).issueNumber))) {
        throw new Error('issueCommentEventOnPlainIssue: the comment is on a pull request');
      }
      return events.issueComment(action, { ...options, commentId });
    },
    mergeGroupEvent: (group) => events.mergeGroup(group),
    deploymentStatusEvent: (deployment) => events.deploymentStatus(deployment),
    pushEvent: (push) => events.push(push),
    workflowDispatchEvent: (options = {}) => events.workflowDispatch(options),
    scheduleEvent: (options = {}) => events.schedule(options),
  };
}

/** A SHA derived from a label, for tests that need many distinct commits. */
export function sha(label: string): string {
  return fakeSha(label);
}
