import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { loadDefinition, runCheck } from '../../src/pipeline/check.js';
import { listBuiltins } from '../../src/io/files.js';
import { allItems } from '../../src/definition/model.js';
import { demoRepo } from '../helpers/demo-repo.js';
import {
  cleanupCertificates,
  localhostCertificate,
  startHttpServer,
  startHttpsServer,
  type RunningServer,
} from '../helpers/servers.js';

const PAGE = '<!doctype html><html><head><title>demo</title></head><body><img src="/logo.png"></body></html>';
const SECURE_HEADERS: Record<string, string> = {
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'content-security-policy': "default-src 'self'; frame-ancestors 'none'; object-src 'none'",
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'ratelimit-policy': '100;w=60',
};

/** The demo service as deployed: /health answers ok, / is a page with good security headers. */
function handler(req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, SECURE_HEADERS);
    res.end();
    return;
  }
  if (req.url === '/health') {
    res.writeHead(200, { ...SECURE_HEADERS, 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  res.writeHead(200, { ...SECURE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
  res.end(PAGE);
}

const ENV = {
  NODE_ENV: 'production',
  JWT_SECRET: 'Zq8vN3xLr5Tw9yBc2Hf6kM4pQ7sD1gJ0',
  PATH: process.env.PATH,
};

describe('built-in checklists', () => {
  let http1: RunningServer;
  let https1: RunningServer;
  let repo: ReturnType<typeof demoRepo>;
  beforeAll(async () => {
    http1 = await startHttpServer(handler);
    const { ca, leaf } = await localhostCertificate();
    https1 = await startHttpsServer(handler, { cert: leaf.cert, key: leaf.key });
    repo = demoRepo({ 'ca.pem': ca.cert });
  });
  afterAll(async () => {
    await Promise.all([http1.close(), https1.close()]);
    repo.remove();
    await cleanupCertificates();
  });

  /** Runs a file that extends the built-in against the demo repository: item id → "status: summary". */
  async function run(name: string, target: string, extra = '') {
    const file = `.github/${name}.yml`;
    writeFileSync(path.join(repo.dir, file), `id: t-${name}\nextends: ${name}\n${extra}`);
    const result = await runCheck({
      checklist: file,
      cwd: repo.dir,
      repoDir: repo.dir,
      env: ENV,
      targets: { api: target },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    return Object.fromEntries(result.report.items.map((i) => [i.id, i.status]));
  }

  test.each([...listBuiltins().keys()])('%s validates with the real loader', (name) => {
    const loaded = loadDefinition({
      checklist: `builtin:${name}`,
      env: {},
      targets: { api: 'https://example.invalid' },
    });
    expect(loaded.ok && allItems(loaded.checklist).length).toBeGreaterThan(0);
  });

  test('security-headers: every sub-test but HSTS passes over plain HTTP; CORS refuses a foreign origin', async () => {
    expect(await run('security-headers', http1.url)).toEqual({
      hsts: 'fail', // browsers ignore HSTS over plain HTTP
      csp: 'pass',
      'framing-protection': 'pass',
      nosniff: 'pass',
      'cookies-secure': 'pass',
      'cors-restricted': 'pass',
    });
    expect(
      (
        await run(
          'security-headers',
          https1.url,
          'override:\n  hsts:\n    check: { kind: http.security-headers, target: api, require: [hsts], ca-file: ca.pem }\n',
        )
      ).hsts,
    ).toBe('pass');
  });

  test('tls: a trusted HTTPS server passes; plain HTTP without a redirect fails', async () => {
    const port = Number(new URL(http1.url).port);
    const extra = [
      'override:',
      '  tls-certificate-valid: { check: { kind: tls.certificate, target: api, ca-file: ca.pem } }',
      '  no-mixed-content: { check: { kind: http.mixed-content, target: api, ca-file: ca.pem } }',
      `  https-redirect: { check: { kind: http.https-redirect, target: api, http-port: ${port}, ca-file: ca.pem } }`,
    ].join('\n');
    expect(await run('tls', https1.url, extra)).toEqual({
      'tls-certificate-valid': 'pass',
      'https-redirect': 'fail',
      'no-mixed-content': 'pass',
      'dns-resolves': 'pass',
    });
    const plain = await run('tls', http1.url);
    expect(plain['tls-certificate-valid']).toBe('error'); // not an https URL
  });

  test('docker: the demo image runs as root and has no health check, but its base image is pinned', async () => {
    expect(await run('docker', http1.url)).toEqual({
      'docker-non-root': 'fail',
      'docker-healthcheck': 'fail',
      'docker-pinned-base': 'pass',
      'docker-no-secrets': 'pass',
      'multi-stage-builds': 'fail',
      'compose-verified': 'skipped', // no compose file: nothing to verify
      'dockerfiles-tested': 'manual',
    });
  });

  test('node-service: tests pass and /health answers; the committed .env and its placeholder fail', async () => {
    expect(await run('node-service', http1.url)).toEqual({
      'test-script': 'pass',
      'tests-pass': 'pass',
      'typescript-compiles': 'pass',
      'no-console-log': 'fail',
      'lockfile-committed': 'fail',
      'node-engine-pinned': 'fail',
      'env-not-committed': 'fail',
      'env-documented': 'fail', // PORT is read but not in .env.example
      'no-placeholder-values': 'fail',
      'node-env-production': 'pass',
      'no-hardcoded-secrets': 'pass',
      'health-endpoint': 'pass',
    });
  });

  test('release-hygiene: the pull request kinds say they need the action', async () => {
    expect(Object.values(await run('release-hygiene', http1.url))).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  test('production-web-service keeps deployment, verification, the first day and the sign-off after the deploy', async () => {
    const loaded = loadDefinition({
      checklist: 'builtin:production-web-service',
      env: ENV,
      targets: { api: 'https://x.example' },
    });
    if (!loaded.ok) throw new Error('does not load');
    const after = allItems(loaded.checklist)
      .filter((i) => i.phase === 'after-deploy')
      .map((i) => i.id);
    expect(after).toEqual([
      'release-sign-off', // the release section merges with release-hygiene's, which comes first
      'migrations-run',
      'services-deployed',
      'production-health',
      'production-stable',
      'smoke-tests',
      'core-api',
      'realtime',
      'integrations',
      'file-uploads',
      'first-day-watch',
    ]);
    expect(allItems(loaded.checklist).find((i) => i.id === 'production-stable')?.holdForMs).toBe(86_400_000);
    expect(loaded.checklist.rollback).toBe('rollback');
  });

  test('production-web-service: every focused built-in plus its own items', async () => {
    const statuses = await run('production-web-service', http1.url);
    expect(Object.keys(statuses)).toHaveLength(85);
    expect(statuses).toMatchObject({
      'jwt-secret-strong': 'pass',
      'encryption-key-length': 'skipped', // neither set nor read: judged only when used
      'rate-limiting': 'pass',
      'api-latency': 'pass',
      'health-endpoint': 'pass',
      'docker-non-root': 'fail',
      'code-reviewed': 'error',
      'rollback-plan': 'manual',
      'production-health': 'pass', // the CLI checks every phase; the action, after-deploy ones on the deployment
    });
    const weak = await runCheck({
      checklist: '.github/production-web-service.yml',
      cwd: repo.dir,
      repoDir: repo.dir,
      env: { ...ENV, JWT_SECRET: 'changeme', ENCRYPTION_KEY: 'short' },
      targets: { api: http1.url },
    });
    if (!weak.ok) throw new Error('does not load');
    const status = (id: string) => weak.report.items.find((i) => i.id === id)?.status;
    expect([status('jwt-secret-strong'), status('encryption-key-length')]).toEqual(['fail', 'fail']);
  });
});
