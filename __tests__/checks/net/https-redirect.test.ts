import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { httpsRedirect } from '../../../src/checks/net/https-redirect.js';
import { judgeRedirect } from '../../../src/checks/net/redirect-verdict.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import {
  cleanupCertificates,
  closedPort,
  localhostCertificate,
  selfSigned,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../../helpers/servers.js';
import { runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

const servers: RunningServer[] = [];
let tlsServer: RunningServer;
let badTls: RunningServer;
let plain: RunningServer;
let ctx: CheckContext;
let httpsBase: string;

beforeAll(async () => {
  const { ca, leaf } = await localhostCertificate();
  tlsServer = await startHttpsServer((req, res) => {
    if (req.url === '/missing') res.writeHead(404).end();
    else res.end('secure');
  }, leaf);
  badTls = await startHttpsServer((_req, res) => res.end('x'), await selfSigned({ hosts: ['localhost'] }));
  httpsBase = tlsServer.url.replace('127.0.0.1', 'localhost');
  plain = await startHttpServer((req, res) => {
    const path = req.url ?? '/';
    const to = (location: string, status = 301) => res.writeHead(status, { location }).end();
    if (path.startsWith('/good')) return to(`${httpsBase}${path}`);
    if (path === '/via-http') return to(`http://localhost:${plainPort()}/good`);
    if (path === '/other-host') return to(tlsServer.url);
    if (path === '/see-other') return to(`${httpsBase}/`, 303);
    if (path === '/to-404') return to(`${httpsBase}/missing`);
    if (path === '/bad-cert') return to(badTls.url.replace('127.0.0.1', 'localhost'));
    if (path === '/loop') return to('/loop');
    res.end('plain page');
  });
  servers.push(tlsServer, badTls, plain);
  ctx = await netContext({ targets: { site: `${httpsBase}/` } }, { 'ca.pem': ca.cert });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanupCertificates();
  await cleanupRepos();
});

const plainPort = () => plain.port;
const run = (path: string, extra: Record<string, unknown> = {}) =>
  runKind(httpsRedirect, { path, 'http-port': plain.port, 'ca-file': 'ca.pem', ...extra }, ctx);

describe('http.https-redirect', () => {
  it('passes a 301 straight to HTTPS on the same host ending in 200', async () => {
    const out = await run('/good');
    expect(out.status).toBe('pass');
    expect(out.summary).toBe(`http://localhost:${plain.port}/good redirects (301) to ${httpsBase}/good`);
    expect(out.evidence?.chain).toEqual([
      { url: `http://localhost:${plain.port}/good`, status: 301, location: `${httpsBase}/good` },
      { url: `${httpsBase}/good`, status: 200 },
    ]);
  });

  it('fails when plain HTTP answers without redirecting', async () => {
    const out = await run('/page');
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      `http://localhost:${plain.port}/page answered 200 instead of redirecting to HTTPS`,
    );
  });

  it('fails when the first redirect stays on HTTP, even if HTTPS comes later', async () => {
    const out = await run('/via-http');
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the first redirect goes to http:\/\/localhost:\d+\/good, not to HTTPS/);
    expect(out.evidence?.chain).toHaveLength(3);
  });

  it('fails a first redirect to another host unless allowed', async () => {
    const out = await run('/other-host');
    expect(out.summary).toBe('the first redirect leaves the host: localhost → 127.0.0.1');
    expect((await run('/other-host', { 'allow-other-host': true })).status).toBe('pass');
  });

  it('fails a 303, a destination that is not 2xx, a bad certificate and a loop', async () => {
    expect((await run('/see-other')).summary).toBe(
      'the redirect uses status 303; use 301 or 308 (or 302, 307)',
    );
    expect((await run('/to-404')).summary).toBe(`the HTTPS destination ${httpsBase}/missing answered 404`);
    const cert = await run('/bad-cert');
    expect(cert.status).toBe('fail');
    expect(cert.summary).toMatch(/TLS: the certificate is self-signed/);
    const loop = await run('/loop');
    expect(loop.status).toBe('fail');
    expect(loop.summary).toMatch(/^the first redirect goes to http:\/\/localhost:\d+\/loop, not to HTTPS/);
  });

  it('fails when nothing listens for plain HTTP, unless allow-no-http', async () => {
    const port = await closedPort();
    const out = await runKind(httpsRedirect, { 'http-port': port }, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      `nothing listens for plain HTTP at http://localhost:${port}/: no redirect to HTTPS`,
    );
    expect((await runKind(httpsRedirect, { 'http-port': port, 'allow-no-http': true }, ctx)).status).toBe(
      'pass',
    );
  });

  it('errors on a host that does not resolve', async () => {
    const out = await runKind(httpsRedirect, { url: 'https://shop.invalid/' }, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/shop\.invalid does not resolve/);
  });
});

describe('judgeRedirect (Observatory order)', () => {
  const start = new URL('http://a.example/');
  it('reports a chain that ends on HTTP before faults of the first hop', () => {
    const chain = [
      { url: 'http://a.example/', status: 302, location: 'http://b.example/' },
      { url: 'http://b.example/', status: 200 },
    ];
    expect(judgeRedirect(chain, start, { allowOtherHost: false }).summary).toBe(
      'the redirects end on http://b.example/, not on HTTPS',
    );
  });
});
