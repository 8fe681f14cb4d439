import { afterEach, describe, expect, test } from '@jest/globals';
import { CHECKLIST, lastStatus, makeWorld, NUMBER, type World } from './world.js';

let world: World | undefined;

afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

async function started(options?: Parameters<typeof makeWorld>[0]): Promise<World> {
  world = await makeWorld(options);
  const first = await world.prRun('opened');
  expect(first.code).toBe(0);
  return world;
}

describe('the release-PR gate, end to end (the action in-process, GitHub API double)', () => {
  test('the first run creates one comment and a pending status, within 4 REST calls', async () => {
    world = await makeWorld();
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    const comments = world.gateComments();
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('- ✅ **README exists**');
    expect(comments[0]?.body).toMatch(/- \[ \] Rollback plan ready <!-- preflight:item rollback -->/);
    expect(lastStatus(world)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
    expect(run.outputs.gate).toBe('pending');
    const rest = world.double.requests.filter((r) => r.route !== 'graphql');
    expect(rest.length).toBeLessThanOrEqual(4);
    expect(run.summary).toContain('Gate `preflight`: ⏳ pending');
  });

  test('an allowed tick of the last box turns the status green and records the sign-off', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    w.double.resetRequests();
    const run = await w.tick('alice', 'smoke', true);
    expect(run?.code).toBe(0);
    expect(lastStatus(w)).toMatchObject({ state: 'success' });
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[x\] Smoke-tested on staging .*✔ alice/);
    expect(body).toContain('#### Sign-off');
    expect(body).toContain('for version 1.4.0');
    expect(w.double.requests.filter((r) => r.route !== 'graphql').length).toBeLessThanOrEqual(5);
  });

  test('a tick by someone not allowed is reverted with a note, and the status stays pending', async () => {
    const w = await started();
    const run = await w.tick('alice', 'rollback', true);
    expect(run?.code).toBe(0);
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[ \] Rollback plan ready/);
    expect(body).toContain(
      "alice's tick of “Rollback plan ready” was undone: this item may be ticked by maintain access or above",
    );
    expect(lastStatus(w)?.state).toBe('pending');
  });

  test('an untick after success goes back to pending', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true);
    expect(lastStatus(w)?.state).toBe('success');
    await w.tick('alice', 'smoke', false);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
    expect(w.gateComments()[0]?.body).not.toContain('Signed off');
  });

  test('a tampered automated line leaves the gate unchanged and the next run restores it', async () => {
    world = await makeWorld({ headFiles: {} });
    const w = world;
    await w.repo.git('rm', '-q', 'README.md');
    await w.repo.git('commit', '-q', '-m', 'drop readme');
    const head = (await w.repo.git('rev-parse', 'HEAD')).trim();
    w.double.pushTo(NUMBER, head);
    w.headSha = head;
    await w.prRun('synchronize');
    expect(lastStatus(w)?.state).toBe('failure');
    const comment = w.gateComments()[0]!;
    const forged = comment.body.replace(
      /- ❌ \*\*README exists\*\*[^\n]*/,
      '- ✅ **README exists** · 1 file found',
    );
    const { from } = w.double.editCommentAs(comment.id, 'maya', forged);
    await w.run(
      'issue_comment',
      w.double.issueCommentEvent('edited', { commentId: comment.id, sender: 'maya', fromBody: from }),
    );
    expect(lastStatus(w)?.state).toBe('failure');
    expect(w.gateComments()[0]?.body).toMatch(/- ❌ \*\*README exists\*\*/);
  });

  test('a pull request that edits its own checklist is gated by the base branch version', async () => {
    const weakened = CHECKLIST.replace(/ {6}- id: rollback[\s\S]*$/, '');
    world = await makeWorld({ checklistAtHead: weakened });
    await world.prRun('opened');
    expect(world.gateComments()[0]?.body).toContain('Rollback plan ready');
    expect(lastStatus(world)?.state).toBe('pending');
  });

  test('a push unticks reset-on-push items with a note and keeps the others', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true);
    const head = await w.repo.commit('fix', { 'fix.txt': 'x\n' });
    w.double.pushTo(NUMBER, head);
    w.headSha = head;
    await w.prRun('synchronize');
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[ \] Smoke-tested on staging/);
    expect(body).toMatch(/- \[x\] Rollback plan ready/);
    expect(body).toMatch(/Unticked because new commits were pushed/);
    expect(lastStatus(w, head)?.state).toBe('pending');
  });

  test('ticks whose events were dropped still count, each attributed from the edit history', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true, { dropEvent: true });
    await w.tick('alice', 'smoke', true);
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[x\] Rollback plan ready .*✔ maya/);
    expect(lastStatus(w)?.state).toBe('success');
  });

  test('two concurrent first runs end with one comment', async () => {
    world = await makeWorld();
    const w = world;
    const held = w.double.hold({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    const a = w.prRun('opened');
    await held.reached;
    const b = w.prRun('opened');
    // Let b list the comments (none yet) before a writes.
    await new Promise((r) => setTimeout(r, 1500));
    held.release();
    const runs = await Promise.all([a, b]);
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    expect(w.gateComments()).toHaveLength(1);
    const statuses = w.statuses();
    expect(statuses.at(-1)?.state).toBe('pending');
  });

  test('a 500 on the first write is retried and the run succeeds', async () => {
    world = await makeWorld();
    world.double.failNext({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 500,
    });
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    expect(world.gateComments()).toHaveLength(1);
    expect(lastStatus(world)?.state).toBe('pending');
  });

  test('a 403 on a same-repository PR names the missing permissions', async () => {
    world = await makeWorld();
    world.double.failNext({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 10,
    });
    const run = await world.prRun('opened');
    expect(run.stdout).toMatch(/::error::.*pull-requests: write, statuses: write/);
    expect(world.statuses()).toHaveLength(0);
  });

  test('a PR with 150 comments finds its marker on page 2', async () => {
    world = await makeWorld();
    const w = world;
    for (let i = 0; i < 150; i += 1) w.double.addComment(NUMBER, { author: 'chatty', body: `comment ${i}` });
    await w.prRun('opened');
    const first = w.gateComments()[0]!;
    await w.tick('maya', 'rollback', true);
    w.double.resetRequests();
    await w.prRun('synchronize');
    expect(w.gateComments()).toHaveLength(1);
    expect(w.gateComments()[0]?.id).toBe(first.id);
    const lists = w.double.requests.filter(
      (r) => r.route === '/repos/{owner}/{repo}/issues/{issue_number}/comments' && r.method === 'GET',
    );
    expect(lists).toHaveLength(2);
    expect(w.gateComments()[0]?.body).toMatch(/- \[x\] Rollback plan ready/);
  });

  test('a fork with a read-only token still evaluates, summarises and explains', async () => {
    world = await makeWorld({ pr: { fork: true } });
    world.double.setTokenMode('read-only');
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Resource not accessible by integration');
    expect(run.summary).toContain('README exists');
    expect(world.gateComments()).toHaveLength(0);
    expect(run.stdout).toMatch(/::warning::.*pull-requests: write/);
  });

  test('a merge_group run sets the status on the queue commit from the PR ticks', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true);
    const queueSha = await w.repo.commit('merge queue', { 'queue.txt': 'q\n' });
    const run = await w.run(
      'merge_group',
      w.double.mergeGroupEvent({
        headSha: queueSha,
        headRef: `refs/heads/gh-readonly-queue/main/pr-${NUMBER}-${w.headSha}`,
        baseSha: w.baseSha,
        baseRef: 'refs/heads/main',
      }),
    );
    expect(run.code).toBe(0);
    expect(lastStatus(w, queueSha)).toMatchObject({ state: 'success' });
  });

  test('a PR the checklist does not apply to gets a success status and no comment', async () => {
    world = await makeWorld({ pr: { headRef: 'feature/x' } });
    await world.prRun('opened');
    expect(world.gateComments()).toHaveLength(0);
    expect(lastStatus(world)).toMatchObject({
      state: 'success',
      description: expect.stringMatching(/^Checklist does not apply: head branch feature\/x/),
    });
  });

  test('comments on plain issues and on other comments are ignored without API calls', async () => {
    const w = await started();
    w.double.resetRequests();
    const run = await w.run(
      'issue_comment',
      w.double.issueCommentEventOnPlainIssue('edited', { sender: 'alice' }),
    );
    expect(run.code).toBe(0);
    expect(w.double.requests).toHaveLength(0);
  });
});

describe('scheduled re-checks', () => {
  test('a schedule run re-publishes labelled open pull requests and skips the others', async () => {
    world = await makeWorld({ pr: { labels: ['release'] } });
    const w = world;
    await w.prRun('opened');
    w.double.addPullRequest({
      number: 8,
      headSha: w.headSha,
      headRef: 'release/1.4.1',
      baseRef: 'main',
      baseSha: w.baseSha,
    });
    const before = w.statuses().length;
    const run = await w.run('schedule', w.double.scheduleEvent(), { 'recheck-label': 'release' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Re-checking 1 open pull request(s) labelled release.');
    expect(w.statuses().length).toBe(before + 1);
    expect(lastStatus(w)?.state).toBe('pending');
    expect(w.double.comments(8)).toHaveLength(0);
  });
});
