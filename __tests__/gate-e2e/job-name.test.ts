/** Issue: a green job must never satisfy the required check (the action's source, in-process). */
import { afterEach, describe, expect, test } from '@jest/globals';
import { makeWorld, NUMBER, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

describe('the job can never stand in for the status', () => {
  test('a job named like the status context is refused with one sentence, before any GitHub call', async () => {
    world = await makeWorld();
    const run = await world.run(
      'pull_request',
      world.double.pullRequestEvent('opened', NUMBER),
      {},
      {
        GITHUB_JOB: 'preflight',
      },
    );
    expect(run.code).toBe(1);
    expect(run.annotations).toEqual([
      "::error::Preflight refuses to run in a job named `preflight`, the name of its commit status: the job's green check run would satisfy a required `preflight` check whenever the status is not written, so rename the job (for example `checklist`) or set another `status-context`.",
    ]);
    expect(world.double.requests).toHaveLength(0);
    expect(world.statuses()).toHaveLength(0);
  });

  test('the same job passes once status-context names something else', async () => {
    world = await makeWorld();
    const run = await world.run(
      'pull_request',
      world.double.pullRequestEvent('opened', NUMBER),
      { 'status-context': 'release-gate' },
      { GITHUB_JOB: 'preflight' },
    );
    expect(run.code).toBe(0);
    expect(world.double.statuses(world.headSha).at(-1)).toMatchObject({ context: 'release-gate' });
  });

  test('a fork run that cannot write the status says nothing stands in for it, in the summary and an annotation', async () => {
    world = await makeWorld({ pr: { fork: true } });
    world.double.setTokenMode('read-only');
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    const note = `The \`preflight\` commit status was not set on ${world.headSha.slice(0, 7)} (the token may not write to this repository). Nothing stands in for it`;
    expect(run.summary).toContain(note);
    expect(run.annotations.some((a) => a.startsWith('::warning::') && a.includes(note))).toBe(true);
    expect(world.statuses()).toHaveLength(0);
  });

  test('an empty token on a pull request run says the status is not written', async () => {
    world = await makeWorld();
    const run = await world.prRun('opened', { token: '' });
    expect(run.code).toBe(0);
    const note =
      'The `preflight` commit status was not set (the `token` input is empty). Nothing stands in for it';
    expect(run.summary).toContain(note);
    expect(run.annotations.some((a) => a.includes(note))).toBe(true);
    expect(world.double.requests).toHaveLength(0);
  });
});
