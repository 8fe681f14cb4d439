import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { performance } from 'node:perf_hooks';
import { VERSION } from '../../version.js';
import { classifyError, type RequestErrorCode } from './request-errors.js';
import { caBundle, tlsSummary, type TlsSummary } from './tls-info.js';

export type { RequestErrorCode } from './request-errors.js';
export type { TlsSummary } from './tls-info.js';

/** A header as it came over the wire: name in lower case, duplicates kept, in order. */
export type HeaderList = Array<[string, string]>;

export interface Hop {
  url: string;
  status: number;
  location?: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string> | HeaderList;
  body?: string | Buffer;
  /** Covers the whole call: every connect, every response head and the body, redirects included. */
  timeoutMs: number;
  /** The body is read up to this many bytes; past it the socket is destroyed and `truncated` is set. */
  maxBodyBytes: number;
  signal?: AbortSignal;
  /** How many redirects to follow; 0 (the default) returns the redirect response itself. */
  followRedirects?: number;
  /** Extra trusted certificate authorities (PEM), on top of the system ones. */
  ca?: string[];
  /** Accept any certificate (the `tls` facts still say whether it was trusted). */
  insecure?: boolean;
  /** An agent to reuse connections across calls (for example a keep-alive agent); default: a new connection. */
  agent?: http.Agent;
}

export interface HttpSuccess {
  ok: true;
  status: number;
  headers: HeaderList;
  body: Buffer;
  truncated: boolean;
  timings: { totalMs: number; firstByteMs: number };
  /** Every response seen, the final one last. */
  chain: Hop[];
  finalUrl: string;
  tls?: TlsSummary;
}

export interface HttpFailure {
  ok: false;
  error: { code: RequestErrorCode; message: string; chain: Hop[] };
}

export type HttpResult = HttpSuccess | HttpFailure;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Headers that must not follow a redirect to another origin. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** Every value of a header, by name (case-insensitive), in the order received. */
export function headerValues(headers: HeaderList, name: string): string[] {
  const wanted = name.toLowerCase();
  return headers.filter(([n]) => n === wanted).map(([, v]) => v);
}

/** A header's values joined as HTTP joins repeated fields (", "); undefined when absent. */
export function headerValue(headers: HeaderList, name: string): string | undefined {
  const values = headerValues(headers, name);
  return values.length === 0 ? undefined : values.join(', ');
}

/** A URL fit to show: user name and password removed. */
export function displayUrl(url: URL | string): string {
  try {
    const u = new URL(String(url));
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return String(url);
  }
}

/**
 * One HTTP(S) request on Node's own client. Never throws and never outlives `timeoutMs`: failures come
 * back as `{ ok: false, error }` with the redirect chain seen so far. ws(s) URLs are requested as http(s).
 */
export async function request(url: URL, opts: RequestOptions): Promise<HttpResult> {
  const started = performance.now();
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), Math.max(1, opts.timeoutMs));
  const chain: Hop[] = [];
  const fail = (code: RequestErrorCode, message: string): HttpFailure => ({
    ok: false,
    error: { code, message, chain },
  });
  try {
    let current = toHttp(url);
    let method = (opts.method ?? 'GET').toUpperCase();
    let headers = headerList(opts.headers);
    let body = opts.body;
    const seen = new Set<string>();
    const max = Math.max(0, opts.followRedirects ?? 0);
    for (;;) {
      if (opts.signal?.aborted) return fail('aborted', 'the request was cancelled');
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        return fail('other', `cannot request a ${current.protocol.replace(/:$/, '')} URL`);
      }
      seen.add(`${method} ${current.href}`);
      const hop = await once(current, { ...opts, method, headers, body }, deadline.signal, started);
      if (!hop.ok) {
        const code = deadline.signal.aborted ? 'timeout' : hop.code;
        const message = code === 'timeout' ? `no complete answer within ${opts.timeoutMs} ms` : hop.message;
        return fail(code, message);
      }
      const location =
        hop.status >= 300 && hop.status < 400 ? headerValues(hop.headers, 'location')[0] : undefined;
      const entry: Hop = { url: displayUrl(current), status: hop.status };
      if (location !== undefined) entry.location = location;
      chain.push(entry);
      if (!REDIRECTS.has(hop.status) || location === undefined || max === 0) {
        return { ...hop, chain, finalUrl: displayUrl(current), timings: hop.timings };
      }
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        return fail('other', `redirect to an invalid location '${location.slice(0, 200)}'`);
      }
      if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
      }
      if (seen.has(`${method} ${next.href}`)) {
        return fail('redirect-loop', `redirect loop: ${displayUrl(next)} was already requested`);
      }
      if (chain.length > max) return fail('too-many-redirects', `more than ${max} redirects`);
      if (next.origin !== current.origin) headers = headers.filter(([n]) => !CREDENTIAL_HEADERS.has(n));
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
}

type Once =
  | (Omit<HttpSuccess, 'chain' | 'finalUrl'> & { ok: true })
  | { ok: false; code: RequestErrorCode; message: string };

interface OnceOptions extends Omit<RequestOptions, 'headers' | 'method'> {
  method: string;
  headers: HeaderList;
}

/** A single exchange, no redirects. Settles exactly once; the socket is gone when it has settled. */
function once(url: URL, opts: OnceOptions, deadline: AbortSignal, started: number): Promise<Once> {
  return new Promise<Once>((resolve) => {
    let settled = false;
    let req: http.ClientRequest | undefined;
    const cleanup = () => {
      deadline.removeEventListener('abort', onAbort);
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const settle = (result: Once) => {
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
    const options: https.RequestOptions = {
      method: opts.method,
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: url.port === '' ? undefined : Number(url.port),
      path: `${url.pathname}${url.search}`,
      headers: outgoing.flat(),
      agent: opts.agent ?? false,
    };
    if (url.username !== '' || url.password !== '') {
      options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    if (secure) {
      options.rejectUnauthorized = !opts.insecure;
      if (opts.ca && opts.ca.length > 0) options.ca = caBundle(opts.ca);
    }
    try {
      req = (secure ? https : http).request(options);
    } catch (e) {
      return settle({ ok: false, ...classifyError(e) });
    }
    req.on('error', (e) => settle({ ok: false, ...classifyError(e) }));
    req.on('response', (res) => {
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

function headerList(h: RequestOptions['headers']): HeaderList {
  if (h === undefined) return [];
  const entries = Array.isArray(h) ? h : Object.entries(h);
  return entries.map(([n, v]) => [n.toLowerCase(), v]);
}

/** A WebSocket URL is asked for over HTTP (a handshake starts as an HTTP request). */
function toHttp(url: URL): URL {
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return url;
  const out = new URL(url.href.replace(/^ws/, 'http'));
  return out;
}
