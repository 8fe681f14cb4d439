import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';

let gh: GitHubDouble;
let octokit: DoubleClient;
let repo: { owner: string; repo: string };
const HEAD = sha('fault-head');
const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const STATUSES = '/repos/{owner}/{repo}/statuses/{sha}';

beforeAll(async () => {
  gh = await startGitHubDouble();
  octokit = doubleClient(gh);
  repo = { owner: gh.owner, repo: gh.repo };
  gh.addPullRequest({
    number: 51,
    headSha: HEAD,
    headRef: 'release/7',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
  });
});
afterEach(() => {
  gh.clearFaults();
  gh.setTokenMode('write');
  gh.resetRequests();
  gh.assertNoViolations();
});
afterAll(() => gh.stop());

describe('a read-only token (a fork’s pull request)', () => {
  test('every write answers 403 "Resource not accessible by integration"; reads still work', async () => {
    gh.setTokenMode('read-only');
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 51, body: 'x' }),
    ).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    await expect(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: HEAD, state: 'pending' }),
    ).rejects.toMatchObject({
      status: 403,
    });
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 51 })).status).toBe(200);
    expect(gh.comments(51)).toEqual([]);
    expect(gh.statuses(HEAD)).toEqual([]);
    expect(gh.count({ status: 403 })).toBe(2); // 403 is not retried
  });
});

describe('failNext', () => {
  test('a 500 is retried by the retry plugin and the retry succeeds', async () => {
    gh.failNext({ method: 'POST', route: STATUSES, status: 500 });
    const answer = await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'pending',
      context: 'preflight',
    });
    expect(answer.status).toBe(201);
    expect(gh.requests.map((r) => r.status)).toEqual([500, 201]);
    expect(gh.statuses(HEAD)).toHaveLength(1); // the failed attempt changed nothing
  });

  test('a persistent 502 exhausts the retries', async () => {
    gh.failNext({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}',
      status: 502,
      times: 10,
    });
    await expect(octokit.rest.pulls.get({ ...repo, pull_number: 51 })).rejects.toMatchObject({ status: 502 });
    expect(gh.count({ operationId: 'pulls/get' })).toBe(4); // the first try and 3 retries
    gh.clearFaults();
    expect((await octokit.rest.pulls.get({ ...repo, pull_number: 51 })).status).toBe(200);
  });

  test('a secondary rate limit (403 + retry-after) is retried by the throttling plugin', async () => {
    gh.failNext({ method: 'POST', route: COMMENTS, status: 403, rateLimit: 'secondary' });
    const answer = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 51,
      body: 'after the limit',
    });
    expect(answer.status).toBe(201);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 201]);
  });

  test('a primary rate limit (x-ratelimit-remaining: 0) is retried after the reset', async () => {
    gh.failNext({ method: 'GET', route: COMMENTS, status: 403, rateLimit: 'primary' });
    const answer = await octokit.rest.issues.listComments({ ...repo, issue_number: 51 });
    expect(answer.status).toBe(200);
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  test('a custom body and a GraphQL fault', async () => {
    gh.failNext({
      method: 'POST',
      route: 'graphql',
      status: 502,
      body: { message: 'Bad gateway' },
      times: 4,
    });
    await expect(octokit.graphql('query { __typename }')).rejects.toMatchObject({
      status: 502,
      response: { data: { message: 'Bad gateway' } },
    });
    expect(gh.count({ route: 'graphql' })).toBe(4);
    expect(await octokit.graphql('query { __typename }')).toEqual({ __typename: 'Query' });
  });
});

describe('hold', () => {
  test('a held request waits until released; others pass meanwhile', async () => {
    const held = gh.hold({ method: 'PATCH', route: '/repos/{owner}/{repo}/issues/comments/{comment_id}' });
    const comment = gh.addComment(51, { author: 'github-actions[bot]', body: 'v1' });
    const id = Number(comment.id);
    const slow = octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: 'from the first run' });
    await held.reached;
    expect(gh.requests.at(-1)).toMatchObject({ method: 'PATCH', status: 0 });
    gh.editCommentAs(id, 'release-manager', 'ticked by a human meanwhile');
    const read = await octokit.rest.issues.getComment({ ...repo, comment_id: id });
    expect(read.data.body).toBe('ticked by a human meanwhile');
    held.release();
    await slow;
    expect(gh.comments(51).find((c) => c.id === id)?.body).toBe('from the first run');
    expect(gh.commentEdits(id).map((e) => e.editor)).toEqual([
      'github-actions[bot]',
      'release-manager',
      'github-actions[bot]',
    ]);
  });
});
