import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { httpLatency } from '../../../src/checks/net/http-latency.js';
import type { LatencyStats } from '../../../src/checks/net/percentiles.js';
import type { CheckContext, CheckOutcome } from '../../../src/checks/types.js';
import { cleanupRepos } from '../../helpers/git-repo.js';
import { closedPort, startHttpServer, type RunningServer } from '../../helpers/servers.js';
import { paramProblems, runKind } from '../run-kind.js';
import { netContext } from './net-context.js';

interface LatencyEvidence {
  latency: LatencyStats;
  errorKinds: Record<string, number>;
}

const evidenceOf = (out: CheckOutcome) => out.evidence as unknown as LatencyEvidence;

let server: RunningServer;
let ctx: CheckContext;
let count = 0;
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    count += 1;
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    const url = new URL(req.url ?? '/', 'http://x');
    // /mixed: every fifth request takes 120 ms, the rest 5 ms: percentiles must see both groups.
    const slow = url.pathname === '/mixed' && count % 5 === 0;
    const fail = url.pathname === '/flaky' && count % 4 === 0;
    setTimeout(
      () => {
        inFlight -= 1;
        res.writeHead(fail ? 503 : 200).end('ok');
      },
      slow ? 120 : 5,
    );
  });
  ctx = await netContext({ targets: { api: server.url } });
});

afterAll(async () => {
  await server.close();
  await cleanupRepos();
});

const reset = () => {
  count = 0;
  peak = 0;
};

describe('http.latency', () => {
  it('measures N requests after the warm-up, at most `concurrency` at once', async () => {
    reset();
    const out = await runKind(httpLatency, { path: '/fast', requests: 40, warmup: 3, concurrency: 4 }, ctx);
    expect(out.status).toBe('pass');
    expect(count).toBe(43);
    expect(peak).toBeLessThanOrEqual(4);
    const e = evidenceOf(out);
    expect(e).toMatchObject({ requests: 40, warmup: 3, concurrency: 4, errors: 0, statuses: { '200': 40 } });
    expect(e.latency.count).toBe(40);
    expect(e.latency.minMs).toBeLessThanOrEqual(e.latency.p50Ms);
    expect(e.latency.p50Ms).toBeLessThanOrEqual(e.latency.p95Ms);
    expect(e.latency.p95Ms).toBeLessThanOrEqual(e.latency.p99Ms);
    expect(e.latency.p99Ms).toBeLessThanOrEqual(e.latency.maxMs);
    expect(e.latency.minMs).toBeGreaterThanOrEqual(5 - 1);
    expect(out.summary).toMatch(/^p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms over 40 requests, 0% errors$/);
  });

  it('sees a slow fifth of the requests in p95 but not in p50', async () => {
    reset();
    const out = await runKind(
      httpLatency,
      { path: '/mixed', requests: 50, warmup: 0, concurrency: 1, 'p95-ms': 100 },
      ctx,
    );
    const l = evidenceOf(out).latency;
    expect(l.p50Ms).toBeLessThan(100);
    expect(l.p95Ms).toBeGreaterThanOrEqual(120);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^p95 [\d.]+ ms is above 100 ms \(p50/);
  });

  it('counts statuses outside 200-399 as errors against max-error-rate', async () => {
    reset();
    const out = await runKind(httpLatency, { path: '/flaky', requests: 20, warmup: 0, concurrency: 1 }, ctx);
    expect(out.status).toBe('fail');
    expect(out.summary).toMatch(/^error rate 25% \(5\/20\) is above 1%/);
    expect(evidenceOf(out).errorKinds).toEqual({ 'status 503': 5 });
    reset();
    const lenient = await runKind(
      httpLatency,
      { path: '/flaky', requests: 20, warmup: 0, concurrency: 1, 'max-error-rate': 0.3 },
      ctx,
    );
    expect(lenient.status).toBe('pass');
  });

  it('counts a body past max-body as an error, never as a time to the cut', async () => {
    const out = await runKind(httpLatency, { requests: 4, warmup: 0, concurrency: 1, 'max-body': 1 }, ctx);
    expect(out.status).toBe('fail');
    expect(evidenceOf(out).errorKinds).toEqual({ 'body too large': 4 });
  });

  it('errors at once when the warm-up gets no answer', async () => {
    const out = await runKind(httpLatency, { url: `http://127.0.0.1:${await closedPort()}/` }, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/connection refused/);
  });

  it('stops when the check is cancelled', async () => {
    const controller = new AbortController();
    reset();
    const pending = runKind(
      httpLatency,
      { path: '/mixed', requests: 500, warmup: 0, concurrency: 1 },
      { ...ctx, signal: controller.signal },
    );
    setTimeout(() => controller.abort(), 100);
    const out = await pending;
    expect(out.status).toBe('error');
    expect(count).toBeLessThan(500);
  });

  it('rejects bounds outside the limits', () => {
    expect(paramProblems(httpLatency, { requests: 0 }).join()).toMatch(/requests/);
    expect(paramProblems(httpLatency, { concurrency: 1000 }).join()).toMatch(/concurrency/);
    expect(paramProblems(httpLatency, { 'max-error-rate': 2 }).join()).toMatch(/max-error-rate/);
  });
});
