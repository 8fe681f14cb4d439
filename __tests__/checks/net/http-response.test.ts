import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { httpResponse } from '../../../src/checks/net/http-response.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import {
  cleanupCertificates,
  closedPort,
  localhostCertificate,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

let api: RunningServer;
let secure: RunningServer;
let ctx: CheckContext;
const seen: Array<{ url: string; auth?: string; method?: string; body?: string }> = [];

beforeAll(async () => {
  api = await startHttpServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', auth: req.headers.authorization, method: req.method, body });
      switch (req.url) {
        case '/health':
          res.writeHead(200, { 'content-type': 'application/json', 'x-powered-by': 'Express' });
          res.end(
            JSON.stringify({ status: 'ok', checks: { db: 'up' }, version: '1.4.2', items: [{ id: 7 }] }),
          );
          return;
        case '/old':
          res.writeHead(301, { location: '/health' }).end();
          return;
        case '/loop':
          res.writeHead(302, { location: '/loop' }).end();
          return;
        case '/error':
          res
            .writeHead(500, { 'content-type': 'text/plain' })
            .end('Error: boom\n    at handler (server.js:1:1)');
          return;
        case '/slow':
          return; // never answers
        case '/big':
          res.end(Buffer.alloc(3 * 1024 * 1024, 'a'));
          return;
        default:
          res.writeHead(404).end('not found');
      }
    });
  });
  const { ca, leaf } = await localhostCertificate();
  secure = await startHttpsServer((_req, res) => res.end('secure hello'), leaf);
  ctx = await netContext({ targets: { api: api.url, secure: secure.url } }, { 'ca.pem': ca.cert });
});

afterAll(async () => {
  await api.close();
  await secure.close();
  await cleanupCertificates();
  await cleanupRepos();
});

const run = (params: Record<string, unknown>, c: CheckContext = ctx) =>
  runKind(httpResponse, { target: 'api', ...params }, c);

describe('http.response', () => {
  it('passes a health endpoint answering JSON, with evidence', async () => {
    const out = await run({
      path: '/health',
      json: { status: 'ok', 'checks.db': 'up', 'items[0].id': 7 },
      'json-matches': { version: '^1\\.' },
      'expect-headers': { 'Content-Type': '^application/json' },
      contains: '"ok"',
    });
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(new RegExp(`^200 from ${api.url}/health in \\d+ ms$`));
    expect(out.evidence).toMatchObject({
      status: 200,
      url: `${api.url}/health`,
      headers: { 'content-type': 'application/json' },
      json: { status: '"ok"', 'checks.db': '"up"', version: '"1.4.2"' },
      truncated: false,
    });
  });

  it('fails on each unmet expectation, naming the first and counting the rest', async () => {
    const out = await run({
      path: '/health',
      json: { status: 'degraded', missing: 1 },
      'forbid-headers': ['X-Powered-By'],
      'not-contains': 'ok',
    });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('header X-Powered-By is present but must not be (and 3 more)');
    expect(out.evidence?.problems).toEqual([
      'header X-Powered-By is present but must not be',
      "the body contains 'ok'",
      'JSON status is "ok", expected "degraded"',
      'JSON missing is missing',
    ]);
  });

  it('judges the status, and shows the start of the body', async () => {
    const out = await run({ path: '/error' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('status 500, expected 2xx');
    expect(out.evidence?.bodyPreview).toContain('Error: boom');
    expect((await run({ path: '/error', status: [500, '502-504'] })).status).toBe('pass');
    expect((await run({ path: '/nope', status: '4xx', matches: '^not' })).status).toBe('pass');
  });

  it('judges the first answer by default, as curl -f does, and says where a redirect went', async () => {
    const out = await run({ path: '/old' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      `status 301, expected 2xx (a redirect to ${api.url}/health; set follow-redirects: true to follow it)`,
    );
    expect((await run({ path: '/old', status: 301 })).status).toBe('pass');
  });

  it('follows redirects when told to and records the chain', async () => {
    const followed = await run({ path: '/old', 'follow-redirects': true });
    expect(followed.status).toBe('pass');
    expect(followed.evidence?.chain).toEqual([
      { url: `${api.url}/old`, status: 301, location: '/health' },
      { url: `${api.url}/health`, status: 200 },
    ]);
    const not = await run({ path: '/old', 'follow-redirects': false, status: 301 });
    expect(not.status).toBe('pass');
  });

  it('fails on a redirect loop', async () => {
    const out = await run({ path: '/loop', 'follow-redirects': true });
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('redirect loop');
    expect(out.evidence?.error).toEqual({ code: 'redirect-loop', message: expect.any(String) });
  });

  it('errors within the timeout on a server that never answers', async () => {
    const out = await run({ path: '/slow', timeout: '300ms' });
    expect(out.status).toBe('error');
    expect(out.summary).toBe(`${api.url}/slow: no complete answer within 300 ms`);
  });

  it('caps the body it reads and says so', async () => {
    const out = await run({ path: '/big', 'max-body': '64KB', contains: 'zzz' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      "the body exceeded max-body (64000 bytes) and its first 64000 bytes do not contain 'zzz'",
    );
    expect(out.evidence).toMatchObject({
      bodyBytes: 64000,
      truncated: true,
      bodyCut: 'at max-body: only the first 64000 bytes were read',
    });
    const json = await run({ path: '/big', 'max-body': 1000, json: { a: 1 } });
    expect(json.status).toBe('fail');
    expect(json.summary).toBe(
      'the body exceeded max-body (1000 bytes), so its JSON was not judged: raise max-body to judge it',
    );
  });

  it('never judges a cut body as if it were whole', async () => {
    // The body is 3 MiB of "a": a pattern over the whole body would match, but only a part was read.
    const matches = await run({ path: '/big', 'max-body': 1000, matches: '^a+$' });
    expect(matches.status).toBe('fail');
    expect(matches.summary).toBe(
      'the body exceeded max-body (1000 bytes), so matches /^a+$/ was not judged: raise max-body to judge it',
    );
    // Text that is not in the part read may come later.
    const absent = await run({ path: '/big', 'max-body': 1000, 'not-contains': 'Traceback' });
    expect(absent.status).toBe('fail');
    expect(absent.summary).toContain("so not-contains 'Traceback' was not judged");
    // Text found in the part read is in the body; the pass says the body was cut.
    const found = await run({ path: '/big', 'max-body': 1000, contains: 'aaaa' });
    expect(found.status).toBe('pass');
    expect(found.summary).toMatch(/ \(body cut at max-body, 1000 bytes\)$/);
    const statusOnly = await run({ path: '/big', 'max-body': 1000 });
    expect(statusOnly.status).toBe('pass');
    expect(statusOnly.evidence).toMatchObject({ truncated: true, bodyBytes: 1000 });
    // The same checks on the whole body (max-body above its size) are judged.
    const whole = await run({
      path: '/big',
      'max-body': '4MiB',
      matches: '^a+$',
      'not-contains': 'Traceback',
    });
    expect(whole.status).toBe('pass');
    expect(whole.summary).not.toContain('cut');
  });

  it('sends the method, body and headers, reading header values from the environment', async () => {
    const env = { API_AUTH: 'Bearer s3cret-value' };
    const c = { ...ctx, env };
    const out = await run(
      {
        path: '/echo',
        method: 'POST',
        body: 'a=1',
        status: 404,
        'header-from-env': { Authorization: 'API_AUTH' },
      },
      c,
    );
    expect(out.status).toBe('pass');
    expect(seen.at(-1)).toEqual({ url: '/echo', auth: 'Bearer s3cret-value', method: 'POST', body: 'a=1' });
    expect(JSON.stringify(out)).not.toContain('s3cret');
    const missing = await run({ path: '/health', 'header-from-env': { Authorization: 'API_AUTH' } });
    expect(missing).toEqual({
      status: 'error',
      summary: "environment variable 'API_AUTH' (for the Authorization header) is not set",
    });
  });

  it('errors on a refused port and an unresolvable host', async () => {
    const refused = await run({ target: undefined, url: `http://127.0.0.1:${await closedPort()}/` });
    expect(refused.status).toBe('error');
    expect(refused.summary).toMatch(/connection refused/);
    const dns = await run({ target: undefined, url: 'http://service.invalid/health' });
    expect(dns.status).toBe('error');
    expect(dns.summary).toBe(
      'http://service.invalid/health: the host name service.invalid does not resolve (ENOTFOUND)',
    );
  });

  it('trusts a private CA from ca-file, and fails without it', async () => {
    const url = secure.url.replace('127.0.0.1', 'localhost');
    const trusted = await run({ target: undefined, url, 'ca-file': 'ca.pem', contains: 'secure' });
    expect(trusted.status).toBe('pass');
    const untrusted = await run({ target: undefined, url });
    expect(untrusted.status).toBe('fail');
    expect(untrusted.summary).toMatch(/TLS: .*self-signed|not signed by a trusted authority/);
    const absent = await run({ target: undefined, url, 'ca-file': 'absent.pem' });
    expect(absent).toEqual({ status: 'error', summary: 'ca-file absent.pem cannot be read: no such file' });
  });

  it('errors when the target is missing or empty', async () => {
    const out = await run({ target: 'web' });
    expect(out).toEqual({ status: 'error', summary: "target 'web' is not defined; defined: api, secure" });
    const empty = await runKind(httpResponse, {}, { ...ctx, targets: { api: '' } });
    expect(empty.summary).toBe("target 'api' is empty (is its environment variable set?)");
  });

  it('rejects bad parameters with the field named', () => {
    expect(paramProblems(httpResponse, { matches: '(' })).toEqual([
      'matches: is not a valid regular expression: Unterminated group',
    ]);
    expect(paramProblems(httpResponse, { json: { 'a..b': 1 } })[0]).toMatch(
      /^json\.a\.\.b: is not a valid path/,
    );
    expect(paramProblems(httpResponse, { status: '299-200' })).toEqual([
      'status: range 299-200 is backwards',
    ]);
    expect(paramProblems(httpResponse, { body: 'x' })).toEqual([
      'body: needs a method that sends a body (POST, PUT or PATCH)',
    ]);
    expect(paramProblems(httpResponse, { 'ca-file': '../ca.pem' })[0]).toMatch(/^ca-file: must stay inside/);
    expect(paramProblems(httpResponse, { status: 'ok' }).join()).toMatch(/status/);
    expect(paramProblems(httpResponse, { 'max-body': '1GB' }).join()).toMatch(/max-body/);
  });
});
