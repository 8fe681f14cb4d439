import { describe, expect, test } from '@jest/globals';
import { decodeRecord, encodeRecord } from '../../src/gate/record.js';
import { editorsToAsk, replayTicks } from '../../src/gate/replay.js';
import { automated, manual } from './fixtures.js';
import { History } from './history.js';

const writers = new Map([
  ['alice', { role: 'write' as const, teams: [] }],
  ['mallory', { role: 'read' as const, teams: [] }],
  ['maya', { role: 'maintain' as const, teams: ['acme/release'] }],
]);

describe('replaying the comment history', () => {
  test('an allowed tick counts and is attributed to the editor GitHub recorded', () => {
    const h = new History([automated('a', 'pass'), manual('m')], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    const r = h.run('sha1');
    expect(r.ticks.m).toMatchObject({ checked: true, by: 'alice' });
    expect(r.decision.state).toBe('success');
    expect(r.body).toContain('[x] Manual m');
  });

  test('a copy of a box with the same marker never shadows the real box', () => {
    const h = new History([manual('m'), manual('n')], writers);
    h.run('sha1');
    const real = h.body.split('\n').find((l) => l.includes('<!-- preflight:item m -->')) ?? '';
    expect(real).toMatch(/^- \[ \]/);
    // Someone puts an unticked copy above the real box; then alice ticks the real box (the second one).
    h.edit('mallory', h.body.replace(real, `${real.replace('Manual m', 'Copy')}\n${real}`));
    h.edit('alice', h.body.replace(`\n${real}`, `\n${real.replace('- [ ]', '- [x]')}`));
    const r = h.run('sha1');
    expect(r.ticks.m).toMatchObject({ checked: true, by: 'alice' });
    // Preflight's next body has one box per id again.
    expect(r.body.match(/<!-- preflight:item m -->/g)).toHaveLength(1);
    // And a tick of the copy counts as a tick by whoever made it, held to the same approvers.
    const h2 = new History([manual('m', { permission: 'maintain' })], writers);
    h2.run('sha1');
    const line = h2.body.split('\n').find((l) => l.includes('<!-- preflight:item m -->')) ?? '';
    h2.edit('alice', h2.body.replace(line, `${line.replace('- [ ]', '- [x]')}\n${line}`));
    const r2 = h2.run('sha1');
    expect(r2.ticks.m?.checked).toBe(false);
    expect(r2.replayed.rejected).toMatchObject([{ login: 'alice', id: 'm', checked: true }]);
  });

  test('a tick by someone without the permission is undone with a note', () => {
    const h = new History([manual('m', { permission: 'maintain' })], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    const r = h.run('sha1');
    expect(r.ticks.m?.checked).toBe(false);
    expect(r.replayed.rejected).toMatchObject([{ login: 'alice', id: 'm', checked: true }]);
    expect(r.body).toContain('[ ] Manual m');
    expect(r.body).toMatch(
      /alice's tick of “Manual m” was undone: this item may be ticked by maintain access or above/,
    );
  });

  test('users and teams named as approvers may tick whatever their role', () => {
    const h = new History(
      [manual('u', { users: ['Mallory'] }), manual('t', { teams: ['acme/release'] })],
      writers,
    );
    h.run('sha1');
    h.set('mallory', 'u', true);
    h.set('maya', 't', true);
    const r = h.run('sha1');
    expect(r.ticks.u?.checked && r.ticks.t?.checked).toBe(true);
  });

  test('an untick by someone not allowed is undone too', () => {
    const h = new History([manual('m')], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    h.run('sha1');
    h.set('mallory', 'm', false);
    const r = h.run('sha1');
    expect(r.ticks.m).toMatchObject({ checked: true, by: 'alice' });
  });

  test('edits whose runs were dropped still count, each for its own editor', () => {
    const h = new History([manual('a'), manual('b')], writers);
    h.run('sha1');
    h.set('alice', 'a', true);
    h.set('mallory', 'b', true); // no run in between: the event was dropped
    const r = h.run('sha1');
    expect(r.ticks.a).toMatchObject({ checked: true, by: 'alice' });
    expect(r.ticks.b?.checked).toBe(false);
  });

  test('a tick erased by a stale Preflight write is restored from the history', () => {
    const h = new History([manual('m')], writers);
    h.run('sha1');
    const stale = h.body;
    h.set('alice', 'm', true);
    // A run that read the comment before alice's tick writes its older view afterwards.
    h.revisions.push({ ...h.revisions[0]!, body: stale, at: '2026-11-22T10:10:00Z' });
    const r = h.run('sha1');
    expect(r.ticks.m).toMatchObject({ checked: true, by: 'alice' });
  });

  test('tampering with results, markers or the record in the body changes nothing', () => {
    const h = new History([automated('a', 'fail'), manual('m')], writers);
    h.run('sha1');
    const forged = decodeRecord(h.body)!;
    forged.ticks.m = { checked: true, by: 'boss', at: '2026-01-01T00:00:00Z' };
    forged.items = forged.items.map((i) => ({ ...i, status: 'pass' as const }));
    const edited = h.body
      .replace(/- ❌ \*\*Automated a\*\*/, '- ✅ **Automated a**')
      .replace(/<!-- preflight:record [^>]*-->/, encodeRecord(forged));
    h.edit('alice', edited);
    const r = h.run('sha1');
    expect(r.ticks.m?.checked).toBe(false);
    expect(r.decision.state).toBe('failure');
    expect(r.body).toContain('- ❌ **Automated a**');
  });

  test('a push unticks reset-on-push items, with a note, and keeps the others', () => {
    const h = new History([manual('smoke', undefined, { resetOnPush: true }), manual('plan')], writers);
    h.run('sha1');
    h.set('alice', 'smoke', true);
    h.set('alice', 'plan', true);
    expect(h.run('sha1').ticks.smoke?.checked).toBe(true);
    const r = h.run('sha2');
    expect(r.ticks.smoke?.checked).toBe(false);
    expect(r.ticks.plan?.checked).toBe(true);
    expect(r.body).toMatch(/Unticked because new commits were pushed \(sha1 → sha2\): “Manual smoke”/);
    // The reset holds on the next run for the same head.
    expect(h.run('sha2').ticks.smoke?.checked).toBe(false);
  });

  test('a deleted Preflight revision falls back to the one before it, with a note, keeping the ticks', () => {
    const h = new History([manual('m')], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    h.run('sha1');
    h.revisions[h.revisions.length - 1] = { ...h.revisions.at(-1)!, body: null };
    const r = replayTicks(h.revisions, [manual('m')], writers);
    expect(r.ticks.m).toMatchObject({ checked: true, by: 'alice' });
    expect(r.problems[0]).toMatch(/deleted from the comment's edit history, so the one before it was used/);
  });

  test('a window of the newest revisions replays with absolute positions, the same as the whole history', () => {
    const h = new History([manual('m')], writers);
    h.run('sha1');
    for (let i = 0; i < 30; i += 1) h.set('alice', 'm', i % 2 === 0);
    h.run('sha1');
    h.set('alice', 'm', false);
    const whole = replayTicks(h.revisions, [manual('m')], writers);
    const offset = h.revisions.length - 3;
    const window = replayTicks(h.revisions.slice(offset), [manual('m')], writers, offset);
    expect(window.ticks).toEqual(whole.ticks);
    expect(window.seen).toBe(whole.seen);
    expect(window.unreachable).toBeUndefined();
    // A window that holds no trusted record cannot decide.
    const blind = replayTicks(h.revisions.slice(-1), [manual('m')], writers, h.revisions.length - 1);
    expect(blind.unreachable).toBe(true);
  });

  test("only editors whose changes need GitHub's word are asked about", () => {
    const h = new History([manual('m'), manual('u', { users: ['bob'] })], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    h.set('bob', 'u', true);
    expect(editorsToAsk(h.revisions, [manual('m'), manual('u', { users: ['bob'] })])).toEqual(['alice']);
  });

  test('sign-off records who ticked what once the gate is green', () => {
    const h = new History([manual('m')], writers);
    h.run('sha1');
    h.set('alice', 'm', true);
    const r = h.run('sha1');
    expect(r.record.signOff).toMatchObject({ headSha: 'sha1', ticks: [{ id: 'm', by: 'alice' }] });
    expect(r.body).toContain('#### Sign-off');
  });
});
