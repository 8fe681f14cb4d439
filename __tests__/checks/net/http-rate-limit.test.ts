import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { httpRateLimit } from '../../../src/checks/net/http-rate-limit.js';
import { judgeBurst, rateLimitHeaders } from '../../../src/checks/net/rate-limit-verdict.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import { closedPort, startHttpServer, type RunningServer } from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

let server: RunningServer;
let ctx: CheckContext;
const hits: Record<string, number> = {};

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const path = req.url ?? '/';
    hits[path] = (hits[path] ?? 0) + 1;
    const n = hits[path] as number;
    if (path === '/limited' && n > 10) {
      res.writeHead(429, { 'retry-after': '30' }).end('slow down');
    } else if (path === '/limited-bare' && n > 3) {
      res.writeHead(429).end();
    } else if (path === '/announced') {
      res.writeHead(200, { ratelimit: 'limit=100, remaining=99, reset=60', 'ratelimit-policy': '100;w=60' });
      res.end('ok');
    } else if (path === '/legacy-headers') {
      res.writeHead(200, { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99' }).end('ok');
    } else {
      res.end('ok');
    }
  });
  ctx = await netContext({ targets: { api: server.url } });
});

afterAll(async () => {
  await server.close();
  await cleanupRepos();
});

describe('http.rate-limit', () => {
  it('passes at the first 429, and stops the burst there', async () => {
    const out = await runKind(httpRateLimit, { path: '/limited', concurrency: 1 }, ctx);
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('limited with 429 at request 11 of 11, Retry-After 30');
    expect(hits['/limited']).toBe(11);
    expect(out.evidence).toMatchObject({
      limitedAt: 11,
      headers: { 'retry-after': '30' },
      statuses: { 200: 10, 429: 1 },
    });
  });

  it('accepts a 429 without Retry-After, and stops soon with concurrency', async () => {
    const out = await runKind(httpRateLimit, { path: '/limited-bare', concurrency: 5 }, ctx);
    expect(out.status).toBe('pass');
    // In flight at once, requests reach the server in any order: which one meets the limit varies.
    expect(out.summary).toMatch(/^limited with 429 at request [1-8] of [4-8], no Retry-After$/);
    expect(hits['/limited-bare']).toBeLessThanOrEqual(3 + 5);
  });

  it('passes on rate-limit headers unless a 429 is required', async () => {
    const ietf = await runKind(httpRateLimit, { path: '/announced', concurrency: 1 }, ctx);
    expect(ietf.status).toBe('pass');
    expect(ietf.summary).toBe('rate-limit headers at request 1: ratelimit, ratelimit-policy');
    const legacy = await runKind(httpRateLimit, { path: '/legacy-headers', concurrency: 1 }, ctx);
    expect(legacy.summary).toBe('rate-limit headers at request 1: x-ratelimit-limit, x-ratelimit-remaining');
    const strict = await runKind(
      httpRateLimit,
      { path: '/announced', requests: 12, 'require-429': true },
      ctx,
    );
    expect(strict.status).toBe('fail');
    expect(strict.summary).toBe('no 429 after a burst of 12 requests');
    expect(hits['/announced']).toBe(1 + 12);
  });

  it('fails an endpoint that never limits, after exactly the burst size', async () => {
    const out = await runKind(httpRateLimit, { path: '/open', requests: 25 }, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('no 429 and no rate-limit headers after a burst of 25 requests');
    expect(hits['/open']).toBe(25);
  });

  it('errors when nothing answers', async () => {
    const out = await runKind(
      httpRateLimit,
      { url: `http://127.0.0.1:${await closedPort()}/`, requests: 3 },
      ctx,
    );
    expect(out.status).toBe('error');
    expect(out.summary).toBe('no request got an answer (refused)');
  });

  it('caps the burst at 200', () => {
    expect(paramProblems(httpRateLimit, { requests: 201 }).join()).toMatch(/requests/);
  });
});

describe('rate-limit verdict', () => {
  it('finds the headers of the IETF draft and the common X- forms', () => {
    expect(
      rateLimitHeaders([
        ['ratelimit-limit', '10'],
        ['x-rate-limit-reset', '5'],
        ['retry-after', '1'],
        ['content-type', 'text/plain'],
      ]),
    ).toEqual({ 'ratelimit-limit': '10', 'x-rate-limit-reset': '5', 'retry-after': '1' });
  });

  it('orders answers by their place in the burst', () => {
    const out = judgeBurst(
      [
        { n: 3, status: 429, headers: [] },
        { n: 2, status: 429, headers: [['retry-after', '2']] },
        { n: 1, status: 200, headers: [] },
      ],
      3,
      false,
    );
    expect(out.summary).toBe('limited with 429 at request 2 of 3, Retry-After 2');
  });
});
