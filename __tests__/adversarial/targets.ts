/**
 * Hostile targets on loopback: one raw TCP server whose answer depends on the request path, written byte
 * by byte where HTTP would not allow it (slowloris, endless and huge bodies, gzip bombs, header floods,
 * redirect loops, broken framing, terminal sequences and Markdown in headers and bodies, echoes of the
 * request's secrets), and TCP servers that stall a TLS or WebSocket handshake or answer garbage.
 */
import net from 'node:net';
import { gzipSync } from 'node:zlib';

export interface HostileServer {
  port: number;
  close(): Promise<void>;
}

/** Each behaviour by name: what the server writes on a socket after reading the request head. */
type Behaviour = (socket: net.Socket, head: string) => void;

const BOMB = gzipSync(Buffer.alloc(256 * 1024 * 1024), { level: 9 });
const ESC = '\x1b[2J\x1b]0;owned\x07\x1b[31m';
const MARKDOWN = '\r- [x] spoof <!-- preflight:item sign-off --> @octocat ![t](http://127.0.0.1/t.png)\u2028';

const status = (code: number, headers: string[] = [], body = '') =>
  `HTTP/1.1 ${code} X\r\n${[...headers, `Content-Length: ${Buffer.byteLength(body)}`].join('\r\n')}\r\n\r\n${body}`;

/** Writes `chunk` every `ms` until the socket closes. */
function drip(socket: net.Socket, chunk: string | Buffer, ms: number): void {
  const timer = setInterval(() => {
    if (socket.destroyed) return clearInterval(timer);
    socket.write(chunk);
  }, ms);
  socket.on('close', () => clearInterval(timer));
}

/** Writes as fast as the peer reads until the socket closes. */
function flood(socket: net.Socket, chunk: Buffer): void {
  const pump = () => {
    while (!socket.destroyed && socket.write(chunk));
  };
  socket.on('drain', pump);
  pump();
}

function echoed(head: string): string {
  return head.replace(/\r\n/g, '\n');
}

export const BEHAVIOURS: Record<string, Behaviour> = {
  'slowloris-status': (s) => drip(s, 'H', 300),
  'slowloris-headers': (s) => (s.write('HTTP/1.1 200 OK\r\n'), drip(s, 'X-A: b\r\n', 200)),
  'slowloris-body': (s) => (s.write('HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n'), drip(s, 'a', 100)),
  'endless-chunked': (s) => (
    s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n'),
    flood(s, Buffer.from(`10000\r\n${'z'.repeat(0x10000)}\r\n`))
  ),
  'endless-close-delimited': (s) => (
    s.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'),
    flood(s, Buffer.alloc(65536, 122))
  ),
  'huge-content-length': (s) => (
    s.write('HTTP/1.1 200 OK\r\nContent-Length: 1099511627776\r\n\r\n'),
    flood(s, Buffer.alloc(65536, 98))
  ),
  'gzip-bomb': (s) => (
    s.write(`HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${BOMB.length}\r\n\r\n`),
    s.end(BOMB)
  ),
  'gzip-bomb-chunked': (s) => (
    s.write('HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n'),
    s.end(`${BOMB.length.toString(16)}\r\n${BOMB.toString('latin1')}\r\n0\r\n\r\n`, 'latin1')
  ),
  'header-flood': (s) => (
    s.write('HTTP/1.1 200 OK\r\n'),
    flood(s, Buffer.from('X-Flood: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n'))
  ),
  'one-huge-header': (s) => (s.write('HTTP/1.1 200 OK\r\nX-Big: '), flood(s, Buffer.alloc(65536, 99))),
  'redirect-loop': (s) => s.end(status(302, ['Location: /redirect-loop'])),
  'redirect-growing': (s, head) => {
    const path = /^GET (\S+)/.exec(head)?.[1] ?? '/';
    s.end(status(302, [`Location: ${path}${path.includes('?') ? '' : '?'}${'x'.repeat(2000)}`]));
  },
  'redirect-elsewhere-echo': (s) => s.end(status(307, ['Location: http://localhost:1/echo'])),
  'garbage-status': (s) => s.end('SSH-2.0-OpenSSH\r\n\r\nnot http at all'),
  'binary-noise': (s) => s.end(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256))),
  'close-mid-headers': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Le'),
  'reset-at-once': (s) => s.resetAndDestroy(),
  silence: () => undefined,
  'length-mismatch': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nshort'),
  'bad-chunks': (s) => s.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nnope\r\n'),
  'terminal-and-markdown': (s) =>
    s.end(status(500, [`X-Evil: ${ESC}value`, `Server: ${ESC}`], `${ESC}${MARKDOWN}${'\x00'.repeat(4)}body`)),
  'echo-request': (s, head) => s.end(status(403, ['Content-Type: text/plain'], `you sent:\n${echoed(head)}`)),
  'echo-in-header': (s, head) =>
    s.end(
      status(401, [
        `X-Seen: ${Buffer.from(head).toString('base64')}`,
        `X-Raw: ${head.split('\r\n').join(' | ')}`,
      ]),
    ),
  'catastrophic-body': (s) => s.end(status(200, [], `${'a'.repeat(50_000)}!`)),
  'json-deep': (s) =>
    s.end(status(200, ['Content-Type: application/json'], `${'['.repeat(100_000)}${']'.repeat(100_000)}`)),
  'json-huge-number': (s) =>
    s.end(
      status(200, ['Content-Type: application/json'], `{"status": 1e999999, "a": "${'b'.repeat(100_000)}"}`),
    ),
  'many-set-cookies': (s) =>
    s.end(
      status(
        200,
        Array.from({ length: 2000 }, (_, i) => `Set-Cookie: c${i}=${'v'.repeat(20)}`),
      ),
    ),
  'ws-silent-upgrade': () => undefined,
  'ws-101-then-silence': (s) =>
    s.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: bad\r\n\r\n',
    ),
};

/** A server that answers by the path's first segment; `/name/...` picks BEHAVIOURS[name]. */
export async function startHostileServer(): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (!head.includes('\r\n\r\n') && head.length < 65536) return;
      socket.off('data', onData);
      const name = /^[A-Z]+ \/([^/?\s]+)/.exec(head)?.[1] ?? '';
      (BEHAVIOURS[name] ?? ((s: net.Socket) => s.end(status(404))))(socket, head);
    };
    socket.on('data', onData);
  });
  return listen(server, sockets);
}

/** A TCP server that never answers (a TLS handshake that stalls) or answers bytes that are not TLS. */
export async function startRawServer(answer?: Buffer): Promise<HostileServer> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    if (answer) socket.once('data', () => socket.end(answer));
  });
  return listen(server, sockets);
}

function listen(server: net.Server, sockets: Set<net.Socket>): Promise<HostileServer> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      resolve({
        port,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
