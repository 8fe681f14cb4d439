import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import net, { type AddressInfo } from 'node:net';
import { timedClient, type TimedClientOptions } from '../../../src/checks/net/timed-request.js';
import {
  cleanupCertificates,
  localhostCertificate,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../../helpers/servers.js';

/**
 * The latency kind's lean client against real loopback servers: Node's own HTTP server for the usual
 * case, and raw TCP servers for the framings and misbehaviours a server may send (chunked bodies, 1xx
 * answers before the real one, bodies that run to the close, garbage, silence).
 */
const base = (over: Partial<TimedClientOptions> = {}): TimedClientOptions => ({
  method: 'GET',
  headers: {},
  maxSockets: 2,
  timeoutMs: 5000,
  maxBodyBytes: 1024 * 1024,
  ...over,
});

interface RawServer {
  url: string;
  connections: () => number;
  close: () => Promise<void>;
}

/** A TCP server on 127.0.0.1 that answers each request (a block ending in CRLF CRLF) with `answer`. */
function rawServer(answer: (socket: net.Socket, request: string) => void): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  let connections = 0;
  const server = net.createServer((socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let pending = '';
    socket.on('data', (d) => {
      pending += d.toString('latin1');
      let end: number;
      while ((end = pending.indexOf('\r\n\r\n')) >= 0) {
        const request = pending.slice(0, end);
        pending = pending.slice(end + 4);
        answer(socket, request);
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/path?q=1`,
        connections: () => connections,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

const closers: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  await cleanupCertificates();
});
const raw = async (answer: (socket: net.Socket, request: string) => void) => {
  const s = await rawServer(answer);
  closers.push(s.close);
  return s;
};

describe('the timed client', () => {
  let server: RunningServer;
  let inFlight = 0;
  let peak = 0;
  beforeAll(async () => {
    server = await startHttpServer((req, res) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.end(req.url);
      }, 5);
    });
    closers.push(server.close);
  });

  it('sends every request over at most maxSockets kept-alive connections, timing each', async () => {
    const counting = await raw((socket, request) => {
      expect(request).toMatch(/^GET \/path\?q=1 HTTP\/1\.1\r\nHost: 127\.0\.0\.1:\d+\r\nx-trace: a\r\n/);
      setTimeout(() => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'), 5);
    });
    const client = timedClient(new URL(counting.url), base({ maxSockets: 3, headers: { 'x-trace': 'a' } }));
    if (!client) throw new Error('no client');
    let next = 0;
    const samples: Array<{ ms?: number; status?: number }> = [];
    await Promise.all(
      Array.from({ length: 3 }, async () => {
        while (next < 30) {
          next += 1;
          samples.push(await client.request());
        }
      }),
    );
    client.close();
    expect(samples).toHaveLength(30);
    for (const s of samples) {
      expect(s.status).toBe(200);
      expect(s.ms).toBeGreaterThanOrEqual(4);
    }
    expect(counting.connections()).toBe(3);
  });

  it("reads Node's own server's answers, no more in flight than connections", async () => {
    peak = 0;
    const client = timedClient(new URL(`${server.url}/x`), base({ maxSockets: 2 }));
    if (!client) throw new Error('no client');
    const all = await Promise.all([client.request(), client.request()]);
    const more = await Promise.all([client.request(), client.request()]);
    client.close();
    expect([...all, ...more].map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect(peak).toBeLessThanOrEqual(2);
  });

  it('skips 1xx answers and reads a chunked body to its end', async () => {
    const s = await raw((socket) =>
      socket.write(
        'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n' +
          'HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n3\r\nabc\r\n0\r\n\r\n',
      ),
    );
    const client = timedClient(new URL(s.url), base());
    const r = await client?.request();
    const again = await client?.request();
    client?.close();
    expect(r).toMatchObject({ status: 201 });
    expect(again).toMatchObject({ status: 201 });
    expect(s.connections()).toBe(1);
  });

  it('frames answers that arrive in pieces on several connections at once (one read buffer serves them all)', async () => {
    const waiting: net.Socket[] = [];
    // Each answer in three pieces, cut inside a header line and inside the body; the connections' pieces
    // interleave, each piece its own read.
    const s = await raw((socket) => {
      waiting.push(socket);
      if (waiting.length < 2) return;
      const [a, b] = waiting.splice(0) as [net.Socket, net.Socket];
      const pieces: Array<[net.Socket, string]> = [
        [a, 'HTTP/1.1 201 Created\r\nTransfer-Enc'],
        [b, 'HTTP/1.1 202 Accepted\r\nContent-Length: 10\r\nX-Long: '],
        [a, 'oding: chunked\r\n\r\n5\r\nhel'],
        [b, `${'v'.repeat(3000)}\r\n\r\n01234`],
        [a, 'lo\r\n0\r\n\r\n'],
        [b, '56789'],
      ];
      const next = () => {
        const piece = pieces.shift();
        if (!piece) return;
        piece[0].write(piece[1]);
        setTimeout(next, 5);
      };
      next();
    });
    const client = timedClient(new URL(s.url), base({ maxSockets: 2 }));
    await client?.connect();
    const first = await Promise.all([client?.request(), client?.request()]);
    const second = await Promise.all([client?.request(), client?.request()]);
    client?.close();
    for (const round of [first, second]) {
      expect(round.map((r) => r?.error)).toEqual([undefined, undefined]);
      expect(round.map((r) => r?.status).sort()).toEqual([201, 202]);
    }
    expect(s.connections()).toBe(2);
  });

  it('writes nothing for a request the client is closed on before the request goes out', async () => {
    let requests = 0;
    const s = await raw(() => {
      requests += 1;
    });
    const client = timedClient(new URL(s.url), base({ maxSockets: 1 }));
    await client?.connect();
    const pending = client?.request();
    client?.close();
    expect(await pending).toEqual({ error: 'aborted' });
    // The server has had the time to read a request that was written (none was).
    await new Promise((r) => setTimeout(r, 50));
    expect(requests).toBe(0);
  });

  it('reads no body after a HEAD, whatever Content-Length says', async () => {
    const s = await raw((socket, request) => {
      expect(request.startsWith('HEAD ')).toBe(true);
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n');
    });
    const client = timedClient(new URL(s.url), base({ method: 'HEAD' }));
    expect(await client?.request()).toMatchObject({ status: 200 });
    expect(await client?.request()).toMatchObject({ status: 200 });
    client?.close();
    expect(s.connections()).toBe(1);
  });

  it('sends Content-Length: 0 with a POST, as Node does', async () => {
    const s = await raw((socket, request) => {
      expect(request).toMatch(/\r\nContent-Length: 0$/);
      socket.write('HTTP/1.1 204 No Content\r\n\r\n');
    });
    const client = timedClient(new URL(s.url), base({ method: 'POST' }));
    expect(await client?.request()).toMatchObject({ status: 204 });
    client?.close();
  });

  it('opens a new connection when the server says Connection: close, or ends the body with the close', async () => {
    const closing = await raw((socket) => {
      socket.end('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
    });
    const toClose = await raw((socket) => socket.end('HTTP/1.0 200 OK\r\n\r\nthe body runs to the close'));
    for (const s of [closing, toClose]) {
      const client = timedClient(new URL(s.url), base({ maxSockets: 1 }));
      const got = [await client?.request(), await client?.request(), await client?.request()];
      client?.close();
      expect(got.map((g) => g?.status)).toEqual([200, 200, 200]);
      expect(s.connections()).toBe(3);
    }
  });

  it('retries once on a new connection when the server drops a kept-alive one as the request goes out', async () => {
    let answered = 0;
    const served = new WeakMap<net.Socket, number>();
    const s = await raw((socket) => {
      const n = (served.get(socket) ?? 0) + 1;
      served.set(socket, n);
      // The second request on a connection meets the server's keep-alive timeout: dropped unanswered.
      if (n > 1) return void socket.destroy();
      answered += 1;
      socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    });
    const client = timedClient(new URL(s.url), base({ maxSockets: 1 }));
    const first = await client?.request();
    const second = await client?.request();
    const third = await client?.request();
    client?.close();
    expect([first?.status, second?.status, third?.status]).toEqual([200, 200, 200]);
    expect(answered).toBe(3);
    expect(s.connections()).toBe(3);
  });

  it('ends a body past maxBodyBytes, a garbage answer, and silence as errors', async () => {
    const big = await raw((socket) =>
      socket.write(`HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n${'x'.repeat(5000)}`),
    );
    const garbage = await raw((socket) => socket.write('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
    const silent = await raw(() => undefined);
    const tooBig = timedClient(new URL(big.url), base({ maxBodyBytes: 1000 }));
    const bad = timedClient(new URL(garbage.url), base());
    const slow = timedClient(new URL(silent.url), base({ timeoutMs: 100 }));
    expect(await tooBig?.request()).toEqual({ status: 200, error: 'body too large' });
    expect((await bad?.request())?.error).toMatch(/^HPE_|bad response/);
    const started = Date.now();
    expect(await slow?.request()).toEqual({ error: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
    for (const c of [tooBig, bad, slow]) c?.close();
  });

  it('ends the requests in flight as aborted when the signal fires', async () => {
    const silent = await raw(() => undefined);
    const controller = new AbortController();
    const client = timedClient(new URL(silent.url), base({ signal: controller.signal }));
    const pending = Promise.all([client?.request(), client?.request()]);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual([{ error: 'aborted' }, { error: 'aborted' }]);
    expect(await client?.request()).toEqual({ error: 'aborted' });
  });

  it('refuses headers that cannot be written as they stand (the full client reports them)', () => {
    const url = new URL('http://127.0.0.1:1/');
    expect(timedClient(url, base({ headers: { 'x-a': 'one\r\nInjected: yes' } }))).toBeUndefined();
    expect(timedClient(url, base({ headers: { 'bad name': 'v' } }))).toBeUndefined();
    expect(timedClient(url, base({ headers: { 'x-a': 'caf\u00e9' } }))).toBeDefined();
  });

  it('speaks HTTPS, trusting the given authority and no other', async () => {
    const { ca, leaf } = await localhostCertificate();
    const secure = await startHttpsServer((_req, res) => res.end('secure'), leaf);
    closers.push(secure.close);
    const trusted = timedClient(new URL(`${secure.url}/`), base({ ca: [ca.cert] }));
    const untrusted = timedClient(new URL(`${secure.url}/`), base());
    expect(await trusted?.request()).toMatchObject({ status: 200 });
    expect(await trusted?.request()).toMatchObject({ status: 200 });
    const refused = await untrusted?.request();
    expect(refused?.status).toBeUndefined();
    expect(refused?.error).toMatch(/CERT|SIGNATURE|ISSUER/);
    trusted?.close();
    untrusted?.close();
  });
});

describe('connect()', () => {
  it('opens maxSockets connections before any request, and the requests use them', async () => {
    const s = await raw((socket) => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
    const client = timedClient(new URL(s.url), base({ maxSockets: 4 }));
    await client?.connect();
    // The client has seen its four handshakes end; the server's accepts may come a moment later.
    for (let i = 0; i < 100 && s.connections() < 4; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(s.connections()).toBe(4);
    const got = await Promise.all([1, 2, 3, 4].map(() => client?.request()));
    await client?.connect();
    client?.close();
    expect(got.map((g) => g?.status)).toEqual([200, 200, 200, 200]);
    expect(s.connections()).toBe(4);
  });

  it('does not wait on a refused connection, and the request then reports it', async () => {
    const s = await raw(() => undefined);
    const url = new URL(s.url);
    await s.close();
    const client = timedClient(url, base({ maxSockets: 2 }));
    const started = Date.now();
    await client?.connect();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await client?.request()).toEqual({ error: 'ECONNREFUSED' });
    client?.close();
  });
});
