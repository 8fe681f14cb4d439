import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { sha } from '../helpers/github-double/index.js';
import { startHttpServer, type RunningServer } from '../helpers/servers.js';
import { releaseRecordSchema } from '../../src/gate/release-schema.js';
import { decodeRecord } from '../../src/gate/record.js';
import { makeWorld, NUMBER, type World } from '../gate-e2e/world.js';

/**
 * After the merge: the release pull request merges with its after-deploy items open; a deployment_status
 * payload (GitHub's example, from @octokit/webhooks-examples) for its merge commit runs the after-deploy
 * checks against a loopback "production" server, updates the same comment and sets the second status; the
 * release record is written and validates against the published schema.
 */
const addFormats = addFormatsModule.default;
const PHASED = `id: release
title: Release checklist
targets:
  production: https://shop.example.invalid
sections:
  - id: repo
    title: Repository
    items:
      - id: readme
        title: README exists
        check: { kind: repo.files-exist, paths: [README.md] }
      - id: plan
        title: Release plan approved
        approvers: { permission: maintain }
  - id: verify
    title: Verification
    phase: after-deploy
    items:
      - id: health
        title: Health check answers on production
        check: { kind: http.response, target: production, path: /health, json: { status: ok } }
      - id: stable
        title: Running without errors for 24+ hours
        hold-for: 24h
        check: { kind: http.response, target: production, path: /health }
      - id: smoke
        title: Smoke tests passed
        approvers: { permission: maintain }
  - id: rollback
    title: Rollback
    items:
      - id: rollback-plan
        title: Rollback steps documented
        required: false
`;

/** Every item before the merge, as a team that deploys the branch and then merges keeps it. */
const UNPHASED = PHASED.replace('    phase: after-deploy\n', '').replace(/ {6}- id: stable\n(.*\n){3}/, '');

let production: RunningServer;
let healthy = true;
const hits: string[] = [];
let tmp: string;
const schema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schema/release-record.schema.json'), 'utf8'));
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(schema);
})();

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'preflight-deploy-'));
  production = await startHttpServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: healthy ? 'ok' : 'down' }));
  });
});
afterAll(async () => {
  await production.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('merge, then deploy', () => {
  let world: World;
  let clock = Date.now();
  let until = '';
  const MERGE = sha('merge-commit-of-7');
  const recordPath = () => path.join(tmp, 'merge-then-deploy', 'release.json');
  const statuses = (context: string) =>
    world.double
      .statuses(MERGE)
      .map((s) => s as { state: string; description: string; context: string })
      .filter((s) => s.context === context);
  const inputs = () => ({ 'release-record-path': recordPath() });
  const comment = () => world.gateComments()[0]?.body ?? '';

  beforeAll(async () => {
    world = await makeWorld({
      checklist: PHASED,
      now: () => new Date(clock),
      inputs: { 'release-record-path': recordPath() },
    });
    world.double.addReview(NUMBER, { user: 'maya', state: 'APPROVED' });
    world.double.addReview(NUMBER, { user: 'alice', state: 'COMMENTED' });
  });
  afterEach(() => world.double.assertNoViolations());
  afterAll(() => world.stop());

  test('after-deploy items never block the merge: ticking the before-merge items turns it green', async () => {
    await world.prRun('opened');
    expect(comment()).toContain('**⏳ Waiting for the deployment** · 0/3 done after deploy');
    await world.tick('maya', 'plan', true);
    expect(world.statuses().at(-1)).toMatchObject({ state: 'success' });
    expect(hits).toEqual([]); // nothing probed production before the deployment
  });

  test('a deployment_status for the merge commit verifies production and sets the second status', async () => {
    world.double.mergePullRequest(NUMBER, MERGE);
    const mergeStatuses = world.statuses().length;
    clock += 60_000;
    const payload = world.double.deploymentStatusEvent({
      sha: MERGE,
      environmentUrl: production.url,
      creator: 'octocat',
    });
    expect(payload).toMatchObject({ action: 'created', deployment_status: { state: 'success' } });
    const at = Date.parse(String((payload.deployment_status as { created_at: string }).created_at));
    until = `${new Date(at + 24 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    const run = await world.run('deployment_status', payload, inputs(), { GITHUB_SHA: MERGE });
    expect(run.code).toBe(0);
    expect(hits.filter((h) => h === '/health').length).toBeGreaterThanOrEqual(2);
    expect(statuses('preflight/deployed').at(-1)).toMatchObject({
      state: 'pending',
      description: `1/3 done after deploy; 1 item to tick; watching until ${until}`,
    });
    expect(world.statuses().length).toBe(mergeStatuses); // the merge status is left as it was
    const body = comment();
    expect(body).toContain('**⏳ Verifying the deployment** · 1/3 done after deploy');
    expect(body).toContain('- ✅ **Health check answers on production**');
    expect(body).toContain(`· watching until ${until}`);
    expect(body).toMatch(/- ⏳ \*\*Running without errors for 24\+ hours\*\* · /);
    expect(decodeRecord(body)?.deploy).toMatchObject({ sha: MERGE, by: 'octocat', reviewedBy: ['maya'] });
    expect(run.outputs['release-status']).toBe('PENDING');
  });

  test('a manual after-deploy box is ticked under the approvers rules; a reader is undone', async () => {
    await world.tick('mallory', 'smoke', true);
    expect(comment()).toContain('- [ ] Smoke tests passed');
    await world.tick('maya', 'smoke', true);
    expect(comment()).toContain('- [x] Smoke tests passed');
    expect(statuses('preflight/deployed').at(-1)).toMatchObject({
      state: 'pending',
      description: `2/3 done after deploy; watching until ${until}`,
    });
  });

  test('the scheduled run re-checks the held item until its 24 hours have passed, then the record closes', async () => {
    clock += 3_600_000;
    await world.run('schedule', world.double.scheduleEvent({}), inputs());
    expect(statuses('preflight/deployed').at(-1)?.state).toBe('pending');
    const before = hits.length;
    clock += 24 * 3_600_000;
    const run = await world.run('schedule', world.double.scheduleEvent({}), inputs());
    expect(hits.length).toBe(before + 1); // only the held item ran again
    expect(statuses('preflight/deployed').at(-1)).toMatchObject({ state: 'success' });
    expect(run.outputs['release-status']).toBe('SUCCESSFUL');
    const body = comment();
    expect(body).toContain('#### Deployment sign-off');
    expect(body).toContain('| Status | **SUCCESSFUL** |');
    expect(body).toContain('| Deployed by | octocat |');
    expect(body).toContain('| Reviewed by | maya |');
    expect(body).toContain('| Version | 1.4.0 |');
    const record = JSON.parse(readFileSync(recordPath(), 'utf8'));
    expect(validate(record)).toBe(true);
    expect(record).toMatchObject({
      status: 'SUCCESSFUL',
      deployedBy: 'octocat',
      reviewedBy: ['maya'],
      version: '1.4.0',
      deployment: { url: production.url, commit: MERGE, environment: 'production' },
    });
    expect(readFileSync(recordPath().replace(/json$/, 'md'), 'utf8')).toContain('- **Status:** SUCCESSFUL');
  });

  test("release notes written in the comment's marked place go into the record, attributed", async () => {
    const c = world.gateComments()[0]!;
    const edited = c.body.replace(/(<!-- preflight:notes -->\n)[^\n]*\n/, '$1Shipped the new checkout.\n');
    world.double.editCommentAs(c.id, 'maya', edited);
    await world.run(
      'issue_comment',
      world.double.issueCommentEvent('edited', { commentId: c.id, sender: 'maya', fromBody: c.body }),
      inputs(),
    );
    expect(comment()).toContain('Shipped the new checkout.');
    const record = JSON.parse(readFileSync(recordPath(), 'utf8'));
    expect(record.notes).toMatchObject({ text: 'Shipped the new checkout.', by: 'maya' });
    expect(validate(record)).toBe(true);
  });

  test('another environment, or a deployment still in progress, starts nothing', async () => {
    const count = statuses('preflight/deployed').length;
    for (const d of [
      { environment: 'staging', state: 'success' as const },
      { environment: 'production', state: 'in_progress' as const },
    ])
      await world.run(
        'deployment_status',
        world.double.deploymentStatusEvent({ sha: MERGE, ...d }),
        inputs(),
      );
    expect(statuses('preflight/deployed').length).toBe(count);
  });

  test('an environment_url that is not a plain http(s) URL is never probed nor recorded', async () => {
    const run = await world.run(
      'deployment_status',
      world.double.deploymentStatusEvent({ sha: MERGE, environmentUrl: 'file:///etc/passwd', id: 2 }),
      inputs(),
    );
    expect(run.annotations.join('\n')).toContain('environment_url is not an absolute http(s) URL');
    expect(decodeRecord(comment())?.deploy?.url).toBeUndefined();
    expect(JSON.stringify(decodeRecord(comment()))).not.toContain('/etc/passwd');
  });
});

describe('a failing after-deploy check', () => {
  let world: World;
  const MERGE = sha('merge-commit-failing');
  const recordPath = path.join(os.tmpdir(), `preflight-failing-${process.pid}.json`);
  beforeAll(async () => {
    world = await makeWorld({ checklist: PHASED, inputs: { 'release-record-path': recordPath } });
  });
  afterEach(() => world.double.assertNoViolations());
  afterAll(async () => {
    healthy = true;
    await world.stop();
    rmSync(recordPath, { force: true });
    rmSync(recordPath.replace(/json$/, 'md'), { force: true });
  });

  test('marks the record FAILED and names the rollback section', async () => {
    await world.prRun('opened');
    world.double.mergePullRequest(NUMBER, MERGE);
    healthy = false;
    const run = await world.run(
      'deployment_status',
      world.double.deploymentStatusEvent({ sha: MERGE, environmentUrl: production.url }),
      { 'release-record-path': recordPath },
    );
    expect(run.outputs.deploy).toBe('failure');
    const deployed = world.double
      .statuses(MERGE)
      .map((s) => s as { state: string; description: string; context: string })
      .filter((s) => s.context === 'preflight/deployed');
    expect(deployed.at(-1)).toMatchObject({ state: 'failure' });
    expect(deployed.at(-1)?.description).toMatch(/after-deploy checks failing: health, stable$/);
    const body = world.gateComments()[0]?.body ?? '';
    expect(body).toContain('**❌ Deployment failed verification**');
    expect(body).toContain('**Roll back:** follow “Rollback” (section `rollback`) of this checklist.');
    expect(body).toContain('| Status | **FAILED** |');
    const record = JSON.parse(readFileSync(recordPath, 'utf8'));
    expect(validate(record)).toBe(true);
    expect(record).toMatchObject({
      status: 'FAILED',
      failing: ['health', 'stable'],
      rollback: { section: 'rollback', title: 'Rollback', items: [{ id: 'rollback-plan' }] },
    });
  });
});

describe('deploy, then merge', () => {
  let world: World;
  afterEach(() => world.double.assertNoViolations());
  afterAll(() => world.stop());

  test('every item stays before the merge; a deployment of the head re-checks production and the merge follows', async () => {
    healthy = false; // the branch is not deployed yet: production still runs the old release
    world = await makeWorld({
      checklist: UNPHASED,
      inputs: { 'release-record-path': path.join(tmp, 'deploy-then-merge.json') },
    });
    await world.prRun('opened', { targets: `production=${production.url}` });
    expect(world.statuses().at(-1)).toMatchObject({ state: 'failure' });
    healthy = true;
    const run = await world.run(
      'deployment_status',
      world.double.deploymentStatusEvent({
        sha: world.headSha,
        ref: 'release/1.4.0',
        environmentUrl: production.url,
      }),
    );
    expect(run.code).toBe(0);
    expect(world.statuses().at(-1)).toMatchObject({ state: 'pending' }); // health passes; boxes remain
    const deployed = () =>
      world.double
        .statuses(world.headSha)
        .map((s) => s as { state: string; description: string; context: string })
        .filter((s) => s.context === 'preflight/deployed')
        .at(-1);
    expect(deployed()?.description).toMatch(/^No after-deploy items; every item gates the merge/);
    await world.tick('maya', 'plan', true);
    await world.tick('maya', 'smoke', true);
    expect(world.statuses().at(-1)).toMatchObject({ state: 'success' });
    expect(deployed()).toMatchObject({ state: 'success' });
    const record = JSON.parse(readFileSync(path.join(tmp, 'deploy-then-merge.json'), 'utf8'));
    expect(validate(record)).toBe(true);
    expect(record.status).toBe('SUCCESSFUL');
    expect(record.items.every((i: { phase: string }) => i.phase === 'before-merge')).toBe(true);
  });
});

test('the published schema is the one the code writes', () => {
  expect(schema).toEqual(releaseRecordSchema);
});

describe('a pushed release tag, and a dispatch naming the deployed commit', () => {
  let world: World;
  const MERGE = sha('merge-commit-tagged');
  const recordPath = path.join(os.tmpdir(), `preflight-tagged-${process.pid}.json`);
  const deployed = () =>
    world.double
      .statuses(MERGE)
      .map((s) => s as { state: string; description: string; context: string })
      .filter((s) => s.context === 'preflight/deployed');
  beforeAll(async () => {
    healthy = true;
    world = await makeWorld({
      checklist: PHASED,
      inputs: { 'release-record-path': recordPath, 'environment-url': '' },
    });
    await world.prRun('opened');
    world.double.mergePullRequest(NUMBER, MERGE);
  });
  afterEach(() => world.double.assertNoViolations());
  afterAll(async () => {
    await world.stop();
    rmSync(recordPath, { force: true });
    rmSync(recordPath.replace(/json$/, 'md'), { force: true });
  });

  test('a tag outside release-tags, or a deleted tag, is not a deployment', async () => {
    await world.run('push', world.double.pushEvent({ ref: 'refs/tags/nightly', after: MERGE }), {
      'release-tags': 'v*',
    });
    await world.run('push', world.double.pushEvent({ ref: 'refs/tags/v1.4.0', after: '0'.repeat(40) }));
    expect(deployed()).toEqual([]);
  });

  test('a pushed tag verifies the environment-url and names the version', async () => {
    const run = await world.run(
      'push',
      world.double.pushEvent({ ref: 'refs/tags/v1.4.0', after: MERGE, pusher: 'maya' }),
      { 'environment-url': production.url, 'release-tags': 'v*' },
    );
    expect(run.code).toBe(0);
    expect(deployed().at(-1)?.state).toBe('pending');
    expect(decodeRecord(world.gateComments()[0]?.body ?? '')?.deploy).toMatchObject({
      trigger: 'push',
      by: 'maya',
      version: '1.4.0',
      url: production.url,
      ref: 'refs/tags/v1.4.0',
    });
  });

  test('workflow_dispatch with deployed-commit is a deployment run; a malformed SHA is refused', async () => {
    const bad = await world.run('workflow_dispatch', world.double.workflowDispatchEvent({}), {
      'deployed-commit': 'main',
    });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("input 'deployed-commit' must be a full 40-character commit SHA");
    const run = await world.run(
      'workflow_dispatch',
      world.double.workflowDispatchEvent({ sender: 'alice' }),
      {
        'deployed-commit': MERGE,
        'environment-url': production.url,
      },
    );
    expect(run.code).toBe(0);
    const record = decodeRecord(world.gateComments()[0]?.body ?? '');
    expect(record?.deploy).toMatchObject({ trigger: 'workflow_dispatch', by: 'alice' });
    expect(record?.deploy?.earlier).toEqual([
      expect.objectContaining({ sha: MERGE, environment: 'production' }),
    ]);
  });
});
