import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type http from 'node:http';
import { cors } from '../../../src/checks/web/cors.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../../helpers/git-repo.js';
import { closedPort, startHttpServer, type RunningServer } from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';

const APP = 'https://app.example.com';
let requests: Array<{ method: string; path: string; origin?: string; acrm?: string; acrh?: string }> = [];

/** Each path is a server configured one way, as found in the wild. */
function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const origin = req.headers.origin;
  requests.push({
    method: req.method ?? '',
    path,
    origin,
    acrm: req.headers['access-control-request-method'] as string | undefined,
    acrh: req.headers['access-control-request-headers'] as string | undefined,
  });
  const preflight = req.method === 'OPTIONS';
  const headers: Record<string, string> = {};
  switch (path) {
    case '/reflect': // echoes whatever origin asks, with credentials: the classic misconfiguration
      if (origin)
        Object.assign(headers, {
          'access-control-allow-origin': origin,
          'access-control-allow-credentials': 'true',
        });
      break;
    case '/public':
      headers['access-control-allow-origin'] = '*';
      break;
    case '/star-credentials':
      Object.assign(headers, {
        'access-control-allow-origin': '*',
        'access-control-allow-credentials': 'true',
      });
      break;
    case '/allowlist':
      if (origin === APP) Object.assign(headers, { 'access-control-allow-origin': APP, vary: 'Origin' });
      break;
    case '/null':
      headers['access-control-allow-origin'] = 'null';
      break;
    case '/get-only': // answers CORS on real requests only: the preflight is a 404
      if (preflight) {
        res.writeHead(404).end();
        return;
      }
      if (origin) headers['access-control-allow-origin'] = origin;
      break;
    default:
      break;
  }
  if (preflight) headers['access-control-allow-methods'] = 'GET, POST';
  res.writeHead(preflight ? 204 : 200, headers).end(preflight ? undefined : 'ok');
}

let server: RunningServer;
let repo: TestRepo;

beforeAll(async () => {
  server = await startHttpServer(handler);
  repo = await makeRepo();
});

afterAll(async () => {
  await server.close();
  await cleanupRepos();
});

const run = (params: Record<string, unknown>, targets: Record<string, string> = { api: server.url }) => {
  requests = [];
  return runKind(cors, params, repo.context({ targets }));
};

describe('http.cors', () => {
  it('passes a server that allows only its own origin', async () => {
    const out = await run({ path: '/allowlist', 'allowed-origins': [APP] });
    expect(out).toMatchObject({
      status: 'pass',
      summary: 'a foreign origin is not allowed; the allowed origin is accepted',
    });
    expect(out.evidence?.allowed).toEqual({
      [APP]: expect.objectContaining({ accepted: true, status: 204, 'access-control-allow-origin': APP }),
    });
    // A preflight and a GET for the probe, one preflight for the allowed origin.
    expect(requests.map((r) => r.method)).toEqual(['OPTIONS', 'GET', 'OPTIONS']);
    expect(requests[0]?.origin).toMatch(/^https:\/\/preflight-probe-[0-9a-f]+\.invalid$/);
    expect(requests[0]?.acrm).toBe('GET');
  });

  it('fails a server that echoes any origin with credentials', async () => {
    const out = await run({ path: '/reflect', 'probe-origin': 'https://evil.example.net' });
    expect(out.status).toBe('fail');
    expect(out.summary).toContain(
      'echoes the arbitrary origin https://evil.example.net with credentials allowed',
    );
    const answers = (out.evidence?.probe as { answers: Array<Record<string, unknown>> }).answers;
    expect(answers[0]).toMatchObject({
      request: 'preflight',
      'access-control-allow-origin': 'https://evil.example.net',
      'access-control-allow-credentials': 'true',
      grant: 'echo',
    });
  });

  it("fails '*' unless allow-wildcard, and '*' with credentials always", async () => {
    expect((await run({ path: '/public' })).status).toBe('fail');
    expect((await run({ path: '/public', 'allow-wildcard': true })).status).toBe('pass');
    const both = await run({ path: '/star-credentials', 'allow-wildcard': true });
    expect(both).toMatchObject({ status: 'fail', summary: expect.stringContaining("'*' together with") });
  });

  it('probes each of paths: an API that answers * on its own routes only is found', async () => {
    // The service's root says nothing about CORS; /public (its API) answers '*'.
    const root = await run({ path: '/allowlist' });
    expect(root.status).toBe('pass');
    const both = await run({ paths: ['/allowlist', '/public'] });
    expect(both.status).toBe('fail');
    expect(both.summary.startsWith(`${server.url}/public: the preflight allows any origin ('*'`)).toBe(true);
    expect(Object.keys(both.evidence?.urls as object)).toEqual([
      `${server.url}/allowlist`,
      `${server.url}/public`,
    ]);
    const clean = await run({ paths: ['/allowlist'] });
    expect(clean.status).toBe('pass');
    expect(clean.summary).toContain(`${server.url}/allowlist: a foreign origin is not allowed`);
  });

  it("fails the 'null' origin", async () => {
    expect((await run({ path: '/null' })).summary).toContain("'null' origin");
  });

  it('finds an echo on a plain GET when the preflight says nothing, unless told to skip the GET', async () => {
    const out = await run({ path: '/get-only' });
    expect(out).toMatchObject({ status: 'fail', summary: expect.stringContaining('a GET echoes') });
    const preflightOnly = await run({ path: '/get-only', 'simple-request': false });
    expect(preflightOnly.status).toBe('pass');
    expect(requests).toHaveLength(1);
  });

  it('fails when an allowed origin is refused', async () => {
    const out = await run({ path: '/allowlist', 'allowed-origins': [APP, 'https://admin.example.com'] });
    expect(out).toMatchObject({
      status: 'fail',
      summary: 'allowed origin https://admin.example.com is not accepted',
    });
  });

  it('sends the method and request headers asked for', async () => {
    await run({ path: '/allowlist', method: 'POST', 'request-headers': ['Authorization', 'Content-Type'] });
    expect(requests[0]).toMatchObject({ acrm: 'POST', acrh: 'authorization,content-type' });
  });

  it('gives an error when the server cannot be reached', async () => {
    const out = await run({}, { api: `http://127.0.0.1:${await closedPort()}` });
    expect(out).toMatchObject({ status: 'error', summary: expect.stringContaining('refused') });
  });

  it('rejects origins that are not origins, by field', () => {
    expect(paramProblems(cors, { 'probe-origin': 'https://evil.example.net/path' }).join(' ')).toContain(
      'probe-origin',
    );
    expect(
      paramProblems(cors, { 'allowed-origins': ['https://ok.example.com', 'ftp:/x'] }).join(' '),
    ).toMatch(/allowed-origins/);
    expect(paramProblems(cors, { 'probe-origin': APP, 'allowed-origins': [APP] }).join(' ')).toContain(
      'also listed in allowed-origins',
    );
  });
});
