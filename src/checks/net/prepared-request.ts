import type { CheckContext, CheckOutcome } from '../types.js';
import { buildHeaders, loadCaFile, type RequestParams } from './http-options.js';
import { displayUrl, type HeaderList } from './request.js';
import type { ProxyResolver } from './proxy.js';
import { resolveTarget, type TargetParams } from './target-url.js';

/** What a kind knows before its first request: where to, with which headers, trusting which authorities. */
export interface PreparedRequest {
  url: URL;
  /** The URL fit to show in summaries and evidence (no user name or password). */
  shown: string;
  headers: HeaderList;
  ca: string[] | undefined;
  /** Which proxy carries each request (from the context). */
  proxy?: ProxyResolver;
}

export type Prepared = { ok: true; value: PreparedRequest } | { ok: false; outcome: CheckOutcome };

/**
 * Reads, in this order, the target URL, whether the kind takes that URL at all (`refuse`, for kinds limited
 * to some schemes), the request headers (none for a kind without header parameters) and the ca-file. The
 * first problem comes back as the outcome.
 */
export async function prepareRequest(
  p: TargetParams & RequestParams & { 'ca-file'?: string },
  ctx: Pick<CheckContext, 'targets' | 'env' | 'repoDir' | 'proxy'>,
  refuse: (url: URL) => CheckOutcome | undefined = () => undefined,
): Promise<Prepared> {
  const target = resolveTarget(p, ctx);
  if (!target.ok) return target;
  const refused = refuse(target.url);
  if (refused) return { ok: false, outcome: refused };
  const headers = buildHeaders(p, ctx.env);
  if (!headers.ok) return headers;
  const ca = await loadCaFile(p, ctx);
  if (!ca.ok) return ca;
  const value = {
    url: target.url,
    shown: displayUrl(target.url),
    headers: headers.value,
    ca: ca.value,
    proxy: ctx.proxy,
  };
  return { ok: true, value };
}
