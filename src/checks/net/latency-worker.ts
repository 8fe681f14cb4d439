import { parentPort, workerData } from 'node:worker_threads';
import { timedRun, type TimedRun } from './timed-run.js';
import type { TimedSample } from './timed-request.js';

/** What the latency worker posts back: the samples, or why there are none. */
export type LatencyReply = { samples: TimedSample[] } | { unwritable: true } | { failed: string };

/** The worker thread's side: runs the measurement in `workerData` and posts one reply. */
export async function serveLatency(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('the latency worker runs only as a worker thread');
  let reply: LatencyReply;
  try {
    const samples = await timedRun(workerData as TimedRun);
    reply = samples ? { samples } : { unwritable: true };
  } catch (e) {
    reply = { failed: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
}
