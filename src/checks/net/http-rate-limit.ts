import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import {
  caFileParam,
  requestParamProblems,
  requestParams,
  timeoutOf,
  type RequestParams,
} from './http-options.js';
import { keepAliveAgent } from './pool.js';
import { runPool } from './run-pool.js';
import { prepareRequest } from './prepared-request.js';
import { judgeBurst, rateLimitHeaders, type BurstResponse } from './rate-limit-verdict.js';
import { request, scrubHeaders } from './request.js';
import { targetParams, type TargetParams } from './target-url.js';

interface Params extends TargetParams, RequestParams {
  requests?: number;
  concurrency?: number;
  'require-429'?: boolean;
  'ca-file'?: string;
}

export const httpRateLimit = defineKind<Params>({
  kind: 'http.rate-limit',
  description:
    'A burst of requests to the target meets rate limiting: a 429 (with or without Retry-After), or RateLimit / RateLimit-Policy / X-RateLimit-* headers. Opt-in: it sends up to `requests` requests (default 30, at most 200) and stops at the first sign of a limit.',
  scope: 'target',
  traffic: 'load',
  params: strictObject({
    ...targetParams,
    ...requestParams,
    requests: {
      type: 'integer',
      minimum: 1,
      maximum: 200,
      description: 'Size of the burst (default 30, at most 200).',
    },
    concurrency: {
      type: 'integer',
      minimum: 1,
      maximum: 20,
      description: 'Requests in flight at once (default 5).',
    },
    'require-429': {
      type: 'boolean',
      description: 'Only an actual 429 passes; headers announcing a limit are not enough (default false).',
    },
    'ca-file': caFileParam,
  }),
  validate: (p) => requestParamProblems(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { url, shown, headers, ca } = prepared.value;
    const require429 = p['require-429'] ?? false;
    const concurrency = p.concurrency ?? 5;
    const total = p.requests ?? 30;
    const agent = keepAliveAgent(url, concurrency, ctx.proxy?.(url));
    let done = false;
    let sent = 0;
    try {
      const responses = await runPool(
        total,
        concurrency,
        async (i): Promise<BurstResponse> => {
          sent += 1;
          const r = await request(url, {
            method: p.method,
            headers,
            timeoutMs: timeoutOf(p),
            maxBodyBytes: 64 * 1024,
            ca,
            agent,
            signal: ctx.signal,
            proxy: ctx.proxy,
          });
          if (!r.ok) return { n: i + 1, error: r.error.code };
          const seen = scrubHeaders(r.headers, ctx.scrub);
          const announced = Object.keys(rateLimitHeaders(seen)).some((h) => h !== 'retry-after');
          if (r.status === 429 || (announced && !require429)) done = true;
          return { n: i + 1, status: r.status, headers: seen };
        },
        { signal: ctx.signal, stop: () => done },
      );
      if (ctx.signal.aborted) return { status: 'error', summary: 'cancelled during the burst' };
      const outcome = judgeBurst(responses, sent, require429);
      return { ...outcome, evidence: { url: shown, ...outcome.evidence } };
    } finally {
      agent.destroy();
    }
  },
});
