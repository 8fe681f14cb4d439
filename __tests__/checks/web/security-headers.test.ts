import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type http from 'node:http';
import { securityHeaders } from '../../../src/checks/web/security-headers.js';
import { closedPort } from '../../helpers/servers.js';
import { serveSite, type TestSite } from '../net/net-context.js';
import { paramProblems, runKind } from '../run-kind.js';

const GOOD: Record<string, string | string[]> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'set-cookie': 'session_id=s3cr3t-cookie-value; Path=/; Secure; HttpOnly; SameSite=Lax',
  'content-type': 'text/html; charset=utf-8',
};

function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  switch (path) {
    case '/good':
      res.writeHead(200, GOOD).end('<!doctype html><title>ok</title>');
      return;
    case '/bare':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>hello</p>');
      return;
    case '/to-good':
      res.writeHead(302, { location: '/good' }).end();
      return;
    case '/twice':
      for (const [name, value] of Object.entries(GOOD)) res.setHeader(name, value);
      res.setHeader('strict-transport-security', ['max-age=31536000', 'max-age=31536000']);
      res.end('twice');
      return;
    case '/meta':
      res.writeHead(200, { ...GOOD, 'content-security-policy': "frame-ancestors 'none'" });
      res.end(
        `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">` +
          `<meta name="referrer" content="unsafe-url"></head></html>`,
      );
      return;
    case '/broken':
      res.writeHead(503, { 'content-type': 'text/plain' }).end('down');
      return;
    case '/hang':
      return; // never answers
    default:
      res.writeHead(404).end();
  }
}

let site: TestSite;

beforeAll(async () => {
  site = await serveSite(handler, 'certs/ca.pem');
});

afterAll(() => site.close());

const run = (params: Record<string, unknown>, targets: Record<string, string> = { app: site.secure.url }) =>
  runKind(securityHeaders, { 'ca-file': 'certs/ca.pem', ...params }, site.context({ targets }));

type Tests = Record<string, { verdict: string; reason: string; value?: string; required?: boolean }>;

describe('http.security-headers', () => {
  it('passes a page that sends every header, with the values seen as evidence', async () => {
    const out = await run({ path: '/good' });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('all 6 pass: hsts, csp, framing, nosniff, referrer-policy, cookies');
    const tests = out.evidence?.tests as Tests;
    expect(tests.hsts).toEqual({
      verdict: 'pass',
      reason: 'max-age 31536000 (365 days)',
      value: 'max-age=31536000; includeSubDomains',
    });
    expect(tests.framing?.reason).toBe('CSP frame-ancestors is set');
    // Cookie names and attributes are evidence; their values are not.
    expect(JSON.stringify(out)).not.toContain('s3cr3t');
    expect(JSON.stringify(tests.cookies)).toContain('session_id');
  });

  it('fails a page without headers, naming each failing sub-test', async () => {
    const out = await run({ path: '/bare' });
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^4 of 6 failed: hsts \(missing\); csp \(missing\); framing \(missing/);
    const tests = out.evidence?.tests as Tests;
    expect(tests['referrer-policy']?.verdict).toBe('pass');
    expect(tests.cookies?.reason).toBe('no cookies set');
  });

  it('decides on the required sub-tests only, and reports the others', async () => {
    const some = await run({ path: '/bare', require: ['nosniff'] });
    expect(some.summary).toBe('1 of 1 failed: nosniff (missing)');
    expect((some.evidence?.tests as Tests).hsts).toMatchObject({ verdict: 'fail', required: false });
    const lenient = await run({ path: '/bare', require: ['referrer-policy', 'cookies'] });
    expect(lenient.status).toBe('pass');
    const strict = await run({
      path: '/bare',
      require: ['referrer-policy'],
      'referrer-policy-required': true,
    });
    expect(strict.status).toBe('fail');
  });

  it('follows redirects to the final page', async () => {
    const out = await run({ path: '/to-good' });
    expect(out.status).toBe('pass');
    expect(out.evidence?.finalUrl).toBe(`${site.secure.url}/good`);
  });

  it('treats HSTS sent twice as invalid, and a stricter minimum as a failure', async () => {
    const twice = await run({ path: '/twice', require: ['hsts'] });
    expect(twice.summary).toBe('1 of 1 failed: hsts (invalid: sent 2 times)');
    const longer = await run({ path: '/good', require: ['hsts'], 'hsts-min-age': 63072000 });
    expect(longer.status).toBe('fail');
  });

  it('reads <meta> policies of an HTML page', async () => {
    const out = await run({ path: '/meta' });
    const tests = out.evidence?.tests as Tests;
    expect(tests.csp?.verdict).toBe('pass');
    expect(tests['referrer-policy']).toMatchObject({
      verdict: 'fail',
      value: 'strict-origin-when-cross-origin, <meta> unsafe-url',
    });
  });

  it('fails HSTS over plain HTTP', async () => {
    const out = await runKind(
      securityHeaders,
      { path: '/good' },
      site.context({ targets: { app: site.plain.url } }),
    );
    expect(out.status).toBe('fail');
    expect((out.evidence?.tests as Tests).hsts?.reason).toContain('plain HTTP');
    expect(out.summary).toMatch(/^1 of 6 failed: hsts/);
  });

  it('gives an error for an error page, a refused connection, a timeout and no target', async () => {
    const broken = await run({ path: '/broken' });
    expect(broken).toMatchObject({ status: 'error', summary: expect.stringContaining('HTTP 503') });
    const refused = await run({}, { app: `http://127.0.0.1:${await closedPort()}` });
    expect(refused).toMatchObject({ status: 'error', summary: expect.stringContaining('refused') });
    const hang = await run({ path: '/hang', timeout: '300ms' });
    expect(hang).toMatchObject({ status: 'error', evidence: { error: { code: 'timeout' } } });
    const none = await run({}, {});
    expect(none).toMatchObject({ status: 'error', summary: expect.stringContaining('no target') });
    const ws = await run({ url: 'ws://127.0.0.1:1/' });
    expect(ws).toMatchObject({ status: 'error', summary: expect.stringContaining('ws.handshake') });
  });

  it('fails a certificate it cannot trust', async () => {
    const out = await runKind(
      securityHeaders,
      { path: '/good' },
      site.context({ targets: { app: site.secure.url } }),
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toContain('TLS');
  });

  it('rejects bad parameters by name', () => {
    expect(paramProblems(securityHeaders, { require: ['hsts', 'x-xss-protection'] }).join(' ')).toContain(
      'require',
    );
    expect(paramProblems(securityHeaders, { 'hsts-min-age': -1 }).join(' ')).toContain('hsts-min-age');
    expect(paramProblems(securityHeaders, { 'ca-file': '../ca.pem' }).join(' ')).toContain('ca-file');
    expect(paramProblems(securityHeaders, { csp: true }).join(' ')).toContain('csp');
  });
});
