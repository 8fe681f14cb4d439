import type { CheckOutcome } from '../types.js';
import type { HttpFailure } from './request.js';

/**
 * The outcome of a request that got no usable answer. What the target visibly did wrong (an invalid
 * certificate, a redirect loop) fails the check; not reaching it at all (no DNS name, refused, timed out,
 * reset, cancelled) is an error: nothing could be judged.
 */
export function transportOutcome(failure: HttpFailure, url: string): CheckOutcome {
  const { code, message, chain } = failure.error;
  const judged = code === 'tls' || code === 'redirect-loop' || code === 'too-many-redirects';
  const evidence: Record<string, unknown> = { url, error: { code, message } };
  if (chain.length > 0) evidence.chain = chain;
  return { status: judged ? 'fail' : 'error', summary: `${url}: ${message}`, evidence };
}
