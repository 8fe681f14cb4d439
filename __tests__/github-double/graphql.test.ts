import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { PULL_REQUEST_QUERY } from '../../src/github/pull-request.js';

let gh: GitHubDouble;
let octokit: DoubleClient;

// The queries the action sends, imported so the double is tested on exactly them.
const PULL_STATE = PULL_REQUEST_QUERY;

beforeAll(async () => {
  gh = await startGitHubDouble();
  octokit = doubleClient(gh);
  gh.addPullRequest({
    number: 61,
    headSha: sha('g61'),
    headRef: 'release/8',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
    labels: ['release'],
    author: 'renovate[bot]',
    fork: true,
    draft: true,
    title: 'Release 8',
  });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

/** POST /graphql without Octokit, to see GitHub's raw answer. */
async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: 'bearer ghs_doubletoken', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<Record<string, unknown>> },
  };
}

describe('queries the double answers', () => {
  test('PullRequestState reflects the pull request, with GraphQL logins (no [bot] suffix)', async () => {
    const answer = await octokit.graphql(PULL_STATE, {
      owner: gh.owner,
      name: gh.repo,
      number: 61,
      context: 'preflight',
    });
    expect(answer).toEqual({
      repository: {
        pullRequest: {
          number: 61,
          title: 'Release 8',
          state: 'OPEN',
          isDraft: true,
          merged: false,
          headRefOid: sha('g61'),
          headRefName: 'release/8',
          baseRefOid: gh.defaultBranchSha,
          baseRefName: 'main',
          isCrossRepository: true,
          author: { login: 'renovate' },
          labels: { nodes: [{ name: 'release' }] },
          commits: { nodes: [{ commit: { oid: sha('g61'), status: null } }] },
        },
      },
    });
    gh.closePullRequest(61, { merged: true });
    const merged = await octokit.graphql<{ repository: { pullRequest: { state: string; merged: boolean } } }>(
      PULL_STATE,
      {
        owner: gh.owner,
        name: gh.repo,
        number: 61,
        context: 'preflight',
      },
    );
    expect(merged.repository.pullRequest).toMatchObject({ state: 'MERGED', merged: true });
    expect(gh.requests.at(-1)).toMatchObject({ route: 'graphql', query: 'PullRequestState', status: 200 });
    expect(JSON.stringify(gh.requests)).not.toContain('ghs_doubletoken'); // the log keeps no credentials
  });

  test("the head's latest status of a context, with the actor that set it (GraphQL login, upper-case state)", async () => {
    gh.addPullRequest({
      number: 62,
      headSha: sha('g62'),
      headRef: 'release/9',
      baseRef: 'main',
      baseSha: gh.defaultBranchSha,
    });
    const app = 'ghs_app-token-of-preflight';
    gh.setTokenIdentity(app, 'preflight-release[bot]');
    const set = (token: string, state: string) =>
      fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/statuses/${sha('g62')}`, {
        method: 'POST',
        headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ state, context: 'preflight', description: 'x' }),
      });
    expect((await set(app, 'pending')).status).toBe(201);
    expect((await set('ghs_some-workflow-token', 'success')).status).toBe(201);
    type Head = { repository: { pullRequest: { commits: { nodes: Array<{ commit: unknown }> } } } };
    const read = (context: string) =>
      octokit.graphql<Head>(PULL_STATE, { owner: gh.owner, name: gh.repo, number: 62, context });
    const head = (await read('preflight')).repository.pullRequest.commits.nodes[0]?.commit;
    expect(head).toMatchObject({
      oid: sha('g62'),
      status: { context: { state: 'SUCCESS', creator: { login: 'github-actions' } } },
    });
    const other = (await read('deploy')).repository.pullRequest.commits.nodes[0]?.commit;
    expect(other).toMatchObject({ status: { context: null } });
  });

  test('a missing pull request: pullRequest null and a NOT_FOUND error, as GitHub answers', async () => {
    const answer = await post(PULL_STATE, {
      owner: gh.owner,
      name: gh.repo,
      number: 999,
      context: 'preflight',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ repository: { pullRequest: null } });
    expect(answer.body.errors).toEqual([
      {
        type: 'NOT_FOUND',
        path: ['repository', 'pullRequest'],
        locations: [{ line: 3, column: 5 }],
        message: 'Could not resolve to a PullRequest with the number of 999.',
      },
    ]);
  });

  test('connection arguments follow GitHub: first or last is required, at most 100', async () => {
    const query = (args: string) =>
      `query { repository(owner: "${gh.owner}", name: "${gh.repo}") { pullRequest(number: 61) { labels${args} { nodes { name } } } } }`;
    expect((await post(query('(first: 101)'))).body.errors?.[0]?.message).toBe(
      'Requesting 101 records on the `labels` connection exceeds the `first` limit of 100 records.',
    );
    expect((await post(query(''))).body.errors?.[0]).toMatchObject({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      message: 'You must provide a `first` or `last` value to properly paginate the `labels` connection.',
    });
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('exceeds the `first` limit of 100 records'),
      expect.stringContaining('You must provide a `first` or `last` value'),
    ]);
  });
});

describe('queries the double rejects', () => {
  test("a field that is not in GitHub's schema: validation errors and a violation", async () => {
    const answer = await post(
      'query { repository(owner: "a", name: "b") { pullRequest(number: 1) { checklist } } }',
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.message).toMatch(
      /^Cannot query field "checklist" on type "PullRequest"\./,
    );
    expect(gh.takeViolations()).toEqual([expect.stringContaining("invalid for GitHub's schema")]);
  });

  test('a real field the double does not implement is a violation, never a silent null', async () => {
    const answer = await post(
      `query { repository(owner: "${gh.owner}", name: "${gh.repo}") { pullRequest(number: 61) { number mergeable } } }`,
    );
    expect(answer.body.errors?.[0]?.message).toBe(
      'PullRequest.mergeable is not implemented by the GitHub double',
    );
    expect(gh.takeViolations()).toEqual([
      'GraphQL field PullRequest.mergeable is not implemented by the GitHub double',
    ]);
  });

  test('a missing variable, a syntax error, a mutation, another repository, no token', async () => {
    expect((await post(PULL_STATE, { owner: gh.owner, name: gh.repo })).body.errors?.[0]?.message).toContain(
      'Variable "$number" of required type "Int!" was not provided.',
    );
    expect((await post('query { repository(')).body.errors?.[0]?.message).toMatch(/^Syntax Error/);
    await post('mutation { addComment(input: { subjectId: "x", body: "y" }) { clientMutationId } }');
    await post(PULL_STATE, { owner: 'elsewhere', name: gh.repo, number: 61, context: 'preflight' });
    const anonymous = await fetch(gh.graphqlUrl, {
      method: 'POST',
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('Variable "$number" of required type "Int!" was not provided'),
      expect.stringContaining('does not parse'),
      'GraphQL field Mutation.addComment is not implemented by the GitHub double',
      expect.stringContaining('GraphQL asked for repository elsewhere/'),
      'POST /graphql: no authorization header',
    ]);
  });

  test('node(id) of an unknown id: null and NOT_FOUND', async () => {
    const answer = await post('query($id: ID!) { node(id: $id) { id } }', { id: 'IC_kwDOnothing' });
    expect(answer.body).toMatchObject({ data: { node: null }, errors: [{ type: 'NOT_FOUND' }] });
  });
});
