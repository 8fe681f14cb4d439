import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LatencyReply } from './latency-worker.js';
import type { TimedSample } from './timed-request.js';
import { timedRun, type TimedRun } from './timed-run.js';

/**
 * The bundled latency worker beside the running bundle (dist/latency-worker/index.js, found from dist/ or
 * dist/cli/); undefined when running from the sources.
 */
export function latencyWorkerScript(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  for (const dir of [from, path.dirname(from)]) {
    const candidate = path.join(dir, 'latency-worker', 'index.js');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Runs the measurement on a worker thread of its own when the bundled worker is there: its event loop
 * and heap are its own, so the samples hold neither the other checks' work on the main thread nor the
 * main heap's garbage collections. Without the bundle (from the sources) it runs here. Aborting ends
 * the worker at once; the samples are then empty. Undefined as `timedRun` says.
 */
export function measureTimed(
  run: TimedRun,
  signal: AbortSignal,
  script: string | undefined = latencyWorkerScript(),
): Promise<TimedSample[] | undefined> {
  if (!script) return timedRun(run, signal);
  if (signal.aborted) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: run });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      void worker.terminate();
      done();
    };
    const onAbort = () => settle(() => resolve([]));
    signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: LatencyReply) =>
      settle(() => {
        if ('samples' in reply) resolve(reply.samples);
        else if ('unwritable' in reply) resolve(undefined);
        else reject(new Error(`the latency worker failed: ${reply.failed}`));
      }),
    );
    worker.on('error', (e) => settle(() => reject(e)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`the latency worker exited (code ${code}) before it answered`))),
    );
  });
}
