import type http from 'node:http';
import { performance } from 'node:perf_hooks';
import { exchange, REDIRECTS } from './exchange.js';
import { ProxyConfigError, type ProxyResolver } from './proxy.js';
import type { RequestErrorCode } from './request-errors.js';
import type { TlsSummary } from './tls-info.js';

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
  /** Which proxy carries each hop (decided again after a redirect); absent: every hop goes directly. */
  proxy?: ProxyResolver;
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

/**
 * The only headers that follow a redirect to another origin. Any other (Authorization, Cookie, and custom
 * credentials such as X-Api-Key, written or read from the environment) stays with the origin it was meant for.
 */
const CROSS_ORIGIN_SAFE = new Set([
  'accept',
  'accept-language',
  'user-agent',
  'content-type',
  'cache-control',
  'pragma',
  'origin',
  'access-control-request-method',
  'access-control-request-headers',
]);

/** Every value of a header, by name (case-insensitive), in the order received. */
/**
 * The headers with the run's secrets scrubbed from every value, for kinds that show header values in
 * evidence shortened: scrubbing comes first, so a cut can never keep part of a secret.
 */
export function scrubHeaders(headers: HeaderList, scrub: ((text: string) => string) | undefined): HeaderList {
  return scrub ? headers.map(([name, value]) => [name, scrub(value)]) : headers;
}

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
 * This follows the redirects; each hop is one `exchange`.
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
      let via: URL | undefined;
      try {
        via = opts.proxy?.(current);
      } catch (e) {
        if (e instanceof ProxyConfigError) return fail('proxy', e.message);
        throw e;
      }
      const hop = await exchange(current, { ...opts, method, headers, body, via }, deadline.signal, started);
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
        const shown = location.length <= 200 ? `'${location}'` : `(${location.length} characters)`;
        return fail('other', `redirect to an invalid location ${shown}`);
      }
      if (hop.status === 303 || ((hop.status === 301 || hop.status === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
      }
      if (seen.has(`${method} ${next.href}`)) {
        return fail('redirect-loop', `redirect loop: ${displayUrl(next)} was already requested`);
      }
      if (chain.length > max) return fail('too-many-redirects', `more than ${max} redirects`);
      if (next.origin !== current.origin) headers = headers.filter(([n]) => CROSS_ORIGIN_SAFE.has(n));
      current = next;
    }
  } finally {
    clearTimeout(timer);
  }
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
