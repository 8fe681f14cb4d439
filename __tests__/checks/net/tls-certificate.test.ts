import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { tlsCertificate } from '../../../src/checks/net/tls-certificate.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import {
  cleanupCertificates,
  closedPort,
  daysFromNow,
  makeCa,
  makeLeaf,
  selfSigned,
  startHttpServer,
  startHttpsServer,
  type Ca,
  type HttpsServerOptions,
  type RunningServer,
} from '../../helpers/servers.js';
import { runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

const TLS11 = { minVersion: 'TLSv1.1', maxVersion: 'TLSv1.1', ciphers: 'DEFAULT:@SECLEVEL=0' } as const;
const tls11 = await tls11Support();

const servers: RunningServer[] = [];
let ca: Ca;
let ctx: CheckContext;

beforeAll(async () => {
  ca = await makeCa();
  ctx = await netContext({}, { 'ca.pem': ca.cert });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanupCertificates();
  await cleanupRepos();
});

async function serve(options: HttpsServerOptions): Promise<string> {
  const s = await startHttpsServer((_req, res) => res.end('ok'), options);
  servers.push(s);
  return s.url.replace('127.0.0.1', 'localhost');
}

const check = (url: string, extra: Record<string, unknown> = {}) =>
  runKind(tlsCertificate, { url, 'ca-file': 'ca.pem', ...extra }, ctx);

describe('tls.certificate', () => {
  it('passes a trusted certificate for the host with a year left, with evidence', async () => {
    const url = await serve(
      await makeLeaf(ca, { hosts: ['localhost', '127.0.0.1'], notAfter: daysFromNow(365) }),
    );
    const out = await check(url);
    expect(out.status).toBe('pass');
    expect(out.summary).toMatch(
      /^valid for localhost until \d{4}-\d\d-\d\d \((364|365) days\), TLSv1\.3, issued by Preflight Test CA$/,
    );
    expect(out.evidence).toMatchObject({
      host: 'localhost',
      subject: 'CN=localhost',
      issuer: 'CN=Preflight Test CA',
      altNames: ['localhost', '127.0.0.1'],
      protocol: 'TLSv1.3',
      trusted: true,
      chain: ['CN=localhost', 'CN=Preflight Test CA'],
    });
    expect(typeof out.evidence?.cipher).toBe('string');
    // The IP address is covered too.
    expect((await check(url.replace('localhost', '127.0.0.1'))).status).toBe('pass');
  });

  it('fails without the CA file: the chain is not trusted', async () => {
    const url = await serve(await makeLeaf(ca, { hosts: ['localhost'] }));
    const out = await runKind(tlsCertificate, { url }, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the certificate is not trusted: /);
    expect(out.evidence?.trusted).toBe(false);
  });

  it('fails an expired certificate, saying when it expired', async () => {
    const url = await serve(
      await makeLeaf(ca, { hosts: ['localhost'], notBefore: daysFromNow(-100), notAfter: daysFromNow(-3) }),
    );
    const out = await check(url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^the certificate expired on \d{4}-\d\d-\d\d \([34] days ago\)$/);
  });

  it('fails a certificate for another host', async () => {
    const url = await serve(await makeLeaf(ca, { hosts: ['api.example.com', 'www.example.com'] }));
    const out = await check(url);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      'the certificate does not cover localhost (it covers api.example.com, www.example.com)',
    );
  });

  it('fails a self-signed certificate', async () => {
    const url = await serve(await selfSigned({ hosts: ['localhost'] }));
    const out = await check(url);
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the certificate is not trusted: the certificate is self-signed');
  });

  it('fails a certificate expiring in 10 days against min-days 30, passes it against 7', async () => {
    const url = await serve(await makeLeaf(ca, { hosts: ['localhost'], notAfter: daysFromNow(10) }));
    const out = await check(url);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(
      /^the certificate expires in (9|10) days \(on \d{4}-\d\d-\d\d\); at least 30 required$/,
    );
    expect((await check(url, { 'min-days': 7 })).status).toBe('pass');
  });

  it('fails a TLS 1.2 server when TLS 1.3 is the minimum', async () => {
    const leaf = await makeLeaf(ca, { hosts: ['localhost'] });
    const url = await serve({ ...leaf, maxVersion: 'TLSv1.2' });
    expect((await check(url)).evidence?.protocol).toBe('TLSv1.2');
    const out = await check(url, { 'min-version': 'TLSv1.3' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('the server negotiates TLSv1.2, older than TLSv1.3');
  });

  // Node 24's OpenSSL can refuse TLS 1.1 outright; the case runs only where a TLS 1.1 handshake works.
  (tls11.ok ? it : it.skip)(
    `fails a server that only speaks TLS 1.1, naming the protocol${tls11.note}`,
    async () => {
      const leaf = await makeLeaf(ca, { hosts: ['localhost'] });
      const url = await serve({ ...leaf, ...TLS11 });
      const out = await check(url);
      expect(out.status).toBe('fail');
      expect(out.summary).toBe('the server negotiates TLSv1.1, older than TLSv1.2');
      expect(out.evidence?.protocol).toBe('TLSv1.1');
    },
  );

  it('errors on a refused port, an unresolvable host and a timeout; insists on https', async () => {
    const refused = await check(`https://127.0.0.1:${await closedPort()}/`);
    expect(refused.status).toBe('error');
    expect(refused.summary).toMatch(/connection refused/);
    const dns = await check('https://cert.invalid/');
    expect(dns.status).toBe('error');
    expect(dns.summary).toBe('cert.invalid:443: the host name cert.invalid does not resolve (ENOTFOUND)');
    // A TCP server that accepts and never says a word: the handshake cannot finish.
    const silent = net.createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as net.AddressInfo).port;
      const timeout = await check(`https://127.0.0.1:${port}/`, { timeout: '300ms' });
      expect(timeout).toMatchObject({
        status: 'error',
        summary: `127.0.0.1:${port}: no TLS handshake within 300 ms`,
      });
    } finally {
      silent.close();
    }
    // A plain HTTP server answers the ClientHello with garbage (for TLS): the handshake fails.
    const plain = await startHttpServer(() => undefined);
    servers.push(plain);
    const garbled = await check(`https://127.0.0.1:${plain.port}/`);
    expect(garbled.status).toBe('fail');
    expect(garbled.summary).toMatch(/^127\.0\.0\.1:\d+: the TLS handshake failed/);
    const http = await check('http://localhost/');
    expect(http).toEqual({
      status: 'error',
      summary: "http://localhost/ is not an https URL: give an https target or the TLS 'port'",
    });
  });
});

/** Whether a TLS 1.1-only server can be started here and a client can complete a handshake with it. */
async function tls11Support(): Promise<{ ok: boolean; note: string }> {
  const skip = (why: string) => ({ ok: false, note: ` (skipped: ${why})` });
  let server: RunningServer;
  try {
    server = await startHttpsServer((_req, res) => res.end(), {
      ...(await selfSigned({ hosts: ['localhost'] })),
      ...TLS11,
    });
  } catch (e) {
    return skip(`this runtime cannot start a TLS 1.1 server: ${String(e)}`);
  }
  try {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        port: server.port,
        rejectUnauthorized: false,
        minVersion: 'TLSv1',
        ciphers: 'DEFAULT:@SECLEVEL=0',
      });
      socket.setTimeout(5000, () => {
        socket.destroy();
        resolve(false);
      });
      socket.on('secureConnect', () => {
        const protocol = socket.getProtocol();
        socket.destroy();
        resolve(protocol === 'TLSv1.1');
      });
      socket.on('error', () => resolve(false));
    });
    return ok ? { ok: true, note: '' } : skip("this runtime's OpenSSL does not complete a TLS 1.1 handshake");
  } finally {
    await server.close();
  }
}
