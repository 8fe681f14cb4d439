import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCheck } from '../../src/pipeline/check.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';
import { startHttpServer, type RunningServer } from '../helpers/servers.js';

/**
 * A latency item measures the target; a rate-limit burst loads it. Run together they spoil the
 * measurement, so the engine runs them one after the other on the same target (and at once elsewhere).
 */
let server: RunningServer;
const inFlight = { latency: 0, burst: 0 };
let overlaps = 0;
const seen = { latency: 0, burst: 0 };

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    const which = req.url?.startsWith('/burst') ? 'burst' : 'latency';
    inFlight[which] += 1;
    seen[which] += 1;
    if (inFlight.latency > 0 && inFlight.burst > 0) overlaps += 1;
    setTimeout(() => {
      inFlight[which] -= 1;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    }, 5);
  });
});
afterAll(async () => {
  await server.close();
  await cleanupRepos();
});

describe('latency and load items on one target', () => {
  test('never run at the same time, even with room for both', async () => {
    const repo = await makeRepo({});
    const file = path.join(repo.dir, 'checks.yml');
    await writeFile(
      file,
      [
        'id: t',
        'title: T',
        'targets: { api: "' + server.url + '" }',
        'sections:',
        '  - id: s',
        '    title: S',
        '    items:',
        '      - { id: burst, title: Burst, check: { kind: http.rate-limit, target: api, path: /burst, requests: 40, concurrency: 5 } }',
        '      - { id: latency, title: Latency, check: { kind: http.latency, target: api, path: /latency, requests: 40, warmup: 0, concurrency: 5, p95-ms: 5000 } }',
        '      - { id: burst-2, title: Burst again, check: { kind: http.rate-limit, target: api, path: /burst, requests: 20 } }',
        '',
      ].join('\n'),
    );
    const result = await runCheck({ checklist: file, repoDir: repo.dir, env: {}, concurrency: 8 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.items.map((i) => i.status)).toEqual(['fail', 'pass', 'fail']); // no limit: the burst fails
    expect(seen.burst).toBeGreaterThanOrEqual(60);
    expect(seen.latency).toBe(40);
    expect(overlaps).toBe(0);
  });
});
