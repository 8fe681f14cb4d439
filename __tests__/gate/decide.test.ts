import { describe, expect, test } from '@jest/globals';
import { decideGate, MAX_DESCRIPTION } from '../../src/gate/decide.js';
import { automated, manual } from './fixtures.js';

const ticked = { checked: true, by: 'alice', at: '2026-11-22T10:00:00Z' };

describe('decideGate', () => {
  test('pending while a required manual item is unticked, success once it is ticked', () => {
    const items = [automated('a', 'pass'), manual('m')];
    const pending = decideGate({ items, ticks: {}, applies: { yes: true }, resultsCurrent: true });
    expect(pending).toMatchObject({ state: 'pending', done: 1, total: 2, toTick: ['m'] });
    const done = decideGate({ items, ticks: { m: ticked }, applies: { yes: true }, resultsCurrent: true });
    expect(done).toMatchObject({ state: 'success', done: 2 });
  });

  test('a failing or erroring required automated item is a failure; an optional one is not', () => {
    const items = [
      automated('a', 'fail'),
      automated('b', 'error'),
      automated('c', 'fail', { required: false }),
    ];
    const d = decideGate({ items, ticks: {}, applies: { yes: true }, resultsCurrent: true });
    expect(d.state).toBe('failure');
    expect(d.failing).toEqual(['a', 'b']);
  });

  test('results recorded for another head leave the gate pending, whatever they said', () => {
    const d = decideGate({
      items: [automated('a', 'pass')],
      ticks: {},
      applies: { yes: true },
      resultsCurrent: false,
    });
    expect(d).toMatchObject({ state: 'pending', waiting: ['a'] });
  });

  test('a checklist that does not apply is a success with the reason; skipped items do not count', () => {
    expect(
      decideGate({
        items: [],
        ticks: {},
        applies: { yes: false, reason: 'no label release' },
        resultsCurrent: true,
      }),
    ).toMatchObject({ state: 'success', description: 'Checklist does not apply: no label release' });
    const d = decideGate({
      items: [manual('m', undefined, { status: 'skipped' }), automated('a', 'pass')],
      ticks: {},
      applies: { yes: true },
      resultsCurrent: true,
    });
    expect(d).toMatchObject({ state: 'success', total: 1 });
  });

  test('the description never exceeds 140 characters', () => {
    const items = Array.from({ length: 40 }, (_, i) => automated(`a-very-long-item-identifier-${i}`, 'fail'));
    const d = decideGate({ items, ticks: {}, applies: { yes: true }, resultsCurrent: true });
    expect(d.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION);
    expect(d.description).toMatch(/^0\/40 done; 40 required checks failing: a-very-long/);
  });
});
