// Many slow targets in one engine run: 50 http.response items, each against its own loopback server that
// answers after 200 ms. With enough concurrency the run should take about as long as its slowest check.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { median, timeProcess } from './measure.mjs';
import { checklistYaml, reportOf, startServer } from './net-servers.mjs';

export const FANOUT = { targets: 50, delayMs: 200 };

/**
 * Runs `preflight check` (the bundled CLI) `rounds` times after one untimed run, with default settings:
 * network items have their own pool (64 at once, at most 6 per host; each target here is its own host).
 * The reference is the slowest single check: one run at --network-concurrency 1, where each check has the
 * machine to itself, and its slowest item. Ratio: the engine's run time (the report's durationMs) over
 * that; process wall time is reported for information.
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
    const checklist = path.join(dir, 'checklist.yml');
    writeFileSync(checklist, checklistYaml(targets, items));
    const cli = path.join(projectDir, 'dist/cli/index.js');
    const args = (concurrency) => [
      cli,
      'check',
      '-c',
      checklist,
      '-C',
      dir,
      '-f',
      'json',
      ...(concurrency === undefined ? [] : ['--network-concurrency', String(concurrency)]),
    ];
    const once = async (concurrency) => {
      const result = await timeProcess(process.execPath, args(concurrency), { cwd: dir, capture: true });
      const report = reportOf(result, 'fan-out');
      const bad = report.items.filter((i) => i.status !== 'pass');
      if (bad.length > 0)
        throw new Error(`fan-out: ${bad.length} items did not pass, first: ${bad[0].summary}`);
      const slowest = Math.max(...report.items.map((i) => i.durationMs));
      return { engineMs: report.durationMs, slowestMs: slowest, wallMs: result.ms };
    };
    log(
      `fan-out: ${FANOUT.targets} servers answering after ${FANOUT.delayMs} ms; each check alone first (one at a time)`,
    );
    const alone = await once(1);
    log(`fan-out: 1 untimed run, then ${rounds} with default settings`);
    await once();
    const runs = [];
    for (let i = 0; i < rounds; i += 1) runs.push(await once());
    const engineMs = median(runs.map((r) => r.engineMs));
    return {
      engineMs,
      slowestAloneMs: alone.slowestMs,
      slowestInRunMs: median(runs.map((r) => r.slowestMs)),
      wallMs: median(runs.map((r) => r.wallMs)),
      ratio: engineMs / alone.slowestMs,
      runs,
    };
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
}
