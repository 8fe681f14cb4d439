import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { performance } from 'node:perf_hooks';
import { VERSION } from '../../version.js';
import { absoluteTarget, proxyAgent, proxyAuthorization, shownProxy } from './proxy.js';
import { classifyError, type RequestErrorCode } from './request-errors.js';
import type { HeaderList, HttpSuccess, RequestOptions } from './request.js';
import { caBundle, tlsSummary } from './tls-info.js';

/** The statuses `request` follows when it follows redirects. */
export const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export type Exchanged =
  | (Omit<HttpSuccess, 'chain' | 'finalUrl'> & { ok: true })
  | { ok: false; code: RequestErrorCode; message: string };

export interface ExchangeOptions extends Omit<RequestOptions, 'headers' | 'method' | 'proxy'> {
  method: string;
  headers: HeaderList;
  /** The proxy this exchange goes through (https: by a CONNECT tunnel, http: in absolute form). */
  via?: URL;
}

/**
 * A single exchange, no redirects: `deadline` is the whole call's timeout and `started` its start, so the
 * timings count from the first hop. Settles exactly once; the socket is gone when it has settled.
 */
export function exchange(
  url: URL,
  opts: ExchangeOptions,
  deadline: AbortSignal,
  started: number,
): Promise<Exchanged> {
  return new Promise<Exchanged>((resolve) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    const cleanup = () => {
      deadline.removeEventListener('abort', onAbort);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const settle = (result: Exchanged) => {
      if (settled) return;
      settled = true;
      cleanup();
      resolve(result);
    };
    const onAbort = () => {
      const timedOut = deadline.aborted;
      settle({
        ok: false,
        code: timedOut ? 'timeout' : 'aborted',
        message: timedOut ? 'timed out' : 'the request was cancelled',
      });
      req?.destroy();
    };
    if (deadline.aborted || opts.signal?.aborted) return onAbort();
    deadline.addEventListener('abort', onAbort, { once: true });
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const secure = url.protocol === 'https:';
    const outgoing: Array<[string, string]> = [...opts.headers];
    const has = (n: string) => outgoing.some(([k]) => k === n);
    // With a raw header list Node adds no Host header of its own.
    if (!has('host')) outgoing.unshift(['host', url.host]);
    if (!has('user-agent')) outgoing.push(['user-agent', `preflight/${VERSION}`]);
    if (!has('accept')) outgoing.push(['accept', '*/*']);
    if (opts.body !== undefined && !has('content-length')) {
      outgoing.push(['content-length', String(Buffer.byteLength(opts.body))]);
    }
    // Plain HTTP through a proxy is asked of the proxy in absolute form; HTTPS goes through a tunnel.
    const via = opts.via;
    const absolute = via !== undefined && !secure;
    const credentials = via && absolute ? proxyAuthorization(via) : undefined;
    if (credentials) outgoing.push(['proxy-authorization', credentials]);
    const server = absolute ? via : url;
    const options: https.RequestOptions = {
      method: opts.method,
      protocol: server.protocol,
      hostname: server.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: server.port === '' ? undefined : Number(server.port),
      path: absolute ? absoluteTarget(url) : `${url.pathname}${url.search}`,
      headers: outgoing.flat(),
      agent: opts.agent ?? (via && secure ? proxyAgent(url, via) : false),
    };
    if (url.username !== '' || url.password !== '') {
      options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    if (secure) {
      options.rejectUnauthorized = !opts.insecure;
      if (opts.ca && opts.ca.length > 0) options.ca = caBundle(opts.ca);
    }
    try {
      req = (server.protocol === 'https:' ? https : http).request(options);
    } catch (e) {
      return settle({ ok: false, ...classifyError(e) });
    }
    const through = opts.via ? ` through the proxy ${shownProxy(opts.via)}` : '';
    req.on('error', (e) => {
      const c = classifyError(e);
      settle({ ok: false, code: c.code, message: `${c.message}${through}` });
    });
    // The tunnel's answer (https-proxy-agent): anything but 200 means the target was never reached.
    let refusal: number | undefined;
    req.on('proxyConnect', (answer: { statusCode?: number }) => {
      if (typeof answer.statusCode === 'number' && answer.statusCode !== 200) refusal = answer.statusCode;
    });
    req.on('response', (res) => {
      if (refusal !== undefined) {
        res.destroy();
        return settle({
          ok: false,
          code: 'proxy',
          message: `the proxy ${shownProxy(opts.via as URL)} refused the tunnel to ${url.host} (HTTP ${refusal})`,
        });
      }
      const firstByteMs = performance.now() - started;
      const headers: HeaderList = [];
      for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
        headers.push([String(res.rawHeaders[i]).toLowerCase(), String(res.rawHeaders[i + 1])]);
      }
      const tls = secure ? tlsSummary(res.socket as TLSSocket) : undefined;
      const status = res.statusCode ?? 0;
      const done = (body: Buffer, truncated: boolean) =>
        settle({
          ok: true,
          status,
          headers,
          body,
          truncated,
          timings: { totalMs: performance.now() - started, firstByteMs },
          ...(tls ? { tls } : {}),
        });
      if (REDIRECTS.has(status) && opts.followRedirects) {
        // The body of a redirect is never read; the connection goes with it.
        done(Buffer.alloc(0), false);
        res.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        const room = opts.maxBodyBytes - size;
        if (chunk.length > room) {
          if (room > 0) chunks.push(chunk.subarray(0, room));
          size += Math.max(0, room);
          done(Buffer.concat(chunks), true);
          res.destroy();
          req?.destroy();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      res.on('end', () => done(Buffer.concat(chunks), false));
      res.on('error', (e) => settle({ ok: false, ...classifyError(e) }));
      res.on('close', () => {
        if (!res.complete) settle({ ok: false, code: 'reset', message: 'the connection closed mid-body' });
      });
    });
    req.end(opts.body);
  });
}
