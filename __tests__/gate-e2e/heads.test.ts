/**
 * Issue: results belong to the commit that was checked out. A `pull_request` run checks out the merge commit
 * of the head at the event; by the time it reports, the live head may be newer. Run in-process.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { lastStatus, makeWorld, NUMBER, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

/** Checks out `refs/pull/N/merge` as GitHub builds it for `head`: a merge commit whose second parent is head. */
async function checkoutMerge(w: World, head: string): Promise<string> {
  await w.repo.git('checkout', '-q', '--detach', w.baseSha);
  await w.repo.git(
    '-c',
    'user.name=GitHub',
    '-c',
    'user.email=noreply@github.com',
    'merge',
    '-q',
    '--no-ff',
    '-m',
    `Merge ${head} into ${w.baseSha}`,
    head,
  );
  return (await w.repo.git('rev-parse', 'HEAD')).trim();
}

/** H1 breaks the README check, H2 (pushed quickly after) restores it. */
async function twoQuickPushes(w: World) {
  await w.repo.git('checkout', '-q', 'release/1.4.0');
  await w.repo.git('rm', '-q', 'README.md');
  await w.repo.git(
    '-c',
    'user.name=T',
    '-c',
    'user.email=t@example.invalid',
    'commit',
    '-q',
    '-m',
    'drop readme',
  );
  const h1 = (await w.repo.git('rev-parse', 'HEAD')).trim();
  w.double.pushTo(NUMBER, h1);
  const eventForH1 = w.double.pullRequestEvent('synchronize', NUMBER);
  const h2 = await w.repo.commit('restore readme', { 'README.md': '# shop\n' });
  w.double.pushTo(NUMBER, h2);
  const eventForH2 = w.double.pullRequestEvent('synchronize', NUMBER);
  return { h1, h2, eventForH1, eventForH2 };
}

describe('results belong to the commit that was checked out', () => {
  test('the run for H1 finishing after H2 was pushed records nothing for H2, which waits for its own run', async () => {
    world = await makeWorld();
    const w = world;
    await w.prRun('opened');
    const { h1, h2, eventForH1, eventForH2 } = await twoQuickPushes(w);
    await checkoutMerge(w, h1);
    const late = await w.run('pull_request', eventForH1);
    expect(late.code).toBe(0);
    expect(lastStatus(w, h2)).toMatchObject({
      state: 'pending',
      description: `0/3 done; 2 items to tick; waiting for the run of ${h2.slice(0, 7)}`,
    });
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toContain(`waiting for the run of \`${h2.slice(0, 7)}\``);
    expect(body).toContain(`the last results were for \`${h1.slice(0, 7)}\``);
    expect(body).not.toMatch(/❌ \*\*README exists/);
    expect(late.summary).toContain(
      `This run evaluated ${h1.slice(0, 7)}, but the pull request's head is now ${h2.slice(0, 7)}`,
    );
    // A tick in between is judged, but inherits no results.
    await w.tick('maya', 'rollback', true);
    expect(lastStatus(w, h2)?.description).toBe(
      `1/3 done; 1 item to tick; waiting for the run of ${h2.slice(0, 7)}`,
    );
    // H2's own run brings H2's results.
    await checkoutMerge(w, h2);
    await w.run('pull_request', eventForH2);
    expect(lastStatus(w, h2)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });

  test("a late run for H1 never replaces the results H2's own run recorded", async () => {
    world = await makeWorld();
    const w = world;
    await w.prRun('opened');
    const { h1, h2, eventForH1, eventForH2 } = await twoQuickPushes(w);
    await checkoutMerge(w, h2);
    await w.run('pull_request', eventForH2);
    expect(lastStatus(w, h2)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
    await checkoutMerge(w, h1);
    await w.run('pull_request', eventForH1);
    expect(lastStatus(w, h2)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
    expect(w.gateComments()[0]?.body).toMatch(/- ✅ \*\*README exists\*\*/);
  });

  test('a checkout that is neither the head nor its merge commit records no results and says error, since no later run fixes it', async () => {
    world = await makeWorld();
    const w = world;
    await w.repo.git('checkout', '-q', '--detach', w.baseSha);
    const run = await w.prRun('opened');
    expect(run.code).toBe(0);
    expect(run.summary).toContain(
      `No automated results were recorded: this run's checkout ${w.baseSha.slice(0, 7)} is the base branch, not the pull request's head ${w.headSha.slice(0, 7)}`,
    );
    expect(lastStatus(w)).toMatchObject({
      state: 'error',
      description:
        "No automated results: this run's checkout is not the pull request's head; see the job log",
    });
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).not.toMatch(/✅ \*\*README exists/);
    expect(body).toContain('so its repository checks would read other files than the head');
    // A run that checks out the head brings its results.
    await w.repo.git('checkout', '-q', '--detach', w.headSha);
    await w.prRun('synchronize');
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
  });

  test("a checkout that is neither, in a run for an older head, waits for the newer head's own run", async () => {
    world = await makeWorld();
    const w = world;
    await w.prRun('opened');
    const { h2, eventForH1 } = await twoQuickPushes(w);
    await w.repo.git('checkout', '-q', '--detach', w.baseSha);
    await w.run('pull_request', eventForH1);
    expect(lastStatus(w, h2)).toMatchObject({
      state: 'pending',
      description: `0/3 done; 2 items to tick; waiting for the run of ${h2.slice(0, 7)}`,
    });
  });
});
