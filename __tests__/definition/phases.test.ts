import { describe, expect, test } from '@jest/globals';
import { allItems } from '../../src/definition/model.js';
import { load, messages } from './harness.js';

const PHASED = `id: app
title: App
targets:
  production: https://shop.example
rollback: undo
sections:
  - id: checks
    title: Checks
    items:
      - id: readme
        title: Readme
        check: { kind: repo.files-exist, paths: ['README*'] }
  - id: verify
    title: Verification
    phase: after-deploy
    items:
      - id: health
        title: Health answers
        check: { kind: http.response, target: production, path: /health }
      - id: stable
        title: Running without errors for 24+ hours
        hold-for: 24h
        check: { kind: http.response, target: production, path: /health }
      - id: smoke
        title: Smoke tests passed
      - id: staged
        title: Still before the merge
        phase: before-merge
  - id: undo
    title: Undo a release
    items:
      - id: plan
        title: Rollback plan written
`;

describe('phases in the definition language', () => {
  test('a section sets the phase of its items; an item may say otherwise; before-merge is the default', () => {
    const r = load(PHASED);
    if (!r.ok) throw new Error(messages(r).join('\n'));
    const byId = new Map(allItems(r.checklist).map((i) => [i.id, i]));
    expect(byId.get('readme')?.phase).toBeUndefined();
    expect(byId.get('health')?.phase).toBe('after-deploy');
    expect(byId.get('smoke')?.phase).toBe('after-deploy');
    expect(byId.get('staged')?.phase).toBeUndefined();
    expect(byId.get('stable')).toMatchObject({ phase: 'after-deploy', holdForMs: 86_400_000 });
    expect(r.checklist.rollback).toBe('undo');
  });

  test('the rollback section defaults to one whose id or title says rollback', () => {
    const r = load(
      PHASED.replace('rollback: undo\n', '').replace('title: Undo a release', 'title: Rollback'),
    );
    expect(r.ok && r.checklist.rollback).toBe('undo');
  });

  test('override can move an extended item to after the deployment', () => {
    const r = load({
      'preflight.yml': `id: app\nextends: repo-basics\noverride:\n  changelog: { phase: after-deploy }\n`,
    });
    if (!r.ok) throw new Error(messages(r).join('\n'));
    expect(allItems(r.checklist).find((i) => i.id === 'changelog')?.phase).toBe('after-deploy');
  });

  test('bad phases, holds and rollback names are reported at their file, line and column', () => {
    const bad = PHASED.replace('phase: after-deploy', 'phase: after-merge')
      .replace('hold-for: 24h', 'hold-for: 24 hours')
      .replace('rollback: undo', 'rollback: undoo');
    expect(messages(load(bad))).toEqual([
      "preflight.yml:5:11: rollback: no section 'undoo' (did you mean 'undo'?)",
      "preflight.yml:15:12: 'sections[1].phase' must be one of 'before-merge', 'after-deploy', not 'after-merge'",
      'preflight.yml:22:19: \'sections[1].items[1].hold-for\' has an invalid value \'24 hours\': a hold is a string such as "30m", "24h" or "7d"',
    ]);
  });

  test('a hold needs an automated after-deploy item, and at most 30 days', () => {
    const one = (lines: string) =>
      messages(load(`id: app\ntitle: App\nsections:\n  - title: S\n    items:\n${lines}`));
    expect(one('      - id: a\n        title: A\n        hold-for: 2h\n')).toEqual([
      "preflight.yml:8:19: 'sections[0].items[0].hold-for': only automated items are held; a person ticks a manual item once the time has passed",
    ]);
    expect(
      one(
        "      - id: a\n        title: A\n        hold-for: 2h\n        check: { kind: repo.files-exist, paths: ['x'] }\n",
      ),
    ).toEqual([
      "preflight.yml:8:19: 'sections[0].items[0].hold-for': only after-deploy items are held (add 'phase: after-deploy' to the item or its section)",
    ]);
    expect(
      one(
        "      - id: a\n        title: A\n        phase: after-deploy\n        hold-for: 31d\n        check: { kind: repo.files-exist, paths: ['x'] }\n",
      ),
    ).toEqual(["preflight.yml:9:19: 'sections[0].items[0].hold-for' must be more than 0 and at most 30d"]);
  });
});
