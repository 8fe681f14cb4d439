import { caFileParam, requestParams } from '../net/http-options.js';
import type { HeaderList } from '../net/request.js';
import type { CheckOutcome, JsonSchema } from '../types.js';

/** The request parameters the web kinds share: headers, header-from-env, timeout, ca-file (no method). */
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
export function withAccept(headers: HeaderList, accept: string): HeaderList {
  return headers.some(([name]) => name === 'accept') ? headers : [['accept', accept], ...headers];
}
