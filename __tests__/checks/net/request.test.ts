import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { headerValue, headerValues, request } from '../../../src/checks/net/request.js';
import {
  cleanupCertificates,
  closedPort,
  daysFromNow,
  ipv6Available,
  makeCa,
  makeLeaf,
  selfSigned,
  startHttpServer,
  startHttpsServer,
  type Ca,
  type RunningServer,
} from '../../helpers/servers.js';

const base = { timeoutMs: 5000, maxBodyBytes: 1 << 20 };
const hasIpv6 = await ipv6Available();
let plain: RunningServer;
let ca: Ca;
const servers: RunningServer[] = [];
let hits = 0;

beforeAll(async () => {
  plain = await startHttpServer((req, res) => {
    hits += 1;
    const url = new URL(req.url ?? '/', 'http://x');
    switch (url.pathname) {
      case '/dup':
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.setHeader('x-one', 'one');
        res.end('dup');
        return;
      case '/loop-a':
        res.writeHead(302, { location: '/loop-b' }).end();
        return;
      case '/loop-b':
        res.writeHead(301, { location: '/loop-a' }).end();
        return;
      case '/chain': {
        const n = Number(url.searchParams.get('n') ?? '0');
        if (n > 0) res.writeHead(307, { location: `/chain?n=${n - 1}` }).end();
        else res.end('arrived');
        return;
      }
      case '/huge': {
        // Streams far more than any cap, until the client goes away.
        const chunk = Buffer.alloc(64 * 1024, 'x');
        let sent = 0;
        const pump = () => {
          while (sent < 256 * 1024 * 1024 && res.write(chunk)) sent += chunk.length;
          if (sent < 256 * 1024 * 1024) res.once('drain', pump);
          else res.end();
        };
        res.on('close', () => res.removeAllListeners('drain'));
        pump();
        return;
      }
      case '/slow':
        // Never answers: the client's deadline must end the call.
        return;
      case '/slow-body':
        res.writeHead(200);
        res.write('start');
        return;
      case '/reset':
        res.writeHead(200, { 'content-length': '1000' });
        res.write('partial');
        setTimeout(() => req.socket.destroy(), 20);
        return;
      case '/echo':
        res.setHeader('content-type', 'application/json');
        req.on('data', () => undefined);
        req.on('end', () =>
          res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization ?? null })),
        );
        return;
      default:
        res.end('hello');
    }
  });
  servers.push(plain);
  ca = await makeCa();
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanupCertificates();
});

describe('request over HTTP', () => {
  it('returns status, raw headers with duplicates, body and timings', async () => {
    const r = await request(new URL(`${plain.url}/dup`), base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.status).toBe(200);
    expect(headerValues(r.headers, 'Set-Cookie')).toEqual(['a=1', 'b=2']);
    expect(headerValue(r.headers, 'x-one')).toBe('one');
    expect(headerValue(r.headers, 'absent')).toBeUndefined();
    expect(r.body.toString()).toBe('dup');
    expect(r.truncated).toBe(false);
    expect(r.timings.firstByteMs).toBeLessThanOrEqual(r.timings.totalMs);
    expect(r.chain).toEqual([{ url: `${plain.url}/dup`, status: 200 }]);
    expect(r.tls).toBeUndefined();
  });

  it('returns a redirect as is when told not to follow', async () => {
    const r = await request(new URL(`${plain.url}/chain?n=1`), base);
    expect(r.ok && r.status).toBe(307);
    expect(r.ok && r.chain).toEqual([{ url: `${plain.url}/chain?n=1`, status: 307, location: '/chain?n=0' }]);
  });

  it('follows redirects up to the limit and records each hop', async () => {
    const r = await request(new URL(`${plain.url}/chain?n=2`), { ...base, followRedirects: 5 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.toString()).toBe('arrived');
    expect(r.chain.map((h) => h.status)).toEqual([307, 307, 200]);
    expect(r.finalUrl).toBe(`${plain.url}/chain?n=0`);
  });

  it('stops past the redirect limit', async () => {
    const r = await request(new URL(`${plain.url}/chain?n=4`), { ...base, followRedirects: 2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('too-many-redirects');
    expect(r.error.chain).toHaveLength(3);
  });

  it('detects a redirect loop', async () => {
    const before = hits;
    const r = await request(new URL(`${plain.url}/loop-a`), { ...base, followRedirects: 20 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('redirect-loop');
    expect(r.error.chain.map((h) => h.status)).toEqual([302, 301]);
    expect(hits - before).toBe(2);
  });

  it('keeps at most maxBodyBytes of a huge body and closes the connection', async () => {
    const r = await request(new URL(`${plain.url}/huge`), { ...base, maxBodyBytes: 100_000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.truncated).toBe(true);
    expect(r.body.length).toBe(100_000);
  });

  it('times out on a server that never answers, and on one that stops mid-body', async () => {
    for (const p of ['/slow', '/slow-body']) {
      const r = await request(new URL(`${plain.url}${p}`), { ...base, timeoutMs: 300 });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('timeout');
    }
  });

  it('reports a connection closed mid-body as a reset', async () => {
    const r = await request(new URL(`${plain.url}/reset`), base);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('reset');
  });

  it('honours an abort signal', async () => {
    const controller = new AbortController();
    const pending = request(new URL(`${plain.url}/slow`), { ...base, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const r = await pending;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('aborted');
    const already = await request(new URL(`${plain.url}/`), { ...base, signal: AbortSignal.abort() });
    expect(already.ok).toBe(false);
  });

  it('reports a refused port and an unresolvable host', async () => {
    const refused = await request(new URL(`http://127.0.0.1:${await closedPort()}/`), base);
    expect(!refused.ok && refused.error.code).toBe('refused');
    const dns = await request(new URL('http://no-such-host.invalid/'), base);
    expect(!dns.ok && dns.error.code).toBe('dns');
    if (!dns.ok) expect(dns.error.message).toContain('no-such-host.invalid');
  });

  it('turns a 303 after POST into GET and drops credentials on another origin', async () => {
    const other = await startHttpServer((req, res) => {
      res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization ?? null }));
    });
    servers.push(other);
    const hop = await startHttpServer((_req, res) => res.writeHead(303, { location: `${other.url}/` }).end());
    servers.push(hop);
    const r = await request(new URL(`${hop.url}/`), {
      ...base,
      method: 'POST',
      body: 'x=1',
      headers: { Authorization: 'Bearer abc' },
      followRedirects: 3,
    });
    expect(r.ok && JSON.parse(r.body.toString())).toEqual({ method: 'GET', auth: null });
  });

  it('requests a ws:// URL over HTTP', async () => {
    const r = await request(new URL(plain.url.replace('http', 'ws')), base);
    expect(r.ok && r.body.toString()).toBe('hello');
  });

  (hasIpv6 ? it : it.skip)(
    `reaches a server on ::1${hasIpv6 ? '' : ' (skipped: no IPv6 loopback here)'}`,
    async () => {
      const v6 = await startHttpServer((_req, res) => res.end('six'), { host: '::1' });
      servers.push(v6);
      expect(v6.url).toMatch(/^http:\/\/\[::1\]:\d+$/);
      const r = await request(new URL(v6.url), base);
      expect(r.ok && r.body.toString()).toBe('six');
    },
  );
});

describe('request over HTTPS', () => {
  it('trusts an extra CA, and reports protocol and certificate', async () => {
    const leaf = await makeLeaf(ca, { hosts: ['localhost', '127.0.0.1'] });
    const s = await startHttpsServer((_req, res) => res.end('secure'), leaf);
    servers.push(s);
    const url = new URL(s.url.replace('127.0.0.1', 'localhost'));
    const untrusted = await request(url, base);
    expect(!untrusted.ok && untrusted.error.code).toBe('tls');
    const r = await request(url, { ...base, ca: [ca.cert] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.body.toString()).toBe('secure');
    expect(r.tls?.authorized).toBe(true);
    expect(r.tls?.protocol).toMatch(/^TLSv1\.[23]$/);
    expect(r.tls?.certificate?.altNames).toEqual(['localhost', '127.0.0.1']);
  });

  it('fails on expired, wrong-host and self-signed certificates, unless insecure', async () => {
    const cases = [
      {
        pem: await makeLeaf(ca, {
          hosts: ['localhost'],
          notBefore: daysFromNow(-30),
          notAfter: daysFromNow(-1),
        }),
        why: /expired/,
      },
      { pem: await makeLeaf(ca, { hosts: ['wrong.example'] }), why: /not valid for this host/ },
      { pem: await selfSigned({ hosts: ['localhost'] }), why: /self-signed/ },
    ];
    for (const c of cases) {
      const s = await startHttpsServer((_req, res) => res.end('x'), c.pem);
      servers.push(s);
      const url = new URL(s.url.replace('127.0.0.1', 'localhost'));
      const r = await request(url, { ...base, ca: [ca.cert] });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('tls');
        expect(r.error.message).toMatch(c.why);
      }
      const loose = await request(url, { ...base, insecure: true });
      expect(loose.ok && loose.tls?.authorized).toBe(false);
    }
  });
});
