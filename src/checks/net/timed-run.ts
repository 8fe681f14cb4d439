import { runPool } from './run-pool.js';
import { timedClient, type TimedClientOptions, type TimedSample } from './timed-request.js';

/** One latency measurement over the lean client, as plain data (it crosses to a worker thread). */
export interface TimedRun {
  url: string;
  client: Omit<TimedClientOptions, 'signal'>;
  /** Untimed requests sent first, over the same connections. */
  warmup: number;
  /** Timed requests, after the connections are opened. */
  requests: number;
  concurrency: number;
}

/**
 * The warm-up requests, then the connections opened, then the timed requests, `concurrency` at a time.
 * Undefined when the lean client will not write the request's headers as they stand.
 */
export async function timedRun(run: TimedRun, signal?: AbortSignal): Promise<TimedSample[] | undefined> {
  const client = timedClient(new URL(run.url), { ...run.client, signal });
  if (!client) return undefined;
  const once = () => client.request();
  try {
    if (run.warmup > 0) await runPool(run.warmup, run.concurrency, once, { signal });
    // The connections are opened first, all at once: no request is timed beside another's handshake.
    await client.connect();
    return await runPool(run.requests, run.concurrency, once, { signal });
  } finally {
    client.close();
  }
}
