import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { doubleClient, type DoubleClient } from '../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';

let gh: GitHubDouble;
let octokit: DoubleClient;
let repo: { owner: string; repo: string };
const HEAD = sha('status-head');
const NEXT = sha('status-head-2');

beforeAll(async () => {
  gh = await startGitHubDouble();
  octokit = doubleClient(gh);
  repo = { owner: gh.owner, repo: gh.repo };
  gh.addPullRequest({
    number: 21,
    headSha: HEAD,
    headRef: 'release/5',
    baseRef: 'main',
    baseSha: gh.defaultBranchSha,
  });
});
afterEach(() => gh.assertNoViolations());
afterAll(() => gh.stop());

describe('commit statuses', () => {
  test('statuses list newest first; the combined state takes the latest per context', async () => {
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'pending',
      context: 'preflight',
    });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'success',
      context: 'ci/build',
    });
    const combinedPending = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: HEAD });
    expect(combinedPending.data.state).toBe('pending');
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: HEAD,
      state: 'success',
      context: 'Preflight', // contexts compare case-insensitively
      description: '12 of 12 items ticked',
      target_url: 'https://example.test/run/1',
    });
    const listed = await octokit.rest.repos.listCommitStatusesForRef({ ...repo, ref: HEAD });
    expect(listed.data.map((s) => [s.context, s.state])).toEqual([
      ['Preflight', 'success'],
      ['ci/build', 'success'],
      ['preflight', 'pending'],
    ]);
    expect(listed.data[0]?.creator?.login).toBe('github-actions[bot]');
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'release/5' });
    expect(combined.data).toMatchObject({ state: 'success', sha: HEAD, total_count: 2 });
    expect(gh.statuses(HEAD).map((s) => s.state)).toEqual(['pending', 'success', 'success']);
  });

  test('a failure anywhere makes the combined state failure; other commits are untouched', async () => {
    gh.pushTo(21, NEXT);
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: NEXT,
      state: 'failure',
      context: 'preflight',
    });
    await octokit.rest.repos.createCommitStatus({
      ...repo,
      sha: NEXT,
      state: 'success',
      context: 'ci/build',
    });
    expect((await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: NEXT })).data.state).toBe(
      'failure',
    );
    expect((await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: HEAD })).data.state).toBe(
      'success',
    );
    const none = await octokit.rest.repos.getCombinedStatusForRef({ ...repo, ref: gh.defaultBranchSha });
    expect(none.data).toMatchObject({ state: 'pending', total_count: 0, statuses: [] });
  });

  test('a commit the repository does not have: 422 "No commit found"', async () => {
    await expect(
      octokit.rest.repos.createCommitStatus({ ...repo, sha: sha('nowhere'), state: 'success' }),
    ).rejects.toMatchObject({
      status: 422,
      response: { data: { message: `No commit found for SHA: ${sha('nowhere')}` } },
    });
  });
});

describe('check runs', () => {
  test('create then complete; the list shows output.text and the GitHub Actions app', async () => {
    const created = await octokit.rest.checks.create({
      ...repo,
      name: 'Preflight',
      head_sha: HEAD,
      status: 'in_progress',
    });
    expect(created.data).toMatchObject({ status: 'in_progress', conclusion: null, completed_at: null });
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([]); // 21 has moved on to NEXT
    await octokit.rest.checks.update({
      ...repo,
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: '3 items open', summary: 'Open items', text: '- [ ] Rollback plan' },
    });
    const listed = await octokit.rest.checks.listForRef({ ...repo, ref: HEAD, check_name: 'Preflight' });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      output: { title: '3 items open', text: '- [ ] Rollback plan' },
      app: { slug: 'github-actions', id: 15368 },
    });
    expect(gh.checkRuns(HEAD)).toHaveLength(1);
  });

  test('filter=latest keeps the newest run per name; filter=all, app_id and status narrow as GitHub does', async () => {
    await octokit.rest.checks.create({
      ...repo,
      name: 'Preflight',
      head_sha: NEXT,
      status: 'completed',
      conclusion: 'failure',
    });
    await octokit.rest.checks.create({
      ...repo,
      name: 'Preflight',
      head_sha: NEXT,
      status: 'completed',
      conclusion: 'success',
    });
    await octokit.rest.checks.create({ ...repo, name: 'Lint', head_sha: NEXT, status: 'queued' });
    const latest = await octokit.rest.checks.listForRef({ ...repo, ref: NEXT });
    expect(latest.data.check_runs.map((r) => [r.name, r.conclusion])).toEqual([
      ['Lint', null],
      ['Preflight', 'success'],
    ]);
    expect(latest.data.check_runs[1]?.pull_requests.map((p) => p.number)).toEqual([21]);
    const all = await octokit.rest.checks.listForRef({
      ...repo,
      ref: NEXT,
      filter: 'all',
      check_name: 'Preflight',
    });
    expect(all.data.check_runs.map((r) => r.conclusion)).toEqual(['success', 'failure']);
    expect(
      (await octokit.rest.checks.listForRef({ ...repo, ref: NEXT, app_id: 15368 })).data.total_count,
    ).toBe(2);
    expect((await octokit.rest.checks.listForRef({ ...repo, ref: NEXT, app_id: 1 })).data.total_count).toBe(
      0,
    );
    expect(
      (await octokit.rest.checks.listForRef({ ...repo, ref: NEXT, status: 'queued' })).data.total_count,
    ).toBe(1);
  });

  test('a completed run is not reopened (and asking for it is recorded); status completed needs a conclusion', async () => {
    const run = await octokit.rest.checks.create({
      ...repo,
      name: 'Once',
      head_sha: NEXT,
      conclusion: 'success',
    });
    const reopened = await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.data.id,
      status: 'in_progress',
    });
    expect(reopened.data.status).toBe('completed');
    await expect(
      octokit.rest.checks.create({ ...repo, name: 'Bad', head_sha: NEXT, status: 'completed' }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.takeViolations()).toEqual([
      expect.stringContaining('does not reopen a completed check run'),
      expect.stringContaining('status "completed" but no conclusion'),
    ]);
  });
});
