/**
 * Real WebSocket servers on 127.0.0.1 for the ws.handshake tests (the `ws` package's own server), and a TCP
 * server that accepts connections and never answers. Every server closes its connections on close().
 */
import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo, type Socket } from 'node:net';
import { WebSocketServer, type ServerOptions } from 'ws';

export interface RunningWsServer {
  /** For example `ws://127.0.0.1:40123`. */
  url: string;
  close(): Promise<void>;
}

export async function startWsServer(
  setup: (wss: WebSocketServer) => void,
  options: Omit<ServerOptions, 'server' | 'port' | 'noServer'> & { tls?: { cert: string; key: string } } = {},
): Promise<RunningWsServer> {
  const { tls, ...wsOptions } = options;
  const server = tls ? https.createServer({ cert: tls.cert, key: tls.key }) : http.createServer();
  if (tls) server.on('tlsClientError', () => undefined);
  const wss = new WebSocketServer({ server, ...wsOptions });
  setup(wss);
  const port = await listen(server);
  return {
    url: `${tls ? 'wss' : 'ws'}://127.0.0.1:${port}`,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((done) => wss.close(() => done()));
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Accepts TCP connections and never says a word. */
export async function startSilentServer(): Promise<RunningWsServer> {
  const sockets = new Set<Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  const port = await listen(server);
  return {
    url: `ws://127.0.0.1:${port}`,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
