import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { proxyAuthorization, shownProxy } from './proxy.js';
import { classifyError, type RequestErrorCode } from './request-errors.js';

export type Tunnel =
  { ok: true; socket: net.Socket } | { ok: false; code: RequestErrorCode; message: string };

/**
 * A `CONNECT host:port` tunnel through `proxy` (RFC 9110 §9.3.6), on Node's own HTTP client, for probes
 * that speak TLS themselves (the certificate check). Settles once; a refusal names the proxy's status.
 */
export function openTunnel(proxy: URL, host: string, port: number, signal: AbortSignal): Promise<Tunnel> {
  return new Promise((resolve) => {
    const bare = host.replace(/^\[(.*)\]$/, '$1');
    const authority = `${net.isIPv6(bare) ? `[${bare}]` : bare}:${port}`;
    const shown = shownProxy(proxy);
    const headers: Record<string, string> = { host: authority };
    const credentials = proxyAuthorization(proxy);
    if (credentials) headers['proxy-authorization'] = credentials;
    const secure = proxy.protocol === 'https:';
    let settled = false;
    const settle = (t: Tunnel) => {
      if (settled) {
        if (t.ok) t.socket.destroy();
        return;
      }
      settled = true;
      resolve(t);
    };
    let req: http.ClientRequest;
    try {
      req = (secure ? https : http).request({
        host: proxy.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: proxy.port === '' ? (secure ? 443 : 80) : Number(proxy.port),
        method: 'CONNECT',
        path: authority,
        headers,
        agent: false,
        signal,
      });
    } catch (e) {
      return settle({ ok: false, ...classifyError(e) });
    }
    req.once('connect', (res: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      if (res.statusCode === 200) {
        if (head.length > 0) socket.unshift(head);
        return settle({ ok: true, socket });
      }
      socket.destroy();
      settle({
        ok: false,
        code: 'proxy',
        message: `the proxy ${shown} refused the tunnel to ${authority} (HTTP ${res.statusCode ?? 0})`,
      });
    });
    req.once('error', (e) => {
      const c = classifyError(e);
      settle({ ok: false, code: c.code, message: `${c.message} through the proxy ${shown}` });
    });
    req.end();
  });
}
