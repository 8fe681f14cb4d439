/**
 * The hardened workflow (README "A hardened setup") read as GitHub reads it: its `if:`, `concurrency` and
 * `with:` templates are evaluated with GitHub's expression library (`@actions/expressions`) on payloads built
 * from GitHub's webhook examples (`@octokit/webhooks-examples`; pull_request_target carries the
 * pull_request payload, docs: "Events that trigger workflows").
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { HARDENED_WORKFLOW } from '../../src/init/hardened-workflow.js';
import { WORKFLOW } from '../../src/init/workflow.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { EventBuilder } from '../helpers/github-double/events.js';
import { DoubleState } from '../helpers/github-double/state.js';
import { ACTIONS_BOT } from '../helpers/github-double/users.js';
import { contexts, expand, truthy } from '../helpers/workflow-expressions.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, string | boolean | number>;
  env?: Record<string, string>;
}
interface Job {
  name?: string;
  if?: string;
  environment?: string;
  permissions?: Record<string, string>;
  concurrency: { group: string; 'cancel-in-progress': boolean };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = parse(HARDENED_WORKFLOW) as Workflow;
const job = Object.values(workflow.jobs)[0] as Job;
const step = (uses: string) => job.steps.find((s) => s.uses?.startsWith(uses)) as Step;
const action = parse(readFileSync(path.join(PROJECT_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};

const APP_SLUG = 'preflight-release';
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

function world() {
  const s = new DoubleState({ api: 'http://127.0.0.1:1', web: 'https://github.com' }, {});
  const builder = new EventBuilder(s);
  s.issues.addPull(
    { number: 7, headSha: HEAD, headRef: 'release/1.7', baseRef: 'main', baseSha: BASE },
    s.accounts.get('pr-author'),
  );
  const app = s.accounts.get(`${APP_SLUG}[bot]`, 'Bot');
  const gate = s.comments.add(7, app, '<!-- preflight:comment release -->\n## Release\n- [ ] Rollback');
  // What another workflow can post with its GITHUB_TOKEN: the marker, as github-actions[bot].
  const forged = s.comments.add(7, ACTIONS_BOT, '<!-- preflight:comment release -->\n- [x] Rollback');
  const ctx = (eventName: string, event: unknown, ref: string, sha: string) =>
    contexts({
      github: { event_name: eventName, event, ref, sha },
      vars: { PREFLIGHT_APP_SLUG: APP_SLUG, PREFLIGHT_APP_ID: '123456', PRODUCTION_API_URL: 'https://api' },
      secrets: { PREFLIGHT_APP_PRIVATE_KEY: 'pem', PREFLIGHT_RECORD_KEY: 'rk', JWT_SECRET: 'jwt' },
      steps: { app: { outputs: { token: 'ghs_app', 'app-slug': APP_SLUG } } },
    });
  const edited = (id: number, sender: string) =>
    ctx('issue_comment', builder.issueComment('edited', { commentId: id, sender }), 'refs/heads/main', BASE);
  return {
    target: (action = 'synchronize') =>
      ctx('pull_request_target', builder.pullRequest(action, 7), 'refs/heads/main', BASE),
    tick: edited(gate.id, 'maya'),
    forgedTick: edited(forged.id, 'mallory'),
    schedule: ctx('schedule', builder.schedule({}), 'refs/heads/main', BASE),
  };
}

describe('the hardened workflow', () => {
  test('is the one README.md shows under "A hardened setup"', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /### The hardened workflow[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(HARDENED_WORKFLOW);
  });

  test("never runs the pull request's own workflow: pull_request_target, no pull_request, no merge_group", () => {
    expect(Object.keys(workflow.on).sort()).toEqual(
      ['issue_comment', 'pull_request_target', 'schedule', 'workflow_dispatch'].sort(),
    );
    // The default workflow's events, but pull_request_target for pull_request.
    const plain = parse(WORKFLOW) as Workflow;
    expect(workflow.on.pull_request_target).toEqual(plain.on.pull_request);
  });

  test("the workflow's GITHUB_TOKEN can only read contents; the secrets sit in the protected environment", () => {
    expect(workflow.permissions).toEqual({});
    expect(job.permissions).toEqual({ contents: 'read' });
    expect(job.environment).toBe('preflight');
    const secrets = HARDENED_WORKFLOW.match(/secrets\.[A-Z_]+/g) ?? [];
    expect(new Set(secrets)).toEqual(
      new Set(['secrets.PREFLIGHT_APP_PRIVATE_KEY', 'secrets.PREFLIGHT_RECORD_KEY', 'secrets.JWT_SECRET']),
    );
    expect(HARDENED_WORKFLOW).not.toContain('GITHUB_TOKEN }}');
  });

  test('the app token is scoped to what Preflight does', () => {
    const app = step('actions/create-github-app-token@');
    expect(app.id).toBe('app');
    const permissions = Object.entries(app.with ?? {}).filter(([k]) => k.startsWith('permission-'));
    expect(Object.fromEntries(permissions)).toEqual({
      'permission-contents': 'read',
      'permission-pull-requests': 'write',
      'permission-statuses': 'write',
      'permission-checks': 'read',
    });
  });

  test('pull_request_target checks out the head read-only; other events the default branch', () => {
    const e = world();
    const checkout = step('actions/checkout@');
    expect(checkout.with?.['persist-credentials']).toBe(false);
    expect(expand(String(checkout.with?.ref), e.target('opened'))).toBe(HEAD);
    expect(expand(String(checkout.with?.ref), e.tick)).toBe(''); // actions/checkout: the event's ref
    expect(expand(String(checkout.with?.ref), e.schedule)).toBe('');
    // Nothing after the checkout runs the checkout's code: only Preflight, which reads.
    const after = job.steps.slice(job.steps.indexOf(checkout) + 1);
    expect(after.map((s) => s.uses)).toEqual(['OWNER/preflight@v0']);
    expect(job.steps.some((s) => 'run' in s)).toBe(false);
  });

  test("Preflight writes as the app and knows it: token, bot-login and record-key from the step's outputs", () => {
    const e = world();
    const preflight = step('OWNER/preflight@');
    const inputs = Object.fromEntries(
      Object.entries(preflight.with ?? {}).map(([k, v]) => [k, expand(String(v), e.target())]),
    );
    expect(inputs).toMatchObject({
      token: 'ghs_app',
      'bot-login': `${APP_SLUG}[bot]`,
      'record-key': 'rk',
    });
    for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs)).toContain(name);
    expect(inputs['definitions-from']).toBeUndefined(); // the base's checklist, the default
  });

  test("only edits of the app's own comment start a job; a marker comment by the Actions bot does not", () => {
    const e = world();
    expect(truthy(job.if, e.target('opened'))).toBe(true);
    expect(truthy(job.if, e.schedule)).toBe(true);
    expect(truthy(job.if, e.tick)).toBe(true);
    expect(truthy(job.if, e.forgedTick)).toBe(false);
  });

  test('ticks and runs keep separate concurrency groups per pull request', () => {
    const e = world();
    const group = (ctx: Parameters<typeof expand>[1]) => expand(job.concurrency.group, ctx);
    expect(job.concurrency['cancel-in-progress']).toBe(false);
    expect(group(e.target())).toBe('preflight-runs-7');
    expect(group(e.tick)).toBe('preflight-ticks-7');
  });
});
