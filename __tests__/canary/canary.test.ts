/**
 * Canary: secrets Preflight reads (one in the job's environment, several in a tracked file) never reach any
 * output: stdout and stderr (apart from the runner's own `::add-mask::` commands), the job summary, the JSON
 * report, the action outputs, or anything it wrote to GitHub (comments, their edits, statuses, check runs).
 * It also asserts that the checks ran and saw the secrets, so it cannot pass by looking at nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeWorld, NUMBER, type World } from '../gate-e2e/world.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { tokens } from '../checks/secrets/tokens.js';

const t = tokens(2026);
const JWT_SECRET = `jwt-${t.password()}-${t.password()}`;
const GITHUB_TOKEN = t.github();
const SIGNED_JWT = t.jwt();
const STRIPE = t.stripeLive();
const PEM = t.rsaKey();

const CHECKLIST = `id: release
title: Release checklist
applies-to:
  head-branches: ['release/*']
sections:
  - id: security
    title: Security
    items:
      - id: no-secrets
        title: No secret in the repository
        check: { kind: repo.secrets }
      - id: echo-env
        title: A command that prints a secret from the environment
        check: { kind: command, run: 'printenv JWT_SECRET; echo "jwt is $JWT_SECRET" >&2; exit 3' }
`;

/** The secret values, and pieces of them long enough that a partial leak would be one. */
function needles(): string[] {
  const whole = [JWT_SECRET, GITHUB_TOKEN, SIGNED_JWT, STRIPE, ...PEM.split('\n').slice(1, -1)];
  return [...whole, ...whole.map((s) => s.slice(4, 20))];
}

describe('canary: secrets never leave the run', () => {
  let world: World;
  let run: ActionRun;

  beforeAll(async () => {
    world = await makeWorld({
      checklist: CHECKLIST,
      headFiles: {
        'config/production.env': `GITHUB_TOKEN=${GITHUB_TOKEN}\nSESSION_JWT=${SIGNED_JWT}\nSTRIPE_KEY=${STRIPE}\n`,
        'deploy/id_rsa': `${PEM}\n`,
      },
    });
    run = await runAction({
      workspace: world.repo.dir,
      eventName: 'pull_request',
      payload: world.double.pullRequestEvent('synchronize', NUMBER),
      inputs: { token: 'test-token' },
      env: {
        GITHUB_API_URL: world.double.url,
        GITHUB_GRAPHQL_URL: world.double.graphqlUrl,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SERVER_URL: 'https://github.com',
        JWT_SECRET,
      },
    });
  }, 60_000);

  afterAll(async () => {
    await world?.stop();
  });

  it('ran both checks, and they saw the secrets', () => {
    const items = run.report?.items ?? [];
    const scan = items.find((i) => i.id === 'no-secrets');
    expect(scan).toMatchObject({ status: 'fail' });
    expect(scan?.evidence).toMatchObject({
      secrets: 4,
      perRule: { 'github-pat': 1, jwt: 1, 'stripe-live-key': 1, 'private-key': 1 },
    });
    const echo = items.find((i) => i.id === 'echo-env');
    expect(echo).toMatchObject({ status: 'fail' });
    // The command did print the value; the engine replaced it before anything was reported.
    expect(JSON.stringify(echo)).toContain('[redacted JWT_SECRET]');
    expect(world.gateComments()).toHaveLength(1);
    expect(world.statuses().length).toBeGreaterThan(0);
  });

  it('registered every secret it read with the runner for masking', () => {
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
    for (const s of [GITHUB_TOKEN, SIGNED_JWT, STRIPE, PEM.split('\n')[1]!]) {
      expect(masks).toContain(`::add-mask::${s}`);
    }
  });

  it('no output holds a secret or a piece of one', () => {
    const stdout = run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    const comments = world.double.comments(NUMBER);
    const outputs: Record<string, string> = {
      stdout,
      stderr: run.stderr,
      summary: run.summary,
      report: JSON.stringify(run.report),
      actionOutputs: JSON.stringify(run.outputs),
      annotations: run.annotations.join('\n'),
      comments: JSON.stringify(comments),
      commentEdits: JSON.stringify(comments.map((c) => world.double.commentEdits(c.id as number))),
      statuses: JSON.stringify(world.double.statuses(world.headSha)),
      checkRuns: JSON.stringify(world.double.checkRuns(world.headSha)),
    };
    expect(run.summary.length).toBeGreaterThan(0);
    expect(outputs.comments).toContain('no-secrets');
    for (const [where, text] of Object.entries(outputs)) {
      const leaked = needles().filter((n) => text.includes(n));
      expect({ where, leaked }).toEqual({ where, leaked: [] });
    }
  });
});
