/**
 * The bundled action on GitHub Enterprise Server and behind a proxy: the GitHub API double laid out as GHES
 * (REST under /api/v3, GraphQL at /api/graphql), reached directly, through a recording proxy on loopback,
 * or around it by NO_PROXY. Every proxy variable a run sees is set here explicitly (the runner's own
 * environment is not inherited), and the proxy and every server are on 127.0.0.1.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { startRecordingProxy, type RecordingProxy } from '../helpers/recording-proxy.js';
import { lastStatus, makeWorld, type World } from '../gate-e2e/world.js';

const GUARD = `--require "${path.join(PROJECT_ROOT, '__tests__/helpers/loopback-guard.cjs')}"`;
const SERVER_URL = 'https://github.acme.example';

let world: World | undefined;
let proxy: RecordingProxy | undefined;

afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  await proxy?.close();
  world = undefined;
  proxy = undefined;
});

/** Every URL in a Markdown body: link targets and bare addresses. */
function urlsIn(body: string): string[] {
  return [...body.matchAll(/https?:\/\/[^\s)<>"'\]]+/g)].map((m) => m[0]);
}

async function fullGate(w: World): Promise<void> {
  const first = await w.prRun('opened');
  expect(first.code).toBe(0);
  expect(lastStatus(w)?.state).toBe('pending');
  expect((await w.tick('maya', 'rollback', true))?.code).toBe(0);
  const last = await w.tick('alice', 'smoke', true);
  expect(last?.code).toBe(0);
  expect(lastStatus(w)?.state).toBe('success');
  expect(w.gateComments()[0]?.body).toContain('#### Sign-off');
}

describe('GitHub Enterprise Server', () => {
  test('REST at /api/v3 and GraphQL at /api/graphql: a full gate run, every link on GITHUB_SERVER_URL', async () => {
    world = await makeWorld({ bundle: true, double: { enterprise: { webUrl: SERVER_URL } } });
    const w = world;
    const port = new URL(w.double.url).port;
    expect(w.double.url).toBe(`http://127.0.0.1:${port}/api/v3`);
    expect(w.double.graphqlUrl).toBe(`http://127.0.0.1:${port}/api/graphql`);
    await fullGate(w);
    // The double answers only under the GHES paths (anything else is a violation, checked after each test).
    expect(w.double.count({ route: 'graphql' })).toBeGreaterThan(0);
    expect(w.double.requests.filter((r) => r.route !== 'graphql').length).toBeGreaterThan(0);
    const body = w.gateComments()[0]?.body ?? '';
    const links = urlsIn(body);
    expect(links.length).toBeGreaterThanOrEqual(2); // the head commit, and the sign-off's commit
    for (const link of links) expect(link.startsWith(`${SERVER_URL}/acme/shop/`)).toBe(true);
    expect(body).toContain(`](${SERVER_URL}/acme/shop/commit/${w.headSha})`);
    const statuses = w.double.statuses(w.headSha) as Array<{ context: string; target_url: string | null }>;
    const ours = statuses.filter((s) => s.context === 'preflight');
    expect(ours.length).toBeGreaterThan(0);
    for (const s of ours)
      expect(s.target_url?.startsWith(`${SERVER_URL}/acme/shop/pull/7#issuecomment-`)).toBe(true);
  });

  test('without GITHUB_GRAPHQL_URL the GraphQL endpoint is derived from /api/v3', async () => {
    world = await makeWorld({
      bundle: true,
      double: { enterprise: { webUrl: SERVER_URL } },
      env: () => ({ GITHUB_GRAPHQL_URL: '' }),
    });
    const run = await world.prRun('opened');
    expect(run.code).toBe(0);
    expect(world.double.count({ route: 'graphql' })).toBeGreaterThan(0);
    expect(lastStatus(world)?.state).toBe('pending');
  });
});

describe('behind a proxy', () => {
  /** The double calls itself ghe.preflight.test: only the proxy can reach that name. */
  async function proxiedWorld(env: (proxyUrl: string) => Record<string, string>): Promise<World> {
    proxy = await startRecordingProxy();
    const p = proxy;
    world = await makeWorld({
      bundle: true,
      double: { enterprise: { host: 'ghe.preflight.test', webUrl: SERVER_URL } },
      env: () => ({ NODE_OPTIONS: GUARD, ...env(p.url) }),
    });
    return world;
  }

  test('HTTPS_PROXY / HTTP_PROXY: every API call goes through the proxy', async () => {
    const w = await proxiedWorld((url) => ({ HTTPS_PROXY: url, HTTP_PROXY: url, NO_PROXY: 'localhost' }));
    const authority = new URL(w.double.url).host;
    expect(authority).toMatch(/^ghe\.preflight\.test:\d+$/);
    const first = await w.prRun('opened');
    expect(first.stderr).not.toContain('loopback guard');
    expect(first.code).toBe(0);
    expect(lastStatus(w)?.state).toBe('pending');
    const tick = await w.tick('maya', 'rollback', true);
    expect(tick?.code).toBe(0);
    expect(tick?.stderr).not.toContain('loopback guard');
    const seen = proxy?.seen ?? [];
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) expect(s).toMatchObject({ authority, carried: true });
    expect(seen.some((s) => s.kind === 'connect' || s.kind === 'absolute')).toBe(true);
    expect(w.double.requests.length).toBeGreaterThan(seen.length - 1);
  });

  test('NO_PROXY: the API host is reached directly and the proxy sees nothing', async () => {
    const w = await proxiedWorld((url) => ({
      HTTPS_PROXY: url,
      HTTP_PROXY: url,
      NO_PROXY: 'localhost,.preflight.test',
      PREFLIGHT_TEST_HOSTS: 'ghe.preflight.test=127.0.0.1',
    }));
    const run = await w.prRun('opened');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('loopback guard');
    expect(lastStatus(w)?.state).toBe('pending');
    expect(w.double.requests.length).toBeGreaterThan(0);
    expect(proxy?.seen).toEqual([]);
  });

  test('without a proxy variable the name cannot be reached, and the run says why', async () => {
    const w = await proxiedWorld(() => ({ NO_PROXY: 'localhost' }));
    const run = await w.prRun('opened');
    expect(run.stderr).toContain('loopback guard: refused a lookup of ghe.preflight.test');
    expect(w.double.requests).toEqual([]);
    expect(run.stdout).toMatch(/::error::.*ghe\.preflight\.test/);
  });
});
