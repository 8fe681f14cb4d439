import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ContentJob } from './jobs.js';
import type { EntryOutcome, PassEntry } from './work.js';

/** Files per shard: large enough that messages are rare, small enough that both cores stay busy. */
const SHARD_FILES = 256;

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
 * Runs the pass on `size` worker threads over shards of the entries, handed out as workers finish (so a
 * shard of large files does not hold the others back). Aborting terminates the workers at once: a
 * runaway match inside one cannot outlive its item.
 */
export function workOnPool(
  script: string,
  size: number,
  repoDir: string,
  jobs: readonly ContentJob[],
  entries: readonly PassEntry[],
  signal?: AbortSignal,
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
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const feed = (w: Worker) => {
      if (next >= shards.length) return;
      const id = next++;
      w.postMessage({ id, entries: shards[id] });
    };
    const count = Math.max(1, Math.min(size, shards.length));
    for (let i = 0; i < count; i += 1) {
      const w = new Worker(script, { workerData: { repoDir, jobs } });
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
      feed(w);
    }
    if (shards.length === 0) finish();
  });
}
