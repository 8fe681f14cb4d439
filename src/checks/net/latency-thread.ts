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

/** Where one latency measurement is made. */
export interface LatencyThread {
  /**
   * Makes the measurement; undefined as `timedRun` says. Aborting ends it at once, with no samples. One
   * measurement per thread: the thread ends with it.
   */
  measure(run: TimedRun, signal: AbortSignal): Promise<TimedSample[] | undefined>;
  /** Ends the thread, measured or not. */
  close(): void;
}

/**
 * A worker thread of its own for one measurement when the bundled worker is there: its event loop and
 * heap are its own, so the samples hold neither the other checks' work on the main thread nor the main
 * heap's garbage collections. It starts at once, so that it boots (tens of milliseconds) while the
 * caller makes its first, untimed request. Without the bundle (from the sources) the measurement is
 * made on this thread.
 */
export function latencyThread(script: string | undefined = latencyWorkerScript()): LatencyThread {
  if (!script) return { measure: (run, signal) => timedRun(run, signal), close: () => undefined };
  const worker = new Worker(script);
  let failure: Error | undefined;
  let answer: ((reply: LatencyReply | Error) => void) | undefined;
  worker.on('message', (reply: LatencyReply) => answer?.(reply));
  worker.on('error', (e) => {
    failure ??= e;
    answer?.(e);
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`the latency worker exited (code ${code}) before it answered`);
    answer?.(failure);
  });
  const close = () => void worker.terminate();
  return {
    close,
    measure: (run, signal) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) {
          close();
          return resolve([]);
        }
        if (failure) return reject(failure);
        const settled = () => {
          answer = undefined;
          signal.removeEventListener('abort', onAbort);
          close();
        };
        const onAbort = () => {
          settled();
          resolve([]);
        };
        answer = (reply) => {
          settled();
          if (reply instanceof Error) reject(reply);
          else if ('samples' in reply) resolve(reply.samples);
          else if ('unwritable' in reply) resolve(undefined);
          else reject(new Error(`the latency worker failed: ${reply.failed}`));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        worker.postMessage(run);
      }),
  };
}
