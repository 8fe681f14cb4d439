import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { loadSpec } from '../helpers/github-double/spec.js';
import { checkResponse } from '../helpers/github-double/validation.js';
import { HANDLERS } from '../helpers/github-double/handlers/index.js';

let gh: GitHubDouble;
let octokit: DoubleClient;
let repo: { owner: string; repo: string };
const HEAD = sha('validation-head');

beforeAll(async () => {
  gh = await startGitHubDouble();
  octokit = doubleClient(gh);
  repo = { owner: gh.owner, repo: gh.repo };
  gh.addPullRequest({
    number: 7,
    headSha: HEAD,
    headRef: 'release/2.0',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
  });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

/** A request without Octokit's own parameter checks, so malformed requests reach the double. */
async function raw(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${gh.url}${path}`, {
    method,
    headers: { authorization: 'token ghs_doubletoken', 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

const statusPath = () => `/repos/${gh.owner}/${gh.repo}/statuses/${HEAD}`;

describe('invalid requests are answered as GitHub would and recorded', () => {
  test('an enum value outside the schema', async () => {
    const answer = await raw('POST', statusPath(), { state: 'passed', context: 'preflight' });
    expect(answer.status).toBe(422);
    expect(String(answer.body?.message)).toMatch(
      /^Invalid request\.\n\nFor 'properties\/state', "passed" is not one of/,
    );
    expect(gh.takeViolations()).toEqual([
      expect.stringMatching(/repos\/create-commit-status.*"passed" is not one of/),
    ]);
    expect(gh.statuses(HEAD)).toEqual([]);
  });

  test('a status description over 140 characters (and exactly 140 passes)', async () => {
    await expect(
      octokit.rest.repos.createCommitStatus({
        ...repo,
        sha: HEAD,
        state: 'pending',
        description: 'x'.repeat(141),
      }),
    ).rejects.toMatchObject({ status: 422, response: { data: { message: 'Validation Failed' } } });
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('141 characters; GitHub accepts at most 140'),
    ]);
    const ok = await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'pending',
      description: 'x'.repeat(140),
    });
    expect(ok.status).toBe(201);
  });

  test('a missing required body field', async () => {
    const answer = await raw('POST', statusPath(), { context: 'preflight' });
    expect(answer.status).toBe(422);
    expect(answer.body?.message).toBe('Invalid request.\n\n"state" wasn\'t supplied.');
    const comment = await raw('POST', `/repos/${gh.owner}/${gh.repo}/issues/7/comments`, { text: 'hello' });
    expect(comment.status).toBe(422);
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('"state" wasn\'t supplied'),
      expect.stringContaining('"body" wasn\'t supplied'),
    ]);
  });

  test('an unknown route, a route without that method, and an operation the double lacks', async () => {
    expect((await raw('GET', `/repos/${gh.owner}/${gh.repo}/checklists`)).status).toBe(404);
    expect((await raw('PUT', `/repos/${gh.owner}/${gh.repo}/statuses/${HEAD}`)).status).toBe(404);
    expect((await raw('GET', `/repos/${gh.owner}/${gh.repo}/releases`)).status).toBe(404);
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining("no such route in GitHub's REST API"),
      expect.stringContaining('has no PUT'),
      expect.stringContaining('repos/list-releases is a GitHub operation the double does not implement'),
    ]);
    expect(gh.requests.at(-1)).toMatchObject({
      route: '/repos/{owner}/{repo}/releases',
      operationId: 'repos/list-releases',
    });
  });

  test('query parameters: per_page over 100, a non-integer page, an unknown name', async () => {
    const comments = `/repos/${gh.owner}/${gh.repo}/issues/7/comments`;
    expect((await raw('GET', `${comments}?per_page=101`)).status).toBe(422);
    expect((await raw('GET', `${comments}?page=two`)).status).toBe(422);
    expect((await raw('GET', `${comments}?perpage=100`)).status).toBe(200);
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('greater than the maximum of 100'),
      expect.stringContaining('For \'query/page\', "two" is not integer'),
      expect.stringContaining('unknown query parameter "perpage"'),
    ]);
  });

  test('a body that is not JSON, a request without a token, another repository', async () => {
    expect((await raw('POST', statusPath(), '{"state": ')).status).toBe(400);
    const anonymous = await fetch(`${gh.url}/repos/${gh.owner}/${gh.repo}/pulls/7`);
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();
    await expect(
      octokit.rest.pulls.get({ owner: 'someone-else', repo: gh.repo, pull_number: 7 }),
    ).rejects.toMatchObject({
      status: 404,
    });
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('the body is not JSON'),
      expect.stringContaining('no authorization header'),
      expect.stringContaining(`asked for someone-else/${gh.repo}`),
    ]);
  });

  test('a comment body over 65536 characters is "too long"; exactly 65536 is accepted', async () => {
    await expect(
      octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'a'.repeat(65537) }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: { errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
      },
    });
    expect(gh.takeViolations()).toEqual([expect.stringContaining('65537 characters')]);
    const created = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: 'a'.repeat(65536),
    });
    expect(created.status).toBe(201);
  });

  test('a check run text over 65535 characters', async () => {
    await expect(
      octokit.rest.checks.create({
        ...repo,
        name: 'preflight',
        head_sha: HEAD,
        output: { title: 'Checklist', summary: 'long', text: 't'.repeat(65536) },
      }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining("'properties/output/text', the value is too long"),
    ]);
  });
});

describe('valid requests pass untouched', () => {
  test('a well-formed status, comment and check run record no violation', async () => {
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'success',
      context: 'preflight',
      target_url: null,
    });
    await octokit.rest.issues.createComment({
      ...repo,
      issue_number: 7,
      body: '<!-- preflight -->\n- [ ] Backups verified',
    });
    await octokit.rest.checks.create({
      ...repo,
      name: 'preflight',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'success',
    });
    expect(gh.violations).toEqual([]);
  });

  test("the double's responses are checked too: a body GitHub's schema rejects is reported", () => {
    const spec = loadSpec(Object.keys(HANDLERS));
    const op = spec.operation('issues/get-comment');
    expect(op).toBeDefined();
    if (!op) return;
    expect(checkResponse(op, 200, { id: 'one', body: 'x' })).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"node_id" wasn\'t supplied'),
        'For \'response/id\', "one" is not integer.',
      ]),
    );
    expect(checkResponse(op, 200, gh.comments(7)[0])).toEqual([]);
  });
});
