import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { webhookVerify } from '../../../src/checks/net/webhook-verify.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import { startHttpServer, type RunningServer } from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

const TOKEN = 'verify-me-7f3a9c2e51';
let server: RunningServer;
let ctx: CheckContext;
const challenges: string[] = [];

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const q = url.searchParams;
    const challenge = q.get('hub.challenge') ?? '';
    const right = q.get('hub.mode') === 'subscribe' && q.get('hub.verify_token') === TOKEN;
    challenges.push(challenge);
    switch (url.pathname) {
      case '/webhook': // as Meta documents it
        if (right) res.writeHead(200, { 'content-type': 'text/plain' }).end(challenge);
        else res.writeHead(403).end('Forbidden');
        return;
      case '/wrong-echo': // answers, but not with the challenge
        res.writeHead(right ? 200 : 403).end(right ? 'OK' : 'no');
        return;
      case '/newline':
        res.writeHead(right ? 200 : 403).end(right ? `${challenge}\n` : 'no');
        return;
      case '/accepts-anything': // never checks the token
        res.writeHead(200).end(challenge);
        return;
      case '/leaky': // puts the token it was given in its error message
        res.writeHead(500).end(`bad token ${q.get('hub.verify_token')}`);
        return;
      default:
        res.writeHead(404).end();
    }
  });
  ctx = await netContext({ targets: { app: server.url }, env: { META_VERIFY_TOKEN: TOKEN } });
});

afterAll(async () => {
  await server.close();
  await cleanupRepos();
});

const run = (path: string, extra: Record<string, unknown> = {}, c = ctx) =>
  runKind(webhookVerify, { path, 'token-env': 'META_VERIFY_TOKEN', ...extra }, c);

// Keyed per run: a plain hash of the token is not what is shown.
const plainHash = createHash('sha256').update(TOKEN).digest('hex').slice(0, 8);

describe('webhook.verify', () => {
  it('passes an endpoint that echoes the challenge for the right token and refuses a wrong one', async () => {
    const out = await run('/webhook');
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('echoes the challenge for the right token; a wrong token gets 403');
    expect(out.evidence).toMatchObject({
      url: `${server.url}/webhook`,
      tokenLength: TOKEN.length,
      tokenFingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
      rightToken: { status: 200, echoedChallenge: true },
      wrongToken: { status: 403 },
    });
    expect(JSON.stringify(out)).not.toContain(TOKEN);
    expect(JSON.stringify(out)).not.toContain(plainHash);
  });

  it('sends a new random challenge each run', async () => {
    challenges.length = 0;
    await run('/webhook');
    await run('/webhook');
    const rights = challenges.filter((_c, i) => i % 2 === 0);
    expect(rights).toHaveLength(2);
    expect(rights[0]).not.toBe(rights[1]);
    expect(rights[0]).toMatch(/^\d{10}$/);
  });

  it('fails a server that answers something other than the challenge', async () => {
    const out = await run('/wrong-echo');
    expect(out.status).toBe('fail');
    expect(out.summary).toBe("the right token got 'OK' instead of the challenge");
    const newline = await run('/newline');
    expect(newline.summary).toBe('the challenge is echoed with extra whitespace; Meta expects it exactly');
  });

  it('fails a server that accepts a wrong token', async () => {
    const out = await run('/accepts-anything');
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('a wrong token got 200, expected 4xx');
    const strict = await run('/webhook', { 'wrong-token-status': 401 });
    expect(strict.summary).toBe('a wrong token got 403, expected 401');
  });

  it('keeps the token out of the result even when the server echoes it', async () => {
    const out = await run('/leaky');
    expect(out.status).toBe('fail');
    expect(JSON.stringify(out)).not.toContain(TOKEN);
    expect(out.summary).toBe('the right token got 500, expected 200; a wrong token got 500, expected 4xx');
  });

  it('errors when the token variable is not set', async () => {
    const out = await run('/webhook', {}, { ...ctx, env: {} });
    expect(out).toEqual({
      status: 'error',
      summary: "environment variable 'META_VERIFY_TOKEN' (token-env) is not set",
    });
  });

  it('needs token-env', () => {
    expect(paramProblems(webhookVerify, {})).toEqual([
      "the document is missing the required key 'token-env'",
    ]);
  });
});
