import { describe, expect, it } from '@jest/globals';
import { checksGreen } from '../../../src/checks/github/checks-green.js';
import { paramProblems, runKind } from '../run-kind.js';
import { bareContext, STATUS_CONTEXT, usePullRequests } from './pr-context.js';

const pr = usePullRequests();
let next = 200;

type Conclusion = 'success' | 'failure' | 'neutral' | 'skipped' | 'cancelled' | 'timed_out';

/** A check run on the head, created the way GitHub Actions reports a job. */
async function checkRun(
  headSha: string,
  name: string,
  result: Conclusion | 'in_progress' | 'queued',
  detailsUrl?: string,
) {
  await pr.client.rest.checks.create({
    ...pr.repo,
    name,
    head_sha: headSha,
    ...(result === 'in_progress' || result === 'queued'
      ? { status: result }
      : { status: 'completed' as const, conclusion: result }),
    ...(detailsUrl ? { details_url: detailsUrl } : {}),
  });
}

async function status(headSha: string, context: string, state: 'success' | 'pending' | 'failure' | 'error') {
  await pr.client.rest.repos.createCommitStatus({ ...pr.repo, sha: headSha, context, state });
}

describe('github.checks-green', () => {
  it("passes when every check run and status succeeded, leaving out Preflight's own pending status", async () => {
    const ctx = pr.open(next++);
    await checkRun(ctx.github.headSha, 'build', 'success');
    await checkRun(ctx.github.headSha, 'lint', 'neutral');
    await checkRun(ctx.github.headSha, 'docs', 'skipped');
    await status(ctx.github.headSha, 'ci/external', 'success');
    await status(ctx.github.headSha, STATUS_CONTEXT, 'pending');
    const out = await runKind(checksGreen, {}, ctx);
    expect(out).toMatchObject({ status: 'pass', summary: '4 checks passed' });
    expect(out.evidence).toMatchObject({ ignored: [STATUS_CONTEXT], failed: [], running: [] });
  });

  it('fails naming the failed runs and statuses with their results', async () => {
    const ctx = pr.open(next++);
    await checkRun(ctx.github.headSha, 'build', 'success');
    await checkRun(ctx.github.headSha, 'test (ubuntu)', 'failure');
    await checkRun(ctx.github.headSha, 'e2e', 'cancelled');
    await status(ctx.github.headSha, 'ci/external', 'error');
    const out = await runKind(checksGreen, {}, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('not passing: ci/external (error), e2e (cancelled), test (ubuntu) (failure)');
  });

  it('the latest run of a name counts: a re-run that passed replaces the failure', async () => {
    const ctx = pr.open(next++);
    await checkRun(ctx.github.headSha, 'flaky', 'failure');
    await checkRun(ctx.github.headSha, 'flaky', 'success');
    await status(ctx.github.headSha, 'ci/external', 'failure');
    await status(ctx.github.headSha, 'ci/external', 'success');
    expect(await runKind(checksGreen, {}, ctx)).toMatchObject({ status: 'pass', summary: '2 checks passed' });
  });

  it('fails while checks are still running, without waiting', async () => {
    const ctx = pr.open(next++);
    await checkRun(ctx.github.headSha, 'build', 'success');
    await checkRun(ctx.github.headSha, 'slow tests', 'in_progress');
    await checkRun(ctx.github.headSha, 'deploy preview', 'queued');
    await status(ctx.github.headSha, 'ci/external', 'pending');
    const out = await runKind(checksGreen, {}, ctx);
    expect(out).toMatchObject({
      status: 'fail',
      summary: 'still running: ci/external, deploy preview, slow tests',
    });
  });

  it("leaves out the unfinished jobs of Preflight's own workflow run, but not its finished ones", async () => {
    const ctx = pr.open(next++, { env: { GITHUB_RUN_ID: '4242' } });
    const own = `https://github.com/${pr.repo.owner}/${pr.repo.repo}/actions/runs/4242/job/`;
    const other = `https://github.com/${pr.repo.owner}/${pr.repo.repo}/actions/runs/999/job/`;
    await checkRun(ctx.github.headSha, 'gate', 'in_progress', `${own}1`);
    await checkRun(ctx.github.headSha, 'unit', 'success', `${own}2`);
    await checkRun(ctx.github.headSha, 'other workflow', 'in_progress', `${other}3`);
    const out = await runKind(checksGreen, {}, ctx);
    expect(out).toMatchObject({ status: 'fail', summary: 'still running: other workflow' });
    expect(out.evidence).toMatchObject({ ignored: ['gate'], passed: ['unit'] });
  });

  it('the ignore list leaves out names and contexts, case-insensitively and with *', async () => {
    const ctx = pr.open(next++);
    await checkRun(ctx.github.headSha, 'build', 'success');
    await checkRun(ctx.github.headSha, 'Deploy / staging', 'failure');
    await checkRun(ctx.github.headSha, 'release-gate', 'in_progress');
    await status(ctx.github.headSha, 'codecov/patch', 'failure');
    const out = await runKind(checksGreen, { ignore: ['deploy / *', 'RELEASE-GATE', 'codecov/*'] }, ctx);
    expect(out).toMatchObject({ status: 'pass', summary: '1 check passed' });
    expect(out.evidence).toMatchObject({ ignored: ['codecov/patch', 'Deploy / staging', 'release-gate'] });
  });

  it('no other checks is a failure unless min-checks is 0', async () => {
    const ctx = pr.open(next++);
    await status(ctx.github.headSha, STATUS_CONTEXT, 'pending');
    expect(await runKind(checksGreen, {}, ctx)).toMatchObject({
      status: 'fail',
      summary: '0 checks found on the head commit; at least 1 expected',
    });
    expect((await runKind(checksGreen, { 'min-checks': 0 }, ctx)).status).toBe('pass');
  });

  it('reads every page of check runs', async () => {
    const ctx = pr.open(next++);
    for (let i = 0; i < 104; i++) await checkRun(ctx.github.headSha, `job ${i}`, 'success');
    await checkRun(ctx.github.headSha, 'first one', 'failure');
    const out = await runKind(checksGreen, {}, ctx);
    expect(out).toMatchObject({ status: 'fail', summary: 'not passing: first one (failure)' });
    expect((out.evidence as { passed: string[] }).passed).toHaveLength(104);
  });

  it('a failing API call is an error naming the permissions', async () => {
    const ctx = pr.open(next++);
    pr.double.failNext({
      method: 'GET',
      route: '/repos/{owner}/{repo}/commits/{ref}/status',
      status: 404,
      body: { message: 'Not Found', status: '404' },
    });
    const out = await runKind(checksGreen, {}, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/checks: read, statuses: read/);
  });

  it('needs a pull request', async () => {
    expect((await runKind(checksGreen, {}, bareContext())).summary).toMatch(
      /^needs the action on a pull request/,
    );
  });

  it('rejects bad parameters, naming the field', () => {
    expect(paramProblems(checksGreen, { ignore: [] })).toEqual(["'ignore' must list at least 1 entry"]);
    expect(paramProblems(checksGreen, { 'min-checks': 'two' })).toEqual([
      "'min-checks' must be a whole number, not a string",
    ]);
  });
});
