import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assertBundleCurrent } from '../helpers/run-action.js';
import { lastStatus, makeWorld, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

/** The committed bundle, run as the Actions runner runs it: a few scenarios, the rest run in-process. */
describe('the bundled action (dist/index.js) on the GitHub API double', () => {
  test('a first run writes one comment and a pending status; a tick by an allowed person counts', async () => {
    world = await makeWorld({ bundle: true });
    const first = await world.prRun('opened');
    expect(first.code).toBe(0);
    expect(world.gateComments()).toHaveLength(1);
    expect(lastStatus(world)).toMatchObject({ state: 'pending', description: '1/3 done; 2 items to tick' });
    expect(first.summary).toContain('Gate `preflight`: ⏳ pending');
    const tick = await world.tick('maya', 'rollback', true);
    expect(tick?.code).toBe(0);
    expect(world.gateComments()[0]?.body).toMatch(/- \[x\] Rollback plan ready .*✔ maya/);
    expect(lastStatus(world)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });

  test('a fork with a read-only token evaluates, summarises and explains, and the job stays green', async () => {
    world = await makeWorld({ pr: { fork: true }, bundle: true });
    world.double.setTokenMode('read-only');
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    expect(run.summary).toContain('Resource not accessible by integration');
    expect(world.statuses()).toHaveLength(0);
  });
});

describe('a bundle older than its source', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  function project(bundleAgeSeconds: number): string {
    const root = mkdtempSync(path.join(os.tmpdir(), 'preflight-stale-'));
    dirs.push(root);
    mkdirSync(path.join(root, 'dist'));
    mkdirSync(path.join(root, 'src/action'), { recursive: true });
    writeFileSync(path.join(root, 'dist/index.js'), '');
    writeFileSync(path.join(root, 'src/action/main.ts'), '');
    const old = new Date(Date.now() - bundleAgeSeconds * 1000);
    utimesSync(path.join(root, 'dist/index.js'), old, old);
    return root;
  }

  test('stops the end-to-end runs and names the newer source file and the fix', () => {
    expect(() => assertBundleCurrent(project(60))).toThrow(
      /^dist\/index\.js is older than src\/action\/main\.ts \(by 60 s\): the end-to-end tests would run the old bundle\. Run `npm run bundle` and try again\.$/,
    );
  });

  test('a fresh checkout, where both were written together, passes', () => {
    expect(() => assertBundleCurrent(project(5))).not.toThrow();
  });
});
