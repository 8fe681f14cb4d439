// The http.latency kind's p95 against hey's on the same loopback server, same request count and
// concurrency, neither warming up. The server's delays are spread evenly over 1-21 ms, so p95 falls in a
// smooth part of the distribution rather than on a cliff between two groups.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, run, timeProcess } from './measure.mjs';
import { checklistYaml, reportOf, startServer } from './net-servers.mjs';

export const LATENCY = { requests: 400, concurrency: 8 };

/** Whether `hey` is on PATH. */
export function heyAvailable() {
  return run('sh', ['-c', 'command -v hey'], { ok: [0, 1, 127] }).trim() !== '';
}

/** hey's "95% in 0.0123 secs" line, in milliseconds. */
function heyP95(stdout) {
  const m = /^\s*95%+ in ([0-9.]+) secs/m.exec(stdout);
  if (!m) throw new Error(`hey printed no 95% line:\n${stdout.slice(0, 500)}`);
  return Number(m[1]) * 1000;
}

export async function latencyBenchmark({ projectDir, benchDir, rounds, log }) {
  const dir = path.join(benchDir, 'net-latency');
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const server = await startServer((_req, res) => {
    const delay = 1 + (n++ % 21);
    setTimeout(() => res.end('ok'), delay);
  });
  try {
    const url = `${server.url}/`;
    const { requests, concurrency } = LATENCY;
    const checklist = path.join(dir, 'checklist.yml');
    const check = `{ kind: http.latency, target: api, requests: ${requests}, concurrency: ${concurrency}, warmup: 0, p95-ms: 10000 }`;
    writeFileSync(checklist, checklistYaml({ api: url }, [{ id: 'latency', check, timeout: '5m' }]));
    const cli = path.join(projectDir, 'dist/cli/index.js');
    const ours = async () => {
      const r = await timeProcess(
        process.execPath,
        [cli, 'check', '-c', checklist, '-C', dir, '-f', 'json'],
        {
          cwd: dir,
          capture: true,
        },
      );
      const item = reportOf(r, 'http.latency').items[0];
      if (item.status !== 'pass') throw new Error(`http.latency: ${item.status}: ${item.summary}`);
      return item.evidence.latency.p95Ms;
    };
    const theirs = async () => {
      const r = await timeProcess('hey', ['-n', String(requests), '-c', String(concurrency), url], {
        capture: true,
      });
      if (r.code !== 0) throw new Error(`hey exited with ${r.code}: ${r.stderr.trim()}`);
      return heyP95(r.stdout);
    };
    log(
      `latency: ${requests} requests, ${concurrency} at once, server delays 1-21 ms; ${rounds} runs of each, alternating`,
    );
    const [p95s, heyP95s] = await interleave(rounds, [ours, theirs]);
    const preflightMs = median(p95s);
    const heyMs = median(heyP95s);
    return { preflightMs, heyMs, ratio: preflightMs / heyMs, p95s, heyP95s };
  } finally {
    await server.close();
  }
}
