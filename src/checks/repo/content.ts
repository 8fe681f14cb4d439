import type { CheckContext } from '../types.js';
import type { ContentJob, FileResultOf, JobResult } from '../../scan/jobs.js';
import { createContentScanner } from '../../scan/pass.js';

/** A content job's result, from the run's shared read pass (or a pass of its own outside a run). */
export function scanContent<J extends ContentJob>(
  ctx: CheckContext,
  job: J,
): Promise<JobResult<FileResultOf<J>>> {
  const scan =
    ctx.scan ?? createContentScanner([], { repoDir: ctx.repoDir, git: ctx.git, signal: ctx.signal });
  return scan(job);
}
