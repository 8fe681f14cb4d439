import { writeFileSync } from 'node:fs';
import type { CliIo } from '../../src/cli/io.js';

/**
 * A CliIo for running `main` in a test: output is collected, never a terminal. Files the command writes go
 * to disk, or with `inMemory` only into `files` (by the path the command gave).
 */
export function fakeIo(cwd: string, options: { env?: Record<string, string>; inMemory?: boolean } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = {};
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: options.env ?? {},
    cwd,
    writeFile: (f, t) => {
      if (options.inMemory) files[f] = t;
      else writeFileSync(f, t);
    },
  };
  return { io, out: () => out.join(''), err: () => err.join(''), files };
}
