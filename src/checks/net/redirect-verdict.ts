import type { CheckOutcome } from '../types.js';
import type { Hop } from './request.js';

/**
 * The verdict on what plain HTTP does, after Mozilla HTTP Observatory's redirection test (same order of
 * rules), stricter where a release gate should be: the first answer must be a redirect (301, 302, 307 or
 * 308) straight to HTTPS on the same host, and the chain must end on HTTPS with a 2xx. Pure.
 */

export interface RedirectRules {
  allowOtherHost: boolean;
}

const REDIRECT_STATUSES = [301, 302, 307, 308];

/** What is wrong with the first answer to plain HTTP, if anything. */
export function firstHopProblem(first: Hop, start: URL, rules: RedirectRules): string | undefined {
  if (!(first.status >= 300 && first.status < 400) || first.location === undefined) {
    return `${start.href} answered ${first.status} instead of redirecting to HTTPS`;
  }
  const next = new URL(first.location, start);
  if (next.protocol !== 'https:') {
    return `the first redirect goes to ${next.href}, not to HTTPS (redirect to HTTPS first)`;
  }
  if (!rules.allowOtherHost && next.hostname !== start.hostname) {
    return `the first redirect leaves the host: ${start.hostname} → ${next.hostname}`;
  }
  if (!REDIRECT_STATUSES.includes(first.status)) {
    return `the redirect uses status ${first.status}; use 301 or 308 (or 302, 307)`;
  }
  return undefined;
}

/** The verdict on a complete chain (every answer, the last one not a redirect). */
export function judgeRedirect(chain: Hop[], start: URL, rules: RedirectRules): CheckOutcome {
  const evidence = { url: start.href, chain };
  const fail = (summary: string): CheckOutcome => ({ status: 'fail', summary, evidence });
  const first = chain[0];
  if (!first) return { status: 'error', summary: `no answer from ${start.href}`, evidence };
  const last = chain[chain.length - 1] as Hop;
  // Observatory's order: no redirect, then a chain not ending on HTTPS, then the first hop's faults.
  if (chain.length > 1 && new URL(last.url).protocol !== 'https:') {
    return fail(`the redirects end on ${last.url}, not on HTTPS`);
  }
  const problem = firstHopProblem(first, start, rules);
  if (problem) return fail(problem);
  if (last.status < 200 || last.status > 299) {
    return fail(`the HTTPS destination ${last.url} answered ${last.status}`);
  }
  const hops = chain.length - 1;
  const next = new URL(first.location as string, start).href;
  const tail = hops > 1 ? ` and ends on ${last.url} after ${hops} redirects` : '';
  return { status: 'pass', summary: `${start.href} redirects (${first.status}) to ${next}${tail}`, evidence };
}
