import type { CheckOutcome } from '../types.js';
import type { HeaderList } from './request.js';

/**
 * Whether a burst met rate limiting: a 429 (with or without Retry-After), or rate-limit headers (the IETF
 * draft's `RateLimit` and `RateLimit-Policy`, its older `RateLimit-Limit/-Remaining/-Reset`, and the common
 * `X-RateLimit-*` / `X-Rate-Limit-*`). Pure.
 */

export interface BurstResponse {
  /** 1-based position in the burst. */
  n: number;
  status?: number;
  headers?: HeaderList;
  error?: string;
}

const LIMIT_HEADER =
  /^(ratelimit(-policy|-limit|-remaining|-reset)?|x-ratelimit-[a-z-]+|x-rate-limit-[a-z-]+)$/;

/** The rate-limit headers among `headers` (and Retry-After), first value of each. */
export function rateLimitHeaders(headers: HeaderList): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of headers) {
    if ((LIMIT_HEADER.test(name) || name === 'retry-after') && out[name] === undefined) {
      out[name] = value.slice(0, 200);
    }
  }
  return out;
}

export function judgeBurst(responses: BurstResponse[], sent: number, require429: boolean): CheckOutcome {
  const sorted = [...responses].sort((a, b) => a.n - b.n);
  const limited = sorted.find((r) => r.status === 429);
  const withHeaders = sorted.find(
    (r) => r.headers && Object.keys(rateLimitHeaders(r.headers)).some((h) => h !== 'retry-after'),
  );
  const errors = sorted.filter((r) => r.error !== undefined);
  const statuses: Record<string, number> = {};
  for (const r of sorted) if (r.status !== undefined) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const evidence: Record<string, unknown> = { sent, statuses, errors: errors.length };
  if (limited) {
    const headers = rateLimitHeaders(limited.headers ?? []);
    evidence.limitedAt = limited.n;
    evidence.headers = headers;
    const retry =
      headers['retry-after'] !== undefined ? `, Retry-After ${headers['retry-after']}` : ', no Retry-After';
    return {
      status: 'pass',
      summary: `limited with 429 at request ${limited.n} of ${sent}${retry}`,
      evidence,
    };
  }
  if (withHeaders && !require429) {
    const headers = rateLimitHeaders(withHeaders.headers ?? []);
    evidence.headersAt = withHeaders.n;
    evidence.headers = headers;
    return {
      status: 'pass',
      summary: `rate-limit headers at request ${withHeaders.n}: ${Object.keys(headers).join(', ')}`,
      evidence,
    };
  }
  if (withHeaders) evidence.headers = rateLimitHeaders(withHeaders.headers ?? []);
  if (errors.length === sorted.length && sorted.length > 0) {
    return { status: 'error', summary: `no request got an answer (${errors[0]?.error})`, evidence };
  }
  const noise = errors.length > 0 ? ` (${errors.length} failed without an answer)` : '';
  const what = require429 ? 'no 429' : 'no 429 and no rate-limit headers';
  return { status: 'fail', summary: `${what} after a burst of ${sent} requests${noise}`, evidence };
}
