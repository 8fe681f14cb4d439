// Process timing: whole-process wall time, time to first byte on stdout, medians.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const now = () => process.hrtime.bigint();
const msSince = (start) => Number(now() - start) / 1e6;

/**
 * Runs a process to completion. Returns its wall time (spawn to exit, stdout drained), exit code and,
 * when `capture` is set, its stdout. stdout is always read, so a pipe never blocks the child.
 */
export function timeProcess(command, args, { cwd, env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let stderr = '';
    const start = now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c) => capture && chunks.push(c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = msSince(start);
      resolve({ ms, code, signal, stderr, stdout: Buffer.concat(chunks).toString('utf8') });
    });
  });
}

/** Spawns a process and returns the time from spawn to its first byte on stdout; waits for its exit. */
export function timeToFirstByte(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    let ms;
    let first = '';
    const start = now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
    child.stdout.on('data', (c) => {
      if (ms !== undefined) return;
      ms = msSince(start);
      first = c.toString('utf8').split('\n')[0];
    });
    child.on('error', reject);
    child.on('close', () =>
      ms === undefined
        ? reject(new Error(`${command} ${args.join(' ')} printed nothing`))
        : resolve({ ms, first }),
    );
  });
}

/**
 * Runs each of `fns` `rounds` times, interleaved, rotating which goes first in each round so that none
 * always follows the same neighbour; returns one list of results per function. `before`, when given, runs
 * (untimed) before every timed run, so each starts from the same state (warmTree: a warm page cache).
 */
export async function interleave(rounds, fns, { before } = {}) {
  const results = fns.map(() => []);
  for (let i = 0; i < rounds; i += 1) {
    for (let j = 0; j < fns.length; j += 1) {
      const k = (i + j) % fns.length;
      if (before) await before();
      results[k].push(await fns[k]());
    }
  }
  return results;
}

/**
 * Reads every tracked file of a work tree once, untimed, so that the run timed next finds it in the page
 * cache. Needed on machines that give cold file pages back to the host within seconds (the 2-core VM of
 * docs/bench.md reclaims them with DAMON): without it, whichever contender runs second reads what the
 * first one just brought in, and the first pays for the disk.
 */
export function warmTree(dir) {
  const files = run('git', ['ls-files', '-z'], { cwd: dir }).split('\0');
  let bytes = 0;
  for (const f of files) {
    if (f === '') continue;
    try {
      bytes += readFileSync(path.join(dir, f)).length;
    } catch {
      // A file that cannot be read is one the contenders cannot read either.
    }
  }
  return bytes;
}

export function median(values) {
  const s = [...values].sort((x, y) => x - y);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs a command synchronously and throws with its stderr when it fails (exit codes in `ok` are fine). */
export function run(command, args, { cwd, env, ok = [0], input } = {}) {
  const r = spawnSync(command, args, { cwd, env, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  if (!ok.includes(r.status)) {
    throw new Error(`${command} ${args.join(' ')} exited with ${r.status}: ${r.stderr.trim()}`);
  }
  return r.stdout;
}

/** Rows of cells as aligned text columns, three spaces apart. */
export function alignColumns(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((row) =>
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join('   ')
      .trimEnd(),
  );
}
