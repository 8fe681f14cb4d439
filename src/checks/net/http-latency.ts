import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { plural } from '../wording.js';
import {
  caFileParam,
  maxBodyParam,
  requestParamProblems,
  requestParams,
  sizeOf,
  timeoutOf,
  type RequestParams,
} from './http-options.js';
import { budgetProblems, latencyStats, percent } from './percentiles.js';
import { keepAliveAgent } from './pool.js';
import { runPool } from './run-pool.js';
import { prepareRequest } from './prepared-request.js';
import { request, type RequestOptions } from './request.js';
import { statusProblems, statusSchema, statusSet, type StatusSpec } from './status-set.js';
import { targetParams, type TargetParams } from './target-url.js';
import { latencyThread } from './latency-thread.js';
import type { TimedSample } from './timed-request.js';

interface Params extends TargetParams, RequestParams {
  requests?: number;
  warmup?: number;
  concurrency?: number;
  'p50-ms'?: number;
  'p95-ms'?: number;
  'p99-ms'?: number;
  'max-ms'?: number;
  'max-error-rate'?: number;
  status?: StatusSpec;
  'max-body'?: string | number;
  'ca-file'?: string;
}

const DEFAULTS = { requests: 50, warmup: 5, concurrency: 5, p95Ms: 500, maxErrorRate: 0.01 };
const ms = (description: string) => ({ type: 'number', exclusiveMinimum: 0, description });

interface Sample {
  ms?: number;
  status?: number;
  error?: string;
}

export const httpLatency = defineKind<Params>({
  kind: 'http.latency',
  description:
    "Response times of the target stay within a budget: N requests (after a warm-up, over kept-alive connections, a few at a time), p50/p95/p99/max and the error rate. Default budget is k6's convention: p95 under 500 ms and under 1% errors. Each request is timed from its write to the socket to the last byte of the body, on a thread of its own (opening a connection is not in it; hey's times include it for each connection's first request); percentiles are computed as hey computes them (no interpolation).",
  scope: 'target',
  traffic: 'timing',
  params: strictObject({
    ...targetParams,
    ...requestParams,
    requests: { type: 'integer', minimum: 1, maximum: 5000, description: 'Measured requests (default 50).' },
    warmup: {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Requests sent first and not measured (default 5).',
    },
    concurrency: {
      type: 'integer',
      minimum: 1,
      maximum: 100,
      description: 'Requests in flight at once (default 5).',
    },
    'p50-ms': ms('Budget for the median, in milliseconds.'),
    'p95-ms': ms('Budget for the 95th percentile, in milliseconds (default 500).'),
    'p99-ms': ms('Budget for the 99th percentile, in milliseconds.'),
    'max-ms': ms('Budget for the slowest response, in milliseconds.'),
    'max-error-rate': {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Largest share of failed requests, 0 to 1 (default 0.01).',
    },
    status: statusSchema('Statuses that count as success; default 200-399 (as k6 counts failed requests).'),
    'max-body': maxBodyParam,
    'ca-file': caFileParam,
  }),
  validate: (p) => [...requestParamProblems(p), ...statusProblems(p.status, 'status')],
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { url, shown, headers, ca } = prepared.value;
    const concurrency = p.concurrency ?? DEFAULTS.concurrency;
    const agent = keepAliveAgent(url, concurrency, ctx.proxy?.(url));
    const ok = statusSet(p.status, '200-399');
    const options: RequestOptions = {
      method: p.method,
      headers,
      timeoutMs: timeoutOf(p),
      maxBodyBytes: sizeOf(p['max-body']),
      signal: ctx.signal,
      proxy: ctx.proxy,
      ca,
      agent,
    };
    const once = async (): Promise<Sample> => {
      const r = await request(url, options);
      if (!r.ok) return { error: r.error.code, ms: undefined, status: undefined };
      // As on the direct path: a body past max-body is not timed to its end, so it is no sample.
      if (r.truncated) return { error: 'body too large', ms: undefined, status: r.status };
      return {
        ms: r.timings.totalMs,
        status: r.status,
        ...(ok.has(r.status) ? {} : { error: `status ${r.status}` }),
      };
    };
    const lean = (t: TimedSample): Sample => {
      if (t.ms === undefined) return { error: t.error, ms: undefined, status: t.status };
      return {
        ms: Math.round(t.ms * 100) / 100,
        status: t.status,
        ...(ok.has(t.status as number) ? {} : { error: `status ${t.status}` }),
      };
    };
    // Direct connections take the lean client (timed from the socket write to the last byte), on a
    // thread of its own, started now so that it boots during the first request; a proxied target, or
    // headers the lean client will not write as they stand, go through the full client.
    const thread = ctx.proxy?.(url) === undefined ? latencyThread() : undefined;
    try {
      const warmup = p.warmup ?? DEFAULTS.warmup;
      if (warmup > 0) {
        // The first request on the full client: a target that cannot be reached is reported in its words.
        const first = await request(url, options);
        if (!first.ok) {
          return {
            status: 'error',
            summary: `${shown}: ${first.error.message}`,
            evidence: { url: shown, error: first.error },
          };
        }
      }
      const total = p.requests ?? DEFAULTS.requests;
      const rest = Math.max(0, warmup - 1);
      const direct = thread
        ? await thread.measure(
            {
              url: url.href,
              client: {
                method: (p.method ?? 'GET').toUpperCase(),
                headers: headerObject(headers),
                maxSockets: concurrency,
                timeoutMs: timeoutOf(p),
                maxBodyBytes: sizeOf(p['max-body']),
                ...(ca ? { ca } : {}),
              },
              warmup: rest,
              requests: total,
              concurrency,
            },
            ctx.signal,
          )
        : undefined;
      let samples: Sample[];
      if (direct) samples = direct.map(lean);
      else {
        await runPool(rest, concurrency, once, { signal: ctx.signal });
        samples = await runPool(total, concurrency, once, { signal: ctx.signal });
      }
      if (ctx.signal.aborted) return { status: 'error', summary: 'cancelled before all requests were made' };
      return verdict(p, shown, samples, { concurrency, warmup });
    } finally {
      thread?.close();
      agent.destroy();
    }
  },
});

function verdict(
  p: Params,
  url: string,
  samples: Sample[],
  run: { concurrency: number; warmup: number },
): CheckOutcome {
  const timed = samples.flatMap((s) => (s.ms === undefined ? [] : [s.ms]));
  const stats = latencyStats(timed);
  const errors = samples.filter((s) => s.error !== undefined);
  const budget = {
    p50Ms: p['p50-ms'],
    p95Ms: p['p95-ms'] ?? DEFAULTS.p95Ms,
    p99Ms: p['p99-ms'],
    maxMs: p['max-ms'],
    maxErrorRate: p['max-error-rate'] ?? DEFAULTS.maxErrorRate,
  };
  const problems = budgetProblems(stats, errors.length, samples.length, budget);
  const evidence = {
    url,
    requests: samples.length,
    warmup: run.warmup,
    concurrency: run.concurrency,
    errors: errors.length,
    errorRate: samples.length === 0 ? 1 : errors.length / samples.length,
    errorKinds: tally(errors.map((e) => e.error as string)),
    statuses: tally(samples.flatMap((s) => (s.status === undefined ? [] : [String(s.status)]))),
    latency: stats,
    budget: Object.fromEntries(Object.entries(budget).filter(([, v]) => v !== undefined)),
    percentiles: 'as hey computes them: the sample at index ceil(p/100 * n) of the sorted latencies',
  };
  const measured =
    stats.count === 0
      ? `${plural(samples.length, 'request')}, none answered`
      : `p50 ${stats.p50Ms} ms, p95 ${stats.p95Ms} ms, max ${stats.maxMs} ms over ${plural(samples.length, 'request')}, ${percent(evidence.errorRate)} errors`;
  if (problems.length > 0) {
    return { status: 'fail', summary: `${problems.join('; ')} (${measured})`, evidence };
  }
  return { status: 'pass', summary: measured, evidence };
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** Request headers as Node's object form (it adds Host and the rest): repeated names joined as HTTP joins them. */
function headerObject(list: ReadonlyArray<[string, string]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of list) {
    const key = name.toLowerCase();
    out[key] = out[key] === undefined ? value : `${out[key]}, ${value}`;
  }
  return out;
}
