import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import {
  caAndTimeoutParams,
  MAX_REDIRECTS,
  requestParamProblems,
  timeoutOf,
  type CaAndTimeout,
} from './http-options.js';
import { prepareRequest } from './prepared-request.js';
import { firstHopProblem, judgeRedirect } from './redirect-verdict.js';
import { request } from './request.js';
import { targetParams, type TargetParams } from './target-url.js';
import { transportOutcome } from './transport-outcome.js';

interface Params extends TargetParams, CaAndTimeout {
  'http-port'?: number;
  'allow-other-host'?: boolean;
  'allow-no-http'?: boolean;
}

export const httpsRedirect = defineKind<Params>({
  kind: 'http.https-redirect',
  description:
    "Plain HTTP on the target's host redirects to HTTPS: the first answer is a 301/302/307/308 to https:// on the same host, and the chain ends on HTTPS with a 2xx (Mozilla HTTP Observatory's redirection rules, stricter).",
  scope: 'target',
  params: strictObject({
    ...targetParams,
    'http-port': {
      type: 'integer',
      minimum: 1,
      maximum: 65535,
      description: 'The port plain HTTP is served on (default 80).',
    },
    'allow-other-host': {
      type: 'boolean',
      description: 'Accept a first redirect to HTTPS on another host (default false).',
    },
    'allow-no-http': {
      type: 'boolean',
      description:
        'Pass when nothing listens for plain HTTP at all (Observatory does; default false: a release gate wants the redirect).',
    },
    ...caAndTimeoutParams('For the whole redirect chain; default 10s.'),
  }),
  validate: (p) => requestParamProblems(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { url, ca } = prepared.value;
    const start = new URL(`http://${url.host}`);
    start.port = String(p['http-port'] ?? 80);
    start.pathname = url.pathname;
    start.search = url.search;
    const result = await request(start, {
      method: 'GET',
      timeoutMs: timeoutOf(p),
      maxBodyBytes: 64 * 1024,
      followRedirects: MAX_REDIRECTS,
      ca,
      signal: ctx.signal,
      proxy: ctx.proxy,
    });
    if (result.ok)
      return judgeRedirect(result.chain, start, { allowOtherHost: p['allow-other-host'] ?? false });
    const { code, chain } = result.error;
    if (chain.length === 0 && code === 'refused') {
      const evidence = { url: start.href, error: result.error };
      return p['allow-no-http']
        ? {
            status: 'pass',
            summary: `nothing listens for plain HTTP at ${start.href}, so no redirect is needed`,
            evidence,
          }
        : {
            status: 'fail',
            summary: `nothing listens for plain HTTP at ${start.href}: no redirect to HTTPS`,
            evidence,
          };
    }
    const first = chain[0];
    const problem =
      first && firstHopProblem(first, start, { allowOtherHost: p['allow-other-host'] ?? false });
    // A fault of the first redirect is the finding, whatever went wrong later.
    if (problem) return { status: 'fail', summary: problem, evidence: { url: start.href, chain } };
    return transportOutcome(result, start.href);
  },
});
