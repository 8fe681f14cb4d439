import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { latencyThread, latencyWorkerScript } from '../../../src/checks/net/latency-thread.js';
import { warmResponseParser } from '../../../src/checks/net/parser-warmup.js';
import type { TimedSample } from '../../../src/checks/net/timed-request.js';
import type { TimedRun } from '../../../src/checks/net/timed-run.js';
import { PROJECT_ROOT } from '../../helpers/demo-repo.js';
import {
  cleanupCertificates,
  localhostCertificate,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../../helpers/servers.js';

/**
 * The latency measurement on its own worker thread: the bundled worker (dist/latency-worker, built by
 * `npm run bundle`) against real loopback servers.
 */
const WORKER = path.join(PROJECT_ROOT, 'dist/latency-worker/index.js');

/** One measurement on a thread of its own, started just before. */
const measure = (
  r: TimedRun,
  signal: AbortSignal = new AbortController().signal,
): Promise<TimedSample[] | undefined> => latencyThread(WORKER).measure(r, signal);

const run = (
  url: string,
  over: Partial<TimedRun> = {},
  client: Partial<TimedRun['client']> = {},
): TimedRun => ({
  url,
  client: {
    method: 'GET',
    headers: {},
    maxSockets: 4,
    timeoutMs: 5000,
    maxBodyBytes: 1024 * 1024,
    ...client,
  },
  warmup: 0,
  requests: 20,
  concurrency: 4,
  ...over,
});

let server: RunningServer;
let count = 0;
let inFlight = 0;
let peak = 0;
const closers: Array<() => Promise<void>> = [];

beforeAll(async () => {
  server = await startHttpServer((req, res) => {
    count += 1;
    inFlight += 1;
    peak = Math.max(peak, inFlight);
    setTimeout(() => {
      inFlight -= 1;
      res.writeHead(req.url === '/missing' ? 404 : 200).end('ok');
    }, 3);
  });
  closers.push(server.close);
});

afterAll(async () => {
  await Promise.all(closers.map((c) => c()));
  await cleanupCertificates();
});

describe('the parser warm-up', () => {
  // First in this file: the measurement made on this thread below warms the parser too.
  it('parses its canned answers once per process and sends nothing', () => {
    const first = warmResponseParser();
    expect(first).toBeGreaterThan(0);
    // Four answers per pass: two 200s, a 103 and a 204.
    expect(first % 4).toBe(0);
    expect(warmResponseParser()).toBe(0);
  });
});

describe('the latency worker script', () => {
  it('is found beside the action bundle and beside the CLI bundle, and not from elsewhere', () => {
    expect(existsSync(WORKER)).toBe(true);
    expect(latencyWorkerScript(path.join(PROJECT_ROOT, 'dist'))).toBe(WORKER);
    expect(latencyWorkerScript(path.join(PROJECT_ROOT, 'dist/cli'))).toBe(WORKER);
    expect(latencyWorkerScript(path.join(PROJECT_ROOT, 'src/checks/net'))).toBeUndefined();
    expect(latencyWorkerScript(os.tmpdir())).toBeUndefined();
  });
});

describe('a measurement on the worker thread', () => {
  it('sends the warm-up and then the timed requests, at most `concurrency` at once, and returns the timed ones', async () => {
    count = 0;
    peak = 0;
    const samples = await measure(run(`${server.url}/`, { warmup: 3 }));
    expect(count).toBe(23);
    expect(peak).toBeLessThanOrEqual(4);
    expect(samples).toHaveLength(20);
    for (const s of samples ?? []) {
      expect(s.status).toBe(200);
      expect(s.ms).toBeGreaterThanOrEqual(2);
    }
  });

  it('returns statuses as they came, for the kind to judge', async () => {
    const samples = await measure(run(`${server.url}/missing`, { requests: 3 }));
    expect(samples?.map((s) => s.status)).toEqual([404, 404, 404]);
  });

  it('speaks HTTPS with the given authority', async () => {
    const { ca, leaf } = await localhostCertificate();
    const secure = await startHttpsServer((_req, res) => res.end('secure'), leaf);
    closers.push(secure.close);
    const trusted = await measure(run(`${secure.url}/`, { requests: 4 }, { ca: [ca.cert] }));
    const untrusted = await measure(run(`${secure.url}/`, { requests: 1 }));
    expect(trusted?.map((s) => s.status)).toEqual([200, 200, 200, 200]);
    expect(untrusted?.[0]?.error).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('says when the headers cannot be written as they stand (the kind then takes the full client)', async () => {
    const samples = await measure(run(`${server.url}/`, {}, { headers: { 'x-a': 'one\r\nInjected: yes' } }));
    expect(samples).toBeUndefined();
  });

  it('ends the worker when the signal fires, with no samples', async () => {
    const silent = net.createServer((socket) => socket.on('error', () => undefined));
    const sockets = new Set<net.Socket>();
    silent.on('connection', (s) => sockets.add(s));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    closers.push(
      () =>
        new Promise((done) => {
          for (const s of sockets) s.destroy();
          silent.close(() => done());
        }),
    );
    const controller = new AbortController();
    const port = (silent.address() as AddressInfo).port;
    const pending = measure(run(`http://127.0.0.1:${port}/`), controller.signal);
    setTimeout(() => controller.abort(), 100);
    expect(await pending).toEqual([]);
    const already = new AbortController();
    already.abort();
    expect(await measure(run(`${server.url}/`), already.signal)).toEqual([]);
  });
});

describe('a latency thread', () => {
  it('makes one measurement, and a thread closed first says so rather than waiting', async () => {
    const thread = latencyThread(WORKER);
    thread.close();
    await expect(thread.measure(run(`${server.url}/`), new AbortController().signal)).rejects.toThrow(
      /exited/,
    );
  });

  it('measures on this thread when there is no bundled worker (from the sources)', async () => {
    count = 0;
    const samples = await latencyThread(undefined).measure(
      run(`${server.url}/`, { requests: 5, warmup: 2 }),
      new AbortController().signal,
    );
    expect(count).toBe(7);
    expect(samples?.map((s) => s.status)).toEqual([200, 200, 200, 200, 200]);
  });
});
