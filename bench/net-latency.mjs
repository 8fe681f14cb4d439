// The http.latency kind's p50 and p95 against hey's on the same loopback server, same request count and
// concurrency, neither warming up: once against a server that answers at once (where the client's own
// overhead is all there is to see) and once against one that answers after 20 ms.
//
// What each times: hey, each request from before it asks Go's transport for a connection to the end of
// the body (a connection's first request includes its TCP set-up); Preflight, from the request's write to
// the socket to the end of the body, its connections opened before. Both keep connections alive, one per
// concurrent worker, and compute percentiles alike (the sample at index ceil(p/100 * n)). hey prints
// seconds to 4 decimals, so its figures are rounded to 0.1 ms. hey runs its workers on every core; Node's
// client is one thread, so on a loaded machine hey gets more of the CPU: an information row runs hey with
// GOMAXPROCS=1 (one thread, like with like).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, run, timeProcess } from './measure.mjs';
import { checklistYaml, reportOf, startServer } from './net-servers.mjs';

export const LATENCY = { requests: 400, concurrency: 8 };

/** Whether `hey` is on PATH. */
export function heyAvailable() {
  return run('sh', ['-c', 'command -v hey'], { ok: [0, 1, 127] }).trim() !== '';
}

/** hey's "50% in 0.0123 secs" and "95% in …" lines, in milliseconds. */
function heyPercentiles(stdout) {
  const at = (p) => {
    const m = new RegExp(`^\\s*${p}%+ in ([0-9.]+) secs`, 'm').exec(stdout);
    if (!m) throw new Error(`hey printed no ${p}% line:\n${stdout.slice(0, 500)}`);
    return Number(m[1]) * 1000;
  };
  return { p50: at(50), p95: at(95) };
}

/** Both scenarios: the server answering at once, and after `delayMs`. */
export const LATENCY_SCENARIOS = [0, 20];

export async function latencyBenchmark({ projectDir, benchDir, rounds, log }) {
  const out = [];
  for (const delayMs of LATENCY_SCENARIOS) {
    out.push({ delayMs, ...(await scenario({ projectDir, benchDir, rounds, log, delayMs })) });
  }
  return out;
}

async function scenario({ projectDir, benchDir, rounds, log, delayMs }) {
  const dir = path.join(benchDir, 'net-latency');
  mkdirSync(dir, { recursive: true });
  const server = await startServer((_req, res) => {
    if (delayMs === 0) res.end('ok');
    else setTimeout(() => res.end('ok'), delayMs);
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
      return { p50: item.evidence.latency.p50Ms, p95: item.evidence.latency.p95Ms };
    };
    const hey = (env) => async () => {
      const r = await timeProcess('hey', ['-n', String(requests), '-c', String(concurrency), url], {
        capture: true,
        env,
      });
      if (r.code !== 0) throw new Error(`hey exited with ${r.code}: ${r.stderr.trim()}`);
      return heyPercentiles(r.stdout);
    };
    log(
      `latency: ${requests} requests, ${concurrency} at once, server answering after ${delayMs} ms; ${rounds} runs of each, alternating`,
    );
    const [mine, theirs, oneThread] = await interleave(rounds, [
      ours,
      hey(undefined),
      hey({ ...process.env, GOMAXPROCS: '1' }),
    ]);
    const m = (list, k) => median(list.map((x) => x[k]));
    return {
      p50: { preflight: m(mine, 'p50'), hey: m(theirs, 'p50'), heyOneThread: m(oneThread, 'p50') },
      p95: { preflight: m(mine, 'p95'), hey: m(theirs, 'p95'), heyOneThread: m(oneThread, 'p95') },
      runs: { preflight: mine, hey: theirs, heyOneThread: oneThread },
    };
  } finally {
    await server.close();
  }
}
