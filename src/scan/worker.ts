import { parentPort } from 'node:worker_threads';
import { createAnalyzer } from './analyze.js';
import type { ContentJob } from './jobs.js';
import { workShard, type PassEntry } from './work.js';

/** What a worker is sent: its pass's jobs once (compiled then), then the shards to read and analyse. */
type Message = { repoDir: string; jobs: ContentJob[] } | { id: number; entries: PassEntry[] };

/**
 * A scan worker. It can start before its pass is known (see startSpareWorkers): the jobs come as the
 * first message, the shards after them.
 */
export function serveShards(): void {
  let repoDir = '';
  let analyze: ReturnType<typeof createAnalyzer> | undefined;
  parentPort?.on('message', (m: Message) => {
    if ('jobs' in m) {
      repoDir = m.repoDir;
      analyze = createAnalyzer(m.jobs);
      return;
    }
    if (!analyze) throw new Error('a scan worker was sent a shard before its jobs');
    parentPort?.postMessage({ id: m.id, outcomes: workShard(repoDir, analyze, m.entries) });
  });
}
