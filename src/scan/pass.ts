import { pathFilter } from '../checks/repo/globs.js';
import type { GitClient } from '../io/git.js';
import { noSkips, type ContentJob, type JobResult, type ScanContent } from './jobs.js';
import { POOL_MIN_FILES, poolSize, workerScript, workOnPool, type SpareWorkers } from './pool.js';
import { workInProcess, type EntryOutcome, type PassEntry } from './work.js';

export interface PassOptions {
  repoDir: string;
  git: GitClient;
  /** Worker threads (default: one per core); 0 keeps the pass on the main thread. */
  workers?: number;
  /** The bundled worker script (default: found beside the running bundle). */
  script?: string;
  /** Workers started ahead (startSpareWorkers): the first pass on a pool takes them, whatever its size. */
  spare?: SpareWorkers;
  signal?: AbortSignal;
}

/**
 * Reads each selected file once and runs every job that wants it: the run's single read pass. Files are
 * the tracked ones (plus present untracked ones for jobs that ask), filtered per job by its globs.
 */
export async function runPass(jobs: readonly ContentJob[], options: PassOptions): Promise<JobResult[]> {
  const tracked = await options.git.trackedFiles();
  const wantsUntracked = jobs.some((j) => j.untracked);
  const untracked = wantsUntracked ? new Set(await options.git.untrackedFiles()) : new Set<string>();
  const all = wantsUntracked ? [...tracked, ...untracked].sort() : tracked;
  const filters = jobs.map((j) => pathFilter(j.include, j.exclude));
  const entries: PassEntry[] = [];
  const selected: string[][] = jobs.map(() => []);
  for (const file of all) {
    const wanted: number[] = [];
    jobs.forEach((job, j) => {
      if ((job.untracked || !untracked.has(file)) && (filters[j] as (f: string) => boolean)(file)) {
        wanted.push(j);
        (selected[j] as string[]).push(file);
      }
    });
    if (wanted.length > 0) entries.push({ file, jobs: wanted });
  }
  const outcomes = await work(jobs, entries, options);
  const results: JobResult[] = jobs.map((_, j) => ({
    selected: selected[j] as string[],
    scanned: 0,
    skipped: noSkips(),
    notRead: [],
    files: [],
  }));
  entries.forEach((entry, i) => {
    const outcome = outcomes[i] as EntryOutcome;
    entry.jobs.forEach((j, k) => {
      const r = results[j] as JobResult;
      if (typeof outcome === 'string') {
        r.skipped[outcome] += 1;
        if (outcome !== 'binary') r.notRead.push({ file: entry.file, reason: outcome });
        return;
      }
      r.scanned += 1;
      const found = outcome[k];
      if (found !== undefined) r.files.push({ file: entry.file, result: found });
    });
  });
  return results;
}

function work(
  jobs: readonly ContentJob[],
  entries: PassEntry[],
  options: PassOptions,
): Promise<EntryOutcome[]> {
  const size = options.workers ?? poolSize();
  const script = options.script ?? workerScript();
  const forced = process.env.PREFLIGHT_SCAN_WORKERS !== undefined;
  // Workers already started are used even for a small pass: their start is paid for.
  const spare = script && size > 0 ? options.spare?.take(options.repoDir, jobs) : undefined;
  if (script && size > 0 && (forced || entries.length >= POOL_MIN_FILES || spare?.workers.length)) {
    return workOnPool(script, size, options.repoDir, jobs, entries, options.signal, spare);
  }
  return workInProcess(options.repoDir, jobs, entries, options.signal);
}

/**
 * The run's content scanner. Jobs planned before the run (what each item's kind said it will ask) are
 * served by one shared pass, started by the first item that asks; a job nobody planned gets a pass of
 * its own.
 */
export function createContentScanner(planned: readonly ContentJob[], options: PassOptions): ScanContent {
  const keys = new Map<string, number>();
  const jobs: ContentJob[] = [];
  for (const job of planned) {
    const key = JSON.stringify(job);
    if (keys.has(key)) continue;
    keys.set(key, jobs.length);
    jobs.push(job);
  }
  // Workers started ahead compile the shared pass's jobs while its files are listed.
  if (jobs.length > 0) options.spare?.prepare(options.repoDir, jobs);
  let shared: Promise<JobResult[]> | undefined;
  return (async (job: ContentJob) => {
    const index = keys.get(JSON.stringify(job));
    if (index === undefined) return (await runPass([job], options))[0] as JobResult;
    shared ??= runPass(jobs, options);
    return (await shared)[index] as JobResult;
  }) as ScanContent;
}
