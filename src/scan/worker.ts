import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from './analyze.js';
import type { ContentJob } from './jobs.js';
import { workShard, type PassEntry } from './work.js';

/** A scan worker: compiles the pass's jobs once, then reads and analyses each shard it is sent. */
export function serveShards(): void {
  const { repoDir, jobs } = workerData as { repoDir: string; jobs: ContentJob[] };
  const analyze = createAnalyzer(jobs);
  parentPort?.on('message', (shard: { id: number; entries: PassEntry[] }) => {
    parentPort?.postMessage({ id: shard.id, outcomes: workShard(repoDir, analyze, shard.entries) });
  });
}
