import { caFileParam, MAX_REDIRECTS, requestParams, type RequestParams } from '../net/http-options.js';
import type { PreparedRequest } from '../net/prepared-request.js';
import { request, type HeaderList, type HttpSuccess } from '../net/request.js';
import { transportOutcome } from '../net/transport-outcome.js';
import type { CheckOutcome, JsonSchema } from '../types.js';

/** The request parameters the web kinds share: headers, header-from-env, timeout, ca-file (no method). */
export interface WebRequestParams extends Omit<RequestParams, 'method'> {
  'ca-file'?: string;
}

/** The schema of WebRequestParams. */
export const webRequestParams: Record<string, JsonSchema> = {
  ...Object.fromEntries(Object.entries(requestParams).filter(([name]) => name !== 'method')),
  'ca-file': caFileParam,
};

/** A WebSocket URL given to a kind that reads an HTTP page: an error that says so. */
export function webTransportProblem(url: URL): CheckOutcome | undefined {
  if (url.protocol === 'http:' || url.protocol === 'https:') return undefined;
  return {
    status: 'error',
    summary: `this kind requests an http(s) URL, not ${url.protocol.replace(/:$/, '')}: use ws.handshake for WebSockets`,
  };
}

/** The request headers with an Accept for pages, unless the check sets its own. */
function withAccept(headers: HeaderList, accept: string): HeaderList {
  return headers.some(([name]) => name === 'accept') ? headers : [['accept', accept], ...headers];
}

export type Page =
  { ok: true; result: HttpSuccess; evidence: Record<string, unknown> } | { ok: false; outcome: CheckOutcome };

/**
 * GETs the page at the prepared URL, redirects followed, asking for `accept` unless the check sets its own
 * Accept. A request that got no answer comes back as its outcome; an answer, with the evidence every page
 * kind starts from: the URL, the status and the final URL when redirects led elsewhere.
 */
export async function fetchPage(
  prepared: PreparedRequest,
  options: { accept: string; maxBodyBytes: number; timeoutMs: number; signal: AbortSignal },
): Promise<Page> {
  const { url, shown, headers, ca } = prepared;
  const result = await request(url, {
    headers: withAccept(headers, options.accept),
    timeoutMs: options.timeoutMs,
    maxBodyBytes: options.maxBodyBytes,
    followRedirects: MAX_REDIRECTS,
    ca,
    signal: options.signal,
    proxy: prepared.proxy,
  });
  if (!result.ok) return { ok: false, outcome: transportOutcome(result, shown) };
  const evidence: Record<string, unknown> = { url: shown, status: result.status };
  if (result.finalUrl !== shown) evidence.finalUrl = result.finalUrl;
  return { ok: true, result, evidence };
}
