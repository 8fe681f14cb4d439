/**
 * A small forward proxy on loopback that records what reaches it, for the tests of proxy support.
 *
 * It speaks both ways a client uses a proxy (RFC 9110 §9.3.6 and §7.1): `CONNECT host:port` opens a tunnel
 * (HTTPS, and what undici's ProxyAgent does for every request), and a request whose target is an absolute
 * URL (`GET http://host:port/path`, plain HTTP) is forwarded. Names under `.preflight.test` (a reserved
 * top-level name, RFC 6761, that no resolver answers) and loopback addresses are connected to on
 * 127.0.0.1 with the port asked for; anything else is refused with 403 and never contacted, so nothing
 * leaves the machine. A test can therefore give a client a name that only this proxy can reach.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  kind: 'connect' | 'absolute';
  /** `host:port` as the client asked for it. */
  authority: string;
  method: string;
  /** For `absolute`: the whole request target. */
  url?: string;
  /** Whether the proxy carried it (false: refused). */
  carried: boolean;
  /** The Proxy-Authorization header the client sent, if any. */
  proxyAuthorization?: string;
}

export interface RecordingProxy {
  /** `http://127.0.0.1:PORT`: what HTTPS_PROXY / HTTP_PROXY are set to. */
  url: string;
  readonly seen: ProxiedRequest[];
  close(): Promise<void>;
}

/** Where the proxy connects for `host:port`, or undefined to refuse. */
function upstream(authority: string): { host: string; port: number } | undefined {
  const m = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(authority);
  if (!m) return undefined;
  const host = (m[1] as string).toLowerCase().replace(/^\[(.*)\]$/, '$1');
  const port = Number(m[2]);
  const loopback = host === 'localhost' || host === '::1' || /^127\./.test(host);
  if (!loopback && !host.endsWith('.preflight.test')) return undefined;
  return { host: host === '::1' ? '::1' : '127.0.0.1', port };
}

function auth(req: http.IncomingMessage): { proxyAuthorization?: string } {
  const value = req.headers['proxy-authorization'];
  return value === undefined ? {} : { proxyAuthorization: value };
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: ProxiedRequest[] = [];
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.once('close', () => sockets.delete(s));
    s.on('error', () => undefined);
    return s;
  };
  const server = http.createServer((req, res) => {
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end('absolute-form request target expected');
      return;
    }
    const authority = `${target.hostname}:${target.port || (target.protocol === 'https:' ? 443 : 80)}`;
    const to = target.protocol === 'http:' ? upstream(authority) : undefined;
    seen.push({
      kind: 'absolute',
      authority,
      method: req.method ?? 'GET',
      url: target.href,
      carried: !!to,
      ...auth(req),
    });
    if (!to) {
      res.writeHead(403).end('refused by the test proxy');
      return;
    }
    const headers = { ...req.headers };
    delete headers['proxy-connection'];
    delete headers['proxy-authorization'];
    const out = http.request(
      { host: to.host, port: to.port, method: req.method, path: target.pathname + target.search, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    out.on('socket', track);
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  server.on('connection', track);
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const authority = req.url ?? '';
    const to = upstream(authority);
    seen.push({ kind: 'connect', authority, method: 'CONNECT', carried: !!to, ...auth(req) });
    if (!to) {
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n');
      return;
    }
    const up = track(net.connect(to.port, to.host));
    up.once('connect', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.once('error', () => client.destroy());
    client.once('close', () => up.destroy());
    up.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
