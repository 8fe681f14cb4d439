import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentJob } from './jobs.js';
import type { EntryOutcome, PassEntry } from './work.js';

/** Below this many files a pass stays on the main thread: starting workers would cost more. */
export const POOL_MIN_FILES = 2_000;
/** Files per shard: large enough that messages are rare, small enough that both cores stay busy. */
const SHARD_FILES = 256;
/**
 * Shards a worker holds at once: the next one is already queued when it finishes one, so it never waits
 * for the main thread (which shares the cores with the workers) to answer.
 */
const SHARDS_IN_FLIGHT = 2;

/** Worker threads for a pass: one per core the machine offers (at most 8), or PREFLIGHT_SCAN_WORKERS. */
export function poolSize(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const asked = env.PREFLIGHT_SCAN_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 16);
  return Math.min(availableParallelism(), 8);
}

/**
 * The bundled worker script beside the running bundle (dist/scan-worker/index.js, found from dist/ or
 * dist/cli/); undefined when running from the sources, where the pass stays on the main thread.
 */
export function workerScript(
  from: string = path.dirname(fileURLToPath(import.meta.url)),
): string | undefined {
  for (const dir of [from, path.dirname(from)]) {
    const candidate = path.join(dir, 'scan-worker', 'index.js');
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Scan workers started before their pass is known, so that they load while the definition is read and the
 * files are listed: the first pass that runs on a pool takes them (and ends them with its pass); whatever
 * no pass took is ended by `close`. Until taken they do not keep the process alive.
 */
export interface SpareWorkers {
  /** Sends a coming pass's jobs ahead, so that each worker compiles them while the files are listed. */
  prepare(repoDir: string, jobs: readonly ContentJob[]): void;
  /** The workers, for a pass of these jobs: `prepared` when they were sent the same ones ahead. */
  take(repoDir: string, jobs: readonly ContentJob[]): TakenWorkers;
  /** Ends the workers no pass took; resolves with their exit codes. */
  close(): Promise<number[]>;
}

export interface TakenWorkers {
  workers: Worker[];
  prepared: boolean;
}

export function startSpareWorkers(script: string, size: number): SpareWorkers {
  let spare: Worker[] = [];
  let preparedFor: string | undefined;
  for (let i = 0; i < size; i += 1) {
    const w = new Worker(script);
    w.unref();
    // A worker that fails before it is taken is left out: the pass starts one of its own instead.
    const drop = () => {
      spare = spare.filter((s) => s !== w);
    };
    w.on('error', drop);
    w.on('exit', drop);
    spare.push(w);
  }
  return {
    prepare(repoDir, jobs) {
      preparedFor = JSON.stringify([repoDir, jobs]);
      for (const w of spare) w.postMessage({ repoDir, jobs });
    },
    take(repoDir, jobs) {
      // threadId is -1 once a worker has stopped, even before its exit event.
      const workers = spare.filter((w) => w.threadId !== -1);
      for (const w of workers) w.removeAllListeners();
      spare = [];
      return { workers, prepared: preparedFor === JSON.stringify([repoDir, jobs]) };
    },
    close() {
      const ending = spare.map((w) => w.terminate());
      spare = [];
      return Promise.all(ending);
    },
  };
}

/**
 * Runs the pass on `size` worker threads (spare ones first) over shards of the entries, handed out as
 * workers finish (so a shard of large files does not hold the others back). Aborting terminates the
 * workers at once: a runaway match inside one cannot outlive its item.
 */
export function workOnPool(
  script: string,
  size: number,
  repoDir: string,
  jobs: readonly ContentJob[],
  entries: readonly PassEntry[],
  signal?: AbortSignal,
  spare: TakenWorkers = { workers: [], prepared: false },
): Promise<EntryOutcome[]> {
  const shards: PassEntry[][] = [];
  for (let i = 0; i < entries.length; i += SHARD_FILES) shards.push(entries.slice(i, i + SHARD_FILES));
  const outcomes = new Array<EntryOutcome[]>(shards.length);
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error);
      else resolve(outcomes.flat());
    };
    const onAbort = () => finish(signal?.reason ?? new Error('aborted'));
    if (signal?.aborted) {
      for (const w of spare.workers) void w.terminate();
      return onAbort();
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= shards.length) return;
      const id = next++;
      w.postMessage({ id, entries: shards[id] });
    };
    const count = Math.max(1, Math.min(size, shards.length));
    for (const w of spare.workers.slice(count)) void w.terminate();
    for (let i = 0; i < count; i += 1) {
      const taken = spare.workers[i];
      const w = taken ?? new Worker(script);
      w.ref();
      workers.push(w);
      w.on('message', (m: { id: number; outcomes: EntryOutcome[] }) => {
        outcomes[m.id] = m.outcomes;
        done += 1;
        if (done === shards.length) finish();
        else feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`a scan worker stopped (exit code ${code})`));
      });
      // The pass's jobs first (each worker compiles them once), then its first shards.
      if (!taken || !spare.prepared) w.postMessage({ repoDir, jobs });
      for (let k = 0; k < SHARDS_IN_FLIGHT; k += 1) feed(w);
    }
    if (shards.length === 0) finish();
  });
}
