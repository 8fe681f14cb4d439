import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCheck } from '../../src/pipeline/check.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';
import { startHttpServer, type RunningServer } from '../helpers/servers.js';

/**
 * Network items wait on the network, not the CPU: they get a pool of their own, apart from the local
 * limit (`concurrency`), bounded per host so one target is never flooded. Measured by what the servers
 * see at once, never by the clock.
 */
const servers: RunningServer[] = [];
const inFlight: number[] = [];
const peak: number[] = [];
let allInFlight = 0;
let allPeak = 0;
let release: () => void = () => undefined;
let gate = new Promise<void>((resolve) => (release = resolve));

beforeAll(async () => {
  for (let i = 0; i < 3; i += 1) {
    inFlight.push(0);
    peak.push(0);
    servers.push(
      await startHttpServer((_req, res) => {
        inFlight[i] = (inFlight[i] as number) + 1;
        allInFlight += 1;
        peak[i] = Math.max(peak[i] as number, inFlight[i] as number);
        allPeak = Math.max(allPeak, allInFlight);
        // Answers are held until enough requests are in flight (or a short while has passed), so the
        // peaks show how many the engine lets run at once.
        void Promise.race([gate, new Promise((r) => setTimeout(r, 300))]).then(() => {
          inFlight[i] = (inFlight[i] as number) - 1;
          allInFlight -= 1;
          res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
        });
        if (allInFlight >= 18) release();
      }),
    );
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await cleanupRepos();
});

describe('network items', () => {
  test('run in their own pool, above the local limit, at most 6 at once against one host', async () => {
    const repo = await makeRepo({});
    const file = path.join(repo.dir, 'checks.yml');
    const targets = servers.map((s, i) => `t${i}: "${s.url}"`).join(', ');
    const items = Array.from({ length: 30 }, (_, n) => {
      const t = `t${n % 3}`;
      return `      - { id: probe-${n}, title: Probe ${n}, check: { kind: http.response, target: ${t}, path: /health } }`;
    });
    await writeFile(
      file,
      [
        'id: n',
        'title: N',
        `targets: { ${targets} }`,
        'sections:',
        '  - id: s',
        '    title: S',
        '    items:',
        ...items,
        '',
      ].join('\n'),
    );
    // The local limit is 2: network items do not count against it.
    const result = await runCheck({ checklist: file, repoDir: repo.dir, env: {}, concurrency: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.items.every((i) => i.status === 'pass')).toBe(true);
    expect(allPeak).toBeGreaterThan(2);
    for (const p of peak) expect(p).toBeLessThanOrEqual(6);
    expect(Math.max(...peak)).toBe(6);

    // Their own limit holds too.
    gate = new Promise<void>((resolve) => (release = resolve));
    allPeak = 0;
    peak.fill(0);
    const capped = await runCheck({
      checklist: file,
      repoDir: repo.dir,
      env: {},
      concurrency: 8,
      networkConcurrency: 3,
    });
    expect(capped.ok).toBe(true);
    expect(allPeak).toBeLessThanOrEqual(3);
  });
});
