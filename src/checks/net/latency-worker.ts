import { parentPort } from 'node:worker_threads';
import { timedRun, type TimedRun } from './timed-run.js';
import type { TimedSample } from './timed-request.js';

/** What the latency worker posts back: the samples, or why there are none. */
export type LatencyReply = { samples: TimedSample[] } | { unwritable: true } | { failed: string };

/**
 * The worker thread's side: waits for one measurement (it is started before the caller knows it needs
 * one), makes it and posts one reply; the thread then has nothing left to do and ends.
 */
export function serveLatency(): void {
  const port = parentPort;
  if (!port) throw new Error('the latency worker runs only as a worker thread');
  port.once('message', (run: TimedRun) => {
    timedRun(run).then(
      (samples) => port.postMessage(samples ? { samples } : { unwritable: true }),
      (e: unknown) => port.postMessage({ failed: e instanceof Error ? e.message : String(e) }),
    );
  });
}
