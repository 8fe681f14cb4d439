/**
 * Target probes through a forward proxy: real servers on loopback, reached under names that only the
 * recording proxy (also on loopback) connects to, so a probe that went around the proxy could not arrive.
 * Plain HTTP goes in absolute form, HTTPS, TLS and WebSocket probes through CONNECT tunnels.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { WebSocketServer } from 'ws';
import { environmentProxy, ProxyConfigError, type ProxyResolver } from '../../../src/checks/net/proxy.js';
import { httpLatency } from '../../../src/checks/net/http-latency.js';
import { httpResponse } from '../../../src/checks/net/http-response.js';
import { tlsCertificate } from '../../../src/checks/net/tls-certificate.js';
import { wsHandshake } from '../../../src/checks/web/ws-handshake.js';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { evaluate } from '../../../src/engine/evaluate.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import { startRecordingProxy, type RecordingProxy } from '../../helpers/recording-proxy.js';
import {
  cleanupCertificates,
  makeCa,
  makeLeaf,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../../helpers/servers.js';
import { runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

const HOST = 'svc.preflight.test';
let proxy: RecordingProxy;
let plain: RunningServer;
let secure: RunningServer;
let wss: WebSocketServer;
let wsPort: number;
let caPem: string;
let through: ProxyResolver;

beforeAll(async () => {
  proxy = await startRecordingProxy();
  through = () => new URL(proxy.url);
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ status: 'ok', host: req.headers.host }));
  };
  plain = await startHttpServer(handler);
  const ca = await makeCa();
  caPem = ca.cert;
  secure = await startHttpsServer(handler, await makeLeaf(ca, { hosts: [HOST] }));
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  wss.on('connection', (socket) => socket.on('message', (m) => socket.send(String(m))));
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wsPort = (wss.address() as import('node:net').AddressInfo).port;
});

afterAll(async () => {
  for (const c of wss.clients) c.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await plain.close();
  await secure.close();
  await proxy.close();
  await cleanupRepos();
  await cleanupCertificates();
});

function seenFor(authority: string) {
  return proxy.seen.filter((s) => s.authority === authority);
}

describe('probes through a proxy', () => {
  test('plain HTTP goes to the proxy in absolute form', async () => {
    const authority = `${HOST}:${plain.port}`;
    const ctx = await netContext({ proxy: through });
    const out = await runKind(
      httpResponse,
      { url: `http://${authority}/health`, json: { status: 'ok' } },
      ctx,
    );
    expect(out.status).toBe('pass');
    expect(seenFor(authority)).toEqual([
      { kind: 'absolute', authority, method: 'GET', url: `http://${authority}/health`, carried: true },
    ]);
  });

  test('a body past max-body through the proxy is an error sample, not a time to a cut', async () => {
    const authority = `${HOST}:${plain.port}`;
    const ctx = await netContext({ proxy: through });
    const out = await runKind(
      httpLatency,
      { url: `http://${authority}/health`, requests: 3, warmup: 0, concurrency: 1, 'max-body': 8 },
      ctx,
    );
    expect(out.status).toBe('fail');
    expect(out.evidence).toMatchObject({ errors: 3, errorKinds: { 'body too large': 3 } });
  });

  test('HTTPS goes through a CONNECT tunnel, TLS end to end with the target', async () => {
    const authority = `${HOST}:${secure.port}`;
    const ctx = await netContext({ proxy: through }, { 'ca.pem': caPem });
    const out = await runKind(
      httpResponse,
      { url: `https://${authority}/health`, json: { status: 'ok', host: authority }, 'ca-file': 'ca.pem' },
      ctx,
    );
    expect(out.status).toBe('pass');
    expect(seenFor(authority)).toEqual([{ kind: 'connect', authority, method: 'CONNECT', carried: true }]);
  });

  test('the certificate check handshakes through a tunnel and judges the target certificate', async () => {
    const authority = `${HOST}:${secure.port}`;
    const before = seenFor(authority).length;
    const ctx = await netContext({ proxy: through }, { 'ca.pem': caPem });
    const out = await runKind(tlsCertificate, { url: `https://${authority}/`, 'ca-file': 'ca.pem' }, ctx);
    expect(out.status).toBe('pass');
    expect(JSON.stringify(out.evidence)).toContain(HOST);
    expect(seenFor(authority).length).toBe(before + 1);
    expect(seenFor(authority).at(-1)?.kind).toBe('connect');
  });

  test('a WebSocket handshake and round trip go through a tunnel', async () => {
    const authority = `${HOST}:${wsPort}`;
    const ctx = await netContext({ proxy: through });
    const out = await runKind(
      wsHandshake,
      { url: `ws://${authority}/`, send: 'ping', expect: { contains: 'ping' } },
      ctx,
    );
    expect(out.status).toBe('pass');
    expect(seenFor(authority)).toEqual([{ kind: 'connect', authority, method: 'CONNECT', carried: true }]);
  });

  test('a refused tunnel is an error that names the proxy, not an answer from the target', async () => {
    const authority = `blocked.example:${secure.port}`;
    const ctx = await netContext({ proxy: through });
    const out = await runKind(httpResponse, { url: `https://${authority}/` }, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toContain(`the proxy ${proxy.url} refused the tunnel to ${authority} (HTTP 403)`);
    const tls = await runKind(tlsCertificate, { url: `https://${authority}/` }, ctx);
    expect(tls.status).toBe('error');
    expect(tls.summary).toContain('refused the tunnel');
    expect(seenFor(authority).every((s) => !s.carried)).toBe(true);
  });

  test('an unreachable proxy is an error that says so', async () => {
    const dead = await startHttpServer(() => undefined);
    await dead.close();
    const ctx = await netContext({ proxy: () => new URL(dead.url) });
    const out = await runKind(httpResponse, { url: `https://${HOST}:${secure.port}/` }, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toContain(`through the proxy ${dead.url}`);
  });

  test('proxy credentials go in Proxy-Authorization and never into the evidence', async () => {
    const authority = `${HOST}:${plain.port}`;
    const withAuth = new URL(proxy.url);
    withAuth.username = 'build';
    withAuth.password = 's3cr3t-proxy-pass';
    const ctx = await netContext({ proxy: () => withAuth });
    const out = await runKind(httpResponse, { url: `http://${authority}/auth` }, ctx);
    expect(out.status).toBe('pass');
    const last = seenFor(authority).at(-1);
    expect(last?.proxyAuthorization).toBe(
      `Basic ${Buffer.from('build:s3cr3t-proxy-pass').toString('base64')}`,
    );
    expect(JSON.stringify(out)).not.toContain('s3cr3t');
  });

  test('the engine records in the evidence which proxy a probe went through', async () => {
    const authority = `${HOST}:${plain.port}`;
    const ctx = await netContext({ proxy: through });
    const context: Omit<typeof ctx, 'signal'> & { signal?: AbortSignal } = { ...ctx };
    delete context.signal;
    const item = (id: string, url: string) => ({
      id,
      title: id,
      section: 's',
      required: true,
      check: { kind: 'http.response', params: { url } },
    });
    const checklist = {
      id: 'c',
      title: 'c',
      targets: {},
      sections: [{ id: 's', title: 's', items: [item('proxied', `http://${authority}/`)] }],
    } as unknown as Parameters<typeof evaluate>[0];
    const report = await evaluate(checklist, {
      registry: defaultRegistry,
      context,
      facts: {},
      concurrency: 1,
      defaultTimeoutMs: 10_000,
      version: 'test',
    });
    expect(report.items[0]?.status).toBe('pass');
    expect(report.items[0]?.evidence?.proxy).toBe(proxy.url);
  });
});

describe('the runner proxy variables (the GitHub client rules)', () => {
  const names = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
  let saved: Record<string, string | undefined>;
  beforeAll(() => {
    saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  });
  afterAll(() => {
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  });
  function withEnv(env: Record<string, string>): ProxyResolver {
    for (const n of names) delete process.env[n];
    Object.assign(process.env, env);
    return environmentProxy();
  }
  const decide = (r: ProxyResolver, url: string) => r(new URL(url))?.href;

  test('HTTPS_PROXY for https and wss, HTTP_PROXY for http and ws; lower case first', () => {
    const r = withEnv({ HTTPS_PROXY: 'http://secure.proxy:3128', HTTP_PROXY: 'http://plain.proxy:3128' });
    expect(decide(r, 'https://api.example.com/')).toBe('http://secure.proxy:3128/');
    expect(decide(r, 'wss://api.example.com/socket')).toBe('http://secure.proxy:3128/');
    expect(decide(r, 'http://api.example.com/')).toBe('http://plain.proxy:3128/');
    expect(decide(r, 'ws://api.example.com/')).toBe('http://plain.proxy:3128/');
    const lower = withEnv({ https_proxy: 'http://lower:1', HTTPS_PROXY: 'http://upper:2' });
    expect(decide(lower, 'https://api.example.com/')).toBe('http://lower:1/');
  });

  test('NO_PROXY names, suffixes, ports and *; loopback is always direct', () => {
    const r = withEnv({
      HTTPS_PROXY: 'http://proxy.corp:3128',
      NO_PROXY: 'internal.corp, .svc.cluster, api.example.com:8443',
    });
    expect(decide(r, 'https://internal.corp/')).toBeUndefined();
    expect(decide(r, 'https://db.internal.corp/')).toBeUndefined();
    expect(decide(r, 'https://a.b.svc.cluster/')).toBeUndefined();
    expect(decide(r, 'https://api.example.com:8443/')).toBeUndefined();
    expect(decide(r, 'https://api.example.com/')).toBe('http://proxy.corp:3128/');
    expect(decide(r, 'https://notinternal.corp/')).toBe('http://proxy.corp:3128/');
    for (const local of ['https://localhost:8443/', 'https://127.0.0.1/', 'https://[::1]:9/'])
      expect(decide(r, local)).toBeUndefined();
    const all = withEnv({ HTTPS_PROXY: 'http://proxy.corp:3128', NO_PROXY: '*' });
    expect(decide(all, 'https://api.example.com/')).toBeUndefined();
    expect(decide(withEnv({}), 'https://api.example.com/')).toBeUndefined();
  });

  test('a proxy variable without a scheme means http://; one that is not http(s) is refused', () => {
    expect(decide(withEnv({ HTTPS_PROXY: 'proxy.corp:3128' }), 'https://x.example/')).toBe(
      'http://proxy.corp:3128/',
    );
    const socks = withEnv({ HTTPS_PROXY: 'socks5://proxy.corp:1080' });
    expect(() => socks(new URL('https://x.example/'))).toThrow(ProxyConfigError);
  });
});
