import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readInputs } from '../../src/action/inputs.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';
import { runInProcess } from '../helpers/run-in-process.js';
import { startHttpServer, type RunningServer } from '../helpers/servers.js';

/**
 * The action's `network-concurrency` input: read and bounded like the CLI's `--network-concurrency`,
 * and it reaches the engine. Measured by what the loopback servers see at once, never by the clock.
 */
const inputs = (values: Record<string, string>) =>
  readInputs((name) => values[name] ?? '', { GITHUB_WORKSPACE: '/tmp', RUNNER_TEMP: '/tmp' });

describe('the network-concurrency input', () => {
  test('defaults to the engine default and takes a whole number from 1 to 256', () => {
    expect(inputs({}).networkConcurrency).toBe(64);
    expect(inputs({ 'network-concurrency': '1' }).networkConcurrency).toBe(1);
    expect(inputs({ 'network-concurrency': '256' }).networkConcurrency).toBe(256);
  });

  test.each(['0', '257', '-3', '2.5', 'lots', '1e3'])(
    "refuses '%s' and names the input and its bound",
    (raw) => {
      expect(() => inputs({ 'network-concurrency': raw })).toThrow(
        `input 'network-concurrency' must be a whole number from 1 to 256, not '${raw}'`,
      );
    },
  );
});

describe('a run of the action', () => {
  const servers: RunningServer[] = [];
  let inFlight = 0;
  let peak = 0;
  let release: () => void = () => undefined;
  let held = new Promise<void>((resolve) => (release = resolve));
  let releaseAt = Infinity;

  beforeAll(async () => {
    // Four targets (one host each, so the per-host limit of 6 never binds): answers are held until
    // `releaseAt` requests are in flight or a short while has passed, so the peak shows the pool's size.
    for (let i = 0; i < 4; i += 1) {
      servers.push(
        await startHttpServer((_req, res) => {
          inFlight += 1;
          peak = Math.max(peak, inFlight);
          if (inFlight >= releaseAt) release();
          void Promise.race([held, new Promise((r) => setTimeout(r, 250))]).then(() => {
            inFlight -= 1;
            res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
          });
        }),
      );
    }
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await cleanupRepos();
  });

  const checklist = () =>
    [
      'id: n',
      'title: N',
      `targets: { ${servers.map((s, i) => `t${i}: "${s.url}"`).join(', ')} }`,
      'sections:',
      '  - id: s',
      '    title: S',
      '    items:',
      ...Array.from(
        { length: 16 },
        (_, n) =>
          `      - { id: probe-${n}, title: Probe ${n}, check: { kind: http.response, target: t${n % 4}, path: / } }`,
      ),
      '',
    ].join('\n');

  const runWith = async (extra: Record<string, string>, expectPeak: number) => {
    const repo = await makeRepo({ '.github/preflight.yml': checklist() });
    inFlight = 0;
    peak = 0;
    releaseAt = expectPeak;
    held = new Promise<void>((resolve) => (release = resolve));
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: 'push',
      inputs: { token: '', concurrency: '1', ...extra },
      env: { GITHUB_SHA: (await repo.git('rev-parse', 'HEAD')).trim() },
      payload: {},
    });
    expect(run.outputs.state).toBe('pass');
    expect(run.outputs.passed).toBe('16');
    return peak;
  };

  test('holds the network checks to the input, apart from the local limit', async () => {
    expect(await runWith({ 'network-concurrency': '3' }, 3)).toBe(3);
  });

  test('by default runs the network checks far above the local limit of 1', async () => {
    expect(await runWith({}, 16)).toBe(16);
  });
});
