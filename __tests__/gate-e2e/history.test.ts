/**
 * Issue: the edit history is read from its newest end. GitHub lists `userContentEdits` newest first; the
 * double does too (with the creation entry once edited, whole-second timestamps and deleted revisions), and
 * these scenarios run the action's source in-process against it.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { lastStatus, makeWorld, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

async function started(): Promise<World> {
  world = await makeWorld();
  expect((await world.prRun('opened')).code).toBe(0);
  return world;
}

/** Scripted edits by a writer that change text outside the boxes: each is one more revision. */
function scriptedEdits(w: World, count: number): void {
  const comment = w.gateComments()[0]!;
  const body = comment.body;
  for (let i = 0; i < count; i += 1) w.double.editCommentAs(comment.id, 'alice', `${body}\nscripted ${i}`);
}

const PATCH_COMMENT = { method: 'PATCH', route: '/repos/{owner}/{repo}/issues/comments/{comment_id}' };

describe('the comment history, read from its newest end', () => {
  test('past 500 revisions, a new tick still counts: the newest record is found on the first pages', async () => {
    const w = await started();
    scriptedEdits(w, 600);
    await w.prRun('synchronize');
    w.double.resetRequests();
    const run = await w.tick('maya', 'rollback', true);
    expect(run?.code).toBe(0);
    expect(w.gateComments()[0]?.body).toMatch(/- \[x\] Rollback plan ready .*✔ maya/);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
    // The newest record is Preflight's last revision, on the first page.
    expect(w.double.count({ route: 'graphql' })).toBeLessThanOrEqual(3);
  });

  test('an approver untick past 500 revisions is not silently undone', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    scriptedEdits(w, 550);
    await w.prRun('synchronize');
    await w.tick('maya', 'rollback', false);
    expect(w.gateComments()[0]?.body).toMatch(/- \[ \] Rollback plan ready/);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
  });

  test('when no trusted record can be reached, the status is error with a note, never a frozen gate', async () => {
    const w = await started();
    scriptedEdits(w, 1050);
    const tick = await w.tick('maya', 'rollback', true);
    expect(tick?.code).toBe(0);
    expect(lastStatus(w)).toMatchObject({
      state: 'error',
      description: "Preflight's trusted record is not in the comment's recent history",
    });
    expect(tick?.annotations.join('\n')).toMatch(
      /::warning::Preflight cannot decide: no revision Preflight wrote/,
    );
    const run = await w.prRun('synchronize');
    expect(run.code).toBe(0);
    expect(lastStatus(w)?.state).toBe('error');
    expect(w.gateComments()[0]?.body).toContain('⚠️ Cannot decide');
    expect(w.gateComments()[0]?.body).toMatch(
      /no revision Preflight wrote with a trusted record is among the newest/,
    );
  });

  test('a run that changes nothing a person can see does not rewrite the comment', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    w.double.resetRequests();
    const again = await w.prRun('synchronize');
    expect(again.code).toBe(0);
    expect(w.double.count(PATCH_COMMENT)).toBe(0);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
    // And a tick after the skipped write still counts.
    await w.tick('alice', 'smoke', true);
    expect(lastStatus(w)?.state).toBe('success');
  });
});

describe('revisions deleted from the history', () => {
  test("a person's deleted revision does not count, and the next person's tick still does", async () => {
    const w = await started();
    await w.tick('alice', 'rollback', true, { dropEvent: true });
    await w.tick('maya', 'smoke', true, { dropEvent: true });
    const comment = w.gateComments()[0]!;
    // Revisions: 0 creation (Preflight), 1 alice, 2 maya. Alice deletes hers.
    w.double.deleteCommentRevision(comment.id, 1, 'alice');
    expect(w.double.commentEdits(comment.id)[1]).toMatchObject({ diff: null, deletedAt: expect.any(String) });
    await w.run(
      'issue_comment',
      w.double.issueCommentEvent('edited', { commentId: comment.id, sender: 'maya' }),
    );
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[x\] Smoke-tested on staging .*✔ maya/);
    expect(body).toMatch(/- \[ \] Rollback plan ready/);
    expect(body).toContain('a revision by alice just before it was deleted');
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });

  test('a deleted Preflight revision falls back to the one before it, with a note, and keeps every tick', async () => {
    const w = await started();
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true, { dropEvent: true });
    const comment = w.gateComments()[0]!;
    const edits = w.double.commentEdits(comment.id);
    // 0 creation, 1 maya's tick, 2 Preflight's answer, 3 alice's tick (live).
    expect(edits.map((e) => e.editor)).toEqual([
      'github-actions[bot]',
      'maya',
      'github-actions[bot]',
      'alice',
    ]);
    w.double.deleteCommentRevision(comment.id, 2, 'maya');
    await w.prRun('synchronize');
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[x\] Rollback plan ready .*✔ maya/);
    expect(body).toMatch(/- \[x\] Smoke-tested on staging .*✔ alice/);
    expect(body).toContain("a revision Preflight wrote was deleted from the comment's edit history");
    expect(lastStatus(w)?.state).toBe('success');
  });
});
