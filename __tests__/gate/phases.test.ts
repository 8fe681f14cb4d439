import { describe, expect, test } from '@jest/globals';
import { composeGate } from '../../src/gate/compose.js';
import { decideGate } from '../../src/gate/decide.js';
import { decideDeploy } from '../../src/gate/deploy-decide.js';
import type { DeployRecord } from '../../src/gate/deploy-record.js';
import { readBoxes } from '../../src/gate/boxes.js';
import { notesFromHistory, readNotes, inertNotes, NOTES_END, NOTES_START } from '../../src/gate/notes.js';
import { decodeRecord, type RecordedItem } from '../../src/gate/record.js';
import { NO_HISTORY } from '../../src/gate/replay.js';
import { automated, manual } from './fixtures.js';

const after = { phase: 'after-deploy' as const, section: 'verify', sectionTitle: 'Verification' };
const ticked = { checked: true, by: 'maya', at: '2026-11-22T10:00:00Z' };
const DEPLOY: DeployRecord = {
  sha: 'c'.repeat(40),
  environment: 'production',
  url: 'https://shop.example',
  at: '2026-11-22T10:00:00.000Z',
  by: 'octocat',
  trigger: 'deployment_status',
  reviewedBy: ['maya'],
  checkedAt: '2026-11-22T10:01:00.000Z',
};

const items: RecordedItem[] = [
  automated('readme', 'pass'),
  manual('plan'),
  automated('health', 'error', { ...after, summary: 'runs after the deployment' }),
  manual('smoke', undefined, after),
];

function compose(list: RecordedItem[], deploy?: DeployRecord, now = '2026-11-22T10:05:00.000Z') {
  return composeGate(
    {
      checklistId: 'release',
      title: 'Release',
      headSha: 'a'.repeat(40),
      items: list,
      resultsHeadSha: 'a'.repeat(40),
      applies: { yes: true },
      definitions: { from: 'base' },
      details: new Map(),
      deploy,
      rollback: 'rollback',
    },
    NO_HISTORY,
    now,
  );
}

describe('after-deploy items and the merge gate', () => {
  test('the merge decision ignores after-deploy items, whatever their state', () => {
    const d = decideGate({ items, ticks: { plan: ticked }, applies: { yes: true }, resultsCurrent: true });
    expect(d).toMatchObject({ state: 'success', done: 2, total: 2, failing: [], toTick: [] });
  });

  test('the comment shows them under "After deploy" with their own progress, boxes still tickable', () => {
    const c = compose(items);
    expect(c.decision.state).toBe('pending');
    expect(c.body).toContain('**⏳ Waiting** · 1/2 done');
    expect(c.body).toContain('### 🚀 After deploy');
    expect(c.body).toContain('**⏳ Waiting for the deployment** · 0/2 done after deploy');
    expect(c.body).toContain('- ⏳ **Automated health** · runs after the deployment');
    expect([...readBoxes(c.body).keys()].sort()).toEqual(['plan', 'smoke']);
    expect(c.body.indexOf('#### Verification')).toBeGreaterThan(c.body.indexOf('### 🚀 After deploy'));
    expect(decodeRecord(c.body)?.rollback).toBe('rollback');
  });
});

describe('the after-deploy decision', () => {
  const now = '2026-11-22T11:00:00.000Z';
  test('waits for the deployment, then for ticks; succeeds when every required item is done', () => {
    expect(decideDeploy(items, {}, undefined, now)).toMatchObject({
      state: 'pending',
      description: 'Waiting for the deployment',
    });
    const passed = items.map((i) => (i.id === 'health' ? { ...i, status: 'pass' as const } : i));
    expect(decideDeploy(passed, {}, DEPLOY, now)).toMatchObject({
      state: 'pending',
      toTick: ['smoke'],
      done: 1,
      total: 2,
    });
    expect(decideDeploy(passed, { smoke: ticked }, DEPLOY, now)).toMatchObject({
      state: 'success',
      outcome: 'SUCCESSFUL',
      description: '2/2 done after deploy; every after-deploy item is done',
    });
  });

  test('a failing required item or a failed deployment is FAILED', () => {
    const failed = items.map((i) => (i.id === 'health' ? { ...i, status: 'fail' as const } : i));
    expect(decideDeploy(failed, { smoke: ticked }, DEPLOY, now)).toMatchObject({
      state: 'failure',
      outcome: 'FAILED',
      failing: ['health'],
    });
    const passed = items.map((i) => (i.id === 'health' ? { ...i, status: 'pass' as const } : i));
    expect(
      decideDeploy(passed, { smoke: ticked }, { ...DEPLOY, deploymentFailed: 'failure' }, now),
    ).toMatchObject({ state: 'failure', outcome: 'FAILED' });
  });

  test('a held item is watched until its hold has passed since the deployment', () => {
    const held = [automated('stable', 'pass', { ...after, holdForMs: 24 * 3_600_000 })];
    expect(decideDeploy(held, {}, DEPLOY, '2026-11-23T09:59:00.000Z')).toMatchObject({
      state: 'pending',
      watching: [{ id: 'stable', until: '2026-11-23T10:00:00.000Z' }],
      description: '0/1 done after deploy; watching until 2026-11-23 10:00 UTC',
    });
    expect(decideDeploy(held, {}, DEPLOY, '2026-11-23T10:00:00.000Z')).toMatchObject({
      state: 'success',
      outcome: 'SUCCESSFUL',
    });
  });

  test('a failed phase names the rollback section and closes the sign-off as FAILED', () => {
    const list = [
      ...items.map((i) =>
        i.id === 'health' ? { ...i, status: 'fail' as const, summary: 'answered 503' } : i,
      ),
      manual('undo', undefined, { section: 'rollback', sectionTitle: 'Rollback' }),
    ];
    const c = compose(list, DEPLOY);
    expect(c.deployDecision.outcome).toBe('FAILED');
    expect(c.body).toContain('**Roll back:** follow “Rollback” (section `rollback`) of this checklist.');
    expect(c.body).toContain('| Status | **FAILED** |');
    expect(c.body).toContain('| Deployed by | octocat |');
    expect(c.record.deploy?.closed).toEqual({ outcome: 'FAILED', at: '2026-11-22T10:05:00.000Z' });
  });
});

describe('release notes in the comment', () => {
  const body = (text: string) => `head\n${NOTES_START}\n${text}\n${NOTES_END}\ntail`;
  test('only a person changing them counts; Preflight carries them; they stay inert and stable', () => {
    const revisions = [
      { editor: 'github-actions[bot]', byPreflight: true, at: 't0', body: body('') },
      { editor: 'maya', byPreflight: false, at: 't1', body: body('Hotfix <b>@team</b> ```') },
      { editor: 'github-actions[bot]', byPreflight: true, at: 't2', body: body('forged by a bot') },
      { editor: 'alice', byPreflight: false, at: 't3', body: body('forged by a bot') },
    ];
    expect(notesFromHistory(revisions, 'github-actions[bot]')).toEqual({
      text: 'Hotfix <b>@team</b> ```',
      by: 'maya',
      at: 't1',
    });
    const inert = inertNotes('Hotfix <b>@team</b> ```');
    expect(inert).not.toMatch(/<|@t|```/);
    expect(inertNotes(readNotes(body(inert)) ?? '')).toBe(inert);
  });
});
