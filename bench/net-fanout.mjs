// Many slow targets in one engine run: 50 http.response items, each against its own loopback server that
// answers after 200 ms. With enough concurrency the run should take about as long as its slowest check.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, timeProcess } from './measure.mjs';
import { checklistYaml, reportOf, startServer } from './net-servers.mjs';

export const FANOUT = { targets: 50, delayMs: 200 };

/**
 * Runs `preflight check` (the bundled CLI) with default settings: network items have their own pool (64 at
 * once, at most 6 per host; each target here is its own host). The reference is the slowest check alone:
 * the same CLI run of a checklist holding only that check (every target answers after the same delay, so
 * any one is the slowest). One untimed run of each, then `rounds` pairs, the one-check run and the
 * 50-check run alternating, so both see the same load; ratio: the median of the 50-check runs' engine
 * time (the report's durationMs) over the median of the one-check runs'. Each check's own time and the
 * process wall time are reported for information.
 */
export async function fanoutBenchmark({ projectDir, benchDir, rounds, log }) {
  const dir = path.join(benchDir, 'net-fanout');
  mkdirSync(dir, { recursive: true });
  const servers = [];
  try {
    for (let i = 0; i < FANOUT.targets; i += 1) {
      servers.push(
        await startServer((_req, res) => {
          setTimeout(() => res.end('{"status":"ok"}'), FANOUT.delayMs);
        }),
      );
    }
    const targets = Object.fromEntries(servers.map((s, i) => [`t${i + 1}`, s.url]));
    const items = servers.map((_s, i) => ({
      id: `t${i + 1}-health`,
      check: `{ kind: http.response, target: t${i + 1}, path: /health, json: { status: ok } }`,
    }));
    const all = path.join(dir, 'checklist.yml');
    const single = path.join(dir, 'one-check.yml');
    writeFileSync(all, checklistYaml(targets, items));
    writeFileSync(single, checklistYaml({ t1: targets.t1 }, items.slice(0, 1)));
    const cli = path.join(projectDir, 'dist/cli/index.js');
    const once = async (checklist) => {
      const result = await timeProcess(
        process.execPath,
        [cli, 'check', '-c', checklist, '-C', dir, '-f', 'json'],
        {
          cwd: dir,
          capture: true,
        },
      );
      const report = reportOf(result, 'fan-out');
      const bad = report.items.filter((i) => i.status !== 'pass');
      if (bad.length > 0)
        throw new Error(`fan-out: ${bad.length} items did not pass, first: ${bad[0].summary}`);
      const slowest = Math.max(...report.items.map((i) => i.durationMs));
      return { engineMs: report.durationMs, slowestMs: slowest, wallMs: result.ms };
    };
    log(
      `fan-out: ${FANOUT.targets} servers answering after ${FANOUT.delayMs} ms; 1 untimed run of each, then ${rounds} pairs (one check alone, all ${FANOUT.targets})`,
    );
    await once(single);
    await once(all);
    const [alone, runs] = await interleave(rounds, [() => once(single), () => once(all)]);
    const engineMs = median(runs.map((r) => r.engineMs));
    const aloneMs = median(alone.map((r) => r.engineMs));
    return {
      engineMs,
      slowestAloneMs: aloneMs,
      slowestInRunMs: median(runs.map((r) => r.slowestMs)),
      wallMs: median(runs.map((r) => r.wallMs)),
      ratio: engineMs / aloneMs,
      runs,
      alone,
    };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
