import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { COMMENT_HISTORY_QUERY } from '../../src/github/history.js';

let gh: GitHubDouble;
let octokit: DoubleClient;
let repo: { owner: string; repo: string };

beforeAll(async () => {
  gh = await startGitHubDouble();
  octokit = doubleClient(gh);
  repo = { owner: gh.owner, repo: gh.repo };
  gh.addPullRequest({
    number: 12,
    headSha: sha('c-head'),
    headRef: 'release/3',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
  });
  gh.addPullRequest({
    number: 13,
    headSha: sha('c-head-2'),
    headRef: 'release/4',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
  });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

// The query the action sends, imported so the double is tested on exactly it.
const HISTORY = COMMENT_HISTORY_QUERY;

/** The oldest-end walk (`last:`/`before:`) that misses the newest revisions of a long history. */
const FROM_OLDEST = `query CommentHistory($id: ID!, $before: String) {
  node(id: $id) {
    ... on IssueComment {
      body
      includesCreatedEdit
      author { login __typename }
      userContentEdits(last: 100, before: $before) {
        totalCount
        pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
        nodes { editedAt deletedAt diff editor { login __typename } }
      }
    }
  }
}`;

interface History {
  node: {
    body: string;
    includesCreatedEdit: boolean;
    author: { login: string; __typename: string };
    userContentEdits: {
      totalCount: number;
      pageInfo: {
        hasPreviousPage: boolean;
        hasNextPage: boolean;
        startCursor: string | null;
        endCursor: string | null;
      };
      nodes: Array<{
        editedAt: string;
        deletedAt: string | null;
        diff: string | null;
        editor: { login: string; __typename: string };
      }>;
    };
  } | null;
}

describe('listing comments page by page', () => {
  test('150 comments come as two pages of 100 and 50, oldest first, with GitHub-style Link headers', async () => {
    for (let i = 1; i <= 150; i += 1)
      gh.addComment(12, { author: i % 2 ? 'reviewer' : 'pr-author', body: `noise ${i}` });
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 12, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.data[0]?.body).toBe('noise 1');
    const path = `${gh.url}/repos/${gh.owner}/${gh.repo}/issues/12/comments`;
    expect(first.headers.link).toBe(
      `<${path}?per_page=100&page=2>; rel="next", <${path}?per_page=100&page=2>; rel="last"`,
    );
    const second = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: 12,
      per_page: 100,
      page: 2,
    });
    expect(second.data.map((c) => c.body)).toEqual(Array.from({ length: 50 }, (_, i) => `noise ${i + 101}`));
    expect(second.headers.link).toBe(
      `<${path}?per_page=100&page=1>; rel="prev", <${path}?per_page=100&page=1>; rel="first"`,
    );
    expect(first.headers['x-ratelimit-resource']).toBe('core');
    expect(Number(first.headers['x-ratelimit-remaining'])).toBeLessThan(
      Number(first.headers['x-ratelimit-limit']),
    );
    expect(first.headers['x-github-request-id']).toMatch(
      /^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{6}:[0-9A-F]+$/,
    );
  });

  test("octokit.paginate follows the Link header through the double's own URLs", async () => {
    gh.resetRequests();
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 12,
      per_page: 100,
    });
    expect(all).toHaveLength(150);
    expect(gh.count({ operationId: 'issues/list-comments' })).toBe(2);
  });

  test('a middle page links to all four neighbours; one page has no Link at all', async () => {
    const middle = await octokit.rest.issues.listComments({
      ...repo,
      issue_number: 12,
      per_page: 50,
      page: 2,
    });
    expect(String(middle.headers.link).match(/rel="(\w+)"/g)).toEqual([
      'rel="prev"',
      'rel="next"',
      'rel="last"',
      'rel="first"',
    ]);
    const single = await octokit.rest.issues.listComments({ ...repo, issue_number: 13 });
    expect(single.data).toEqual([]);
    expect(single.headers.link).toBeUndefined();
  });
});

describe('creating, editing, deleting', () => {
  test('comments created through the API are authored by github-actions[bot]', async () => {
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 13,
      body: 'checklist v1',
    });
    expect(created.status).toBe(201);
    expect(created.data.user).toMatchObject({ login: 'github-actions[bot]', id: 41898282, type: 'Bot' });
    expect(created.data.node_id).toMatch(/^IC_kwDO/);
    expect(created.data.html_url).toBe(
      `https://github.com/${gh.owner}/${gh.repo}/pull/13#issuecomment-${created.data.id}`,
    );
    expect(gh.comments(13).map((c) => c.body)).toEqual(['checklist v1']);
    const fetched = await octokit.rest.issues.getComment({ ...repo, comment_id: created.data.id });
    expect(fetched.data.body).toBe('checklist v1');
  });

  test('a missing comment or issue answers 404; delete removes the comment', async () => {
    await expect(octokit.rest.issues.getComment({ ...repo, comment_id: 1 })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 999, body: 'x' }),
    ).rejects.toMatchObject({
      status: 404,
    });
    const [comment] = gh.comments(13);
    const deleted = await octokit.rest.issues.deleteComment({ ...repo, comment_id: Number(comment?.id) });
    expect(deleted.status).toBe(204);
    expect(gh.comments(13)).toEqual([]);
  });
});

describe('edit history', () => {
  test('bot and human edits are recorded with their editors; GraphQL returns them newest first', async () => {
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 13, body: 'v1' });
    const id = created.data.id;
    await octokit.rest.issues.updateComment({ ...repo, comment_id: id, body: 'v2' });
    const human = gh.editCommentAs(id, 'release-manager', 'v3 ticked');
    expect(human).toMatchObject({ from: 'v2', to: 'v3 ticked', comment: { body: 'v3 ticked' } });
    expect(gh.commentEdits(id).map((e) => [e.editor, e.diff])).toEqual([
      ['github-actions[bot]', 'v1'],
      ['github-actions[bot]', 'v2'],
      ['release-manager', 'v3 ticked'],
    ]);
    const answer = await octokit.graphql<History>(HISTORY, { id: created.data.node_id });
    const node = answer.node;
    expect(node).toMatchObject({
      body: 'v3 ticked',
      author: { login: 'github-actions', __typename: 'Bot' },
    });
    expect(node?.userContentEdits.totalCount).toBe(3);
    expect(node?.includesCreatedEdit).toBe(true);
    expect(node?.userContentEdits.pageInfo.hasNextPage).toBe(false);
    expect(node?.userContentEdits.nodes.map((n) => [n.editor.login, n.editor.__typename, n.diff])).toEqual([
      ['release-manager', 'User', 'v3 ticked'],
      ['github-actions', 'Bot', 'v2'],
      ['github-actions', 'Bot', 'v1'],
    ]);
    expect(node?.userContentEdits.nodes.at(-1)?.editedAt).toBe(created.data.created_at);
    expect(node?.userContentEdits.nodes.every((n) => n.deletedAt === null)).toBe(true);
    expect(gh.requests.at(-1)).toMatchObject({ route: 'graphql', query: 'CommentHistory', status: 200 });
  });

  test('over 100 revisions: `first: 100` reads the newest 100, `after` the older rest', async () => {
    const comment = gh.addComment(13, { author: 'release-manager', body: 'r0' });
    for (let i = 1; i <= 120; i += 1) gh.editCommentAs(Number(comment.id), 'release-manager', `r${i}`);
    const page1 = await octokit.graphql<History>(HISTORY, { id: comment.node_id });
    const edits1 = page1.node?.userContentEdits;
    expect(edits1?.totalCount).toBe(121);
    expect(edits1?.nodes.map((n) => n.diff)).toEqual(Array.from({ length: 100 }, (_, i) => `r${120 - i}`));
    expect(edits1?.pageInfo.hasNextPage).toBe(true);
    const page2 = await octokit.graphql<History>(HISTORY, {
      id: comment.node_id,
      after: edits1?.pageInfo.endCursor,
    });
    const edits2 = page2.node?.userContentEdits;
    expect(edits2?.nodes.map((n) => n.diff)).toEqual(Array.from({ length: 21 }, (_, i) => `r${20 - i}`));
    expect(edits2?.pageInfo.hasNextPage).toBe(false);
  });

  test('`last: 100` takes the oldest 100 of the newest-first list: the newest revisions are not on it', async () => {
    const comment = gh.addComment(13, { author: 'release-manager', body: 'r0' });
    for (let i = 1; i <= 120; i += 1) gh.editCommentAs(Number(comment.id), 'release-manager', `r${i}`);
    const page = await octokit.graphql<History>(FROM_OLDEST, { id: comment.node_id });
    const edits = page.node?.userContentEdits;
    expect(edits?.nodes.map((n) => n.diff)).toEqual(Array.from({ length: 100 }, (_, i) => `r${99 - i}`));
    expect(edits?.pageInfo.hasPreviousPage).toBe(true);
  });

  test('a never-edited comment lists no edits; edits in one second share their timestamp', async () => {
    const comment = gh.addComment(13, { author: 'release-manager', body: 'only' });
    const untouched = await octokit.graphql<History>(HISTORY, { id: comment.node_id });
    expect(untouched.node).toMatchObject({
      includesCreatedEdit: false,
      userContentEdits: { totalCount: 0, nodes: [] },
    });
    gh.editCommentAs(Number(comment.id), 'release-manager', 'a');
    gh.editCommentAs(Number(comment.id), 'release-manager', 'b');
    const stamps = gh.commentEdits(Number(comment.id)).map((e) => e.editedAt);
    expect(stamps.every((t) => /:\d\dZ$/.test(t))).toBe(true);
    // The three revisions were written well within one second: GitHub's whole seconds tie them.
    expect(new Set(stamps.slice(1)).size).toBe(1);
  });

  test('a revision deleted from the history keeps its entry, with deletedAt and no diff; only writers may delete', async () => {
    const comment = gh.addComment(13, { author: 'release-manager', body: 'v0' });
    const id = Number(comment.id);
    gh.editCommentAs(id, 'release-manager', 'v1 with a secret');
    gh.editCommentAs(id, 'release-manager', 'v2');
    gh.setPermission('visitor', 'read');
    expect(() => gh.deleteCommentRevision(id, 1, 'visitor')).toThrow(/takes write access/);
    gh.deleteCommentRevision(id, 1, 'release-manager');
    const answer = await octokit.graphql<History>(HISTORY, { id: comment.node_id });
    expect(answer.node?.userContentEdits.nodes.map((n) => [n.diff, n.deletedAt !== null])).toEqual([
      ['v2', false],
      [null, true],
      ['v0', false],
    ]);
  });
});

test('databaseId (a 32-bit Int) cannot hold a real comment id: GitHub answers an error, the double a violation', async () => {
  const comment = gh.addComment(13, { author: 'reviewer', body: 'hello' });
  expect(Number(comment.id)).toBeGreaterThan(2 ** 31 - 1);
  const query = 'query($id: ID!) { node(id: $id) { ... on IssueComment { databaseId fullDatabaseId } } }';
  await expect(octokit.graphql(query, { id: comment.node_id })).rejects.toMatchObject({
    errors: [expect.objectContaining({ message: expect.stringContaining('non 32-bit signed integer') })],
    data: { node: { databaseId: null, fullDatabaseId: String(comment.id) } },
  });
  expect(gh.takeViolations()).toEqual([expect.stringContaining('query fullDatabaseId')]);
});
