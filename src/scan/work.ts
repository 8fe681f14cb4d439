import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { createAnalyzer } from './analyze.js';
import type { ContentJob, SkipReason } from './jobs.js';
import { readBatch, readScanText, type ReadBatch } from './read.js';

/** One file of the pass and the jobs that want it. */
export interface PassEntry {
  file: string;
  jobs: number[];
}

/** A file's outcome: why it was skipped, or one result per wanted job (undefined: nothing to report). */
export type EntryOutcome = SkipReason | unknown[];

/** Reads and analyses a run of entries (what a worker does with one shard). */
export function workShard(
  repoDir: string,
  analyze: ReturnType<typeof createAnalyzer>,
  entries: readonly PassEntry[],
  batch: ReadBatch = readBatch(),
): EntryOutcome[] {
  return entries.map((e) => {
    const read = readScanText(repoDir, e.file, batch);
    if (!('skip' in read)) return analyze(read.content, e.jobs, e.file);
    return (read.bytes && analyze.binary(read.bytes, e.jobs)) || read.skip;
  });
}

/** How long the in-process pass holds the event loop before letting timers and the abort signal run. */
const SLICE_MS = 15;

/** The pass on the main thread, for small trees (or where no worker script is at hand). */
export async function workInProcess(
  repoDir: string,
  jobs: readonly ContentJob[],
  entries: readonly PassEntry[],
  signal?: AbortSignal,
): Promise<EntryOutcome[]> {
  const analyze = createAnalyzer(jobs);
  const out: EntryOutcome[] = [];
  let sliceStart = performance.now();
  let batch = readBatch();
  for (const e of entries) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToLoop();
      sliceStart = performance.now();
      // Folders are resolved afresh after each pause.
      batch = readBatch();
    }
    signal?.throwIfAborted();
    out.push(...workShard(repoDir, analyze, [e], batch));
  }
  return out;
}
