import { statSync } from 'node:fs';
import path from 'node:path';
import { POOL_MIN_FILES, poolSize, startSpareWorkers, workerScript, type SpareWorkers } from './pool.js';

/**
 * Bytes of git's index per tracked file at the least: an entry is 62 bytes and its name (index v4 shares
 * the start of names, hence well under the usual 70 and more).
 */
const INDEX_BYTES_PER_FILE = 40;

/**
 * Starts the scan workers before the definition is read, when the repository looks large enough for its
 * pass to run on them, judged by the size of git's index (no git is run): then their start overlaps the
 * loading instead of following it. A guess; when it is wrong the workers serve a smaller pass, or are ended
 * unused. Undefined when nothing was started (no worker script, no workers, not a work tree's root, small).
 */
export function startWorkersAhead(
  repoDir: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
  script: string | undefined = workerScript(),
): SpareWorkers | undefined {
  const size = poolSize(env);
  if (!script || size === 0) return undefined;
  let indexBytes: number;
  try {
    indexBytes = statSync(path.join(repoDir, '.git', 'index')).size;
  } catch {
    return undefined;
  }
  if (indexBytes < POOL_MIN_FILES * INDEX_BYTES_PER_FILE) return undefined;
  return startSpareWorkers(script, size);
}
