import { afterAll, describe, expect, it } from '@jest/globals';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { paramProblems, runKind } from '../run-kind.js';

const kind = defaultRegistry.get('env.policy')!;
afterAll(cleanupRepos);

const JWT = 'Vq3xN8rT2mK7pL0sD5fG9hJ4wZ6cB1yE';
const REFRESH = 'aP7kR2nX9vM4tQ8sL3dF6gH1jW5zC0bY';
const WEAK = 'CHANGE_THIS_jwt_secret';

describe('env.policy', () => {
  it('passes on a good environment and registers every value it read', async () => {
    const repo = await makeRepo({ 'README.md': '# app\n' });
    const registered: string[] = [];
    const outcome = await runKind(
      kind,
      {
        variables: {
          JWT_SECRET: { 'jwt-alg': 'HS256', 'distinct-from': 'JWT_REFRESH_SECRET' },
          JWT_REFRESH_SECRET: { 'min-bytes': 32 },
          NODE_ENV: { equals: 'production' },
          DATABASE_URL: { 'url-host': 'db.example.net' },
        },
      },
      repo.context({
        env: {
          JWT_SECRET: JWT,
          JWT_REFRESH_SECRET: REFRESH,
          NODE_ENV: 'production',
          DATABASE_URL: 'postgres://app:pw@db.example.net:5432/app',
        },
        registerSecret: (v) => registered.push(v),
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      '4 variables meet their rules: JWT_SECRET, JWT_REFRESH_SECRET, NODE_ENV, DATABASE_URL',
    );
    expect(registered).toEqual(expect.arrayContaining([JWT, REFRESH, 'production']));
    expect((outcome.evidence?.variables as Record<string, unknown>).JWT_SECRET).toMatchObject({
      present: true,
      source: 'env',
      length: 32,
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
      failed: [],
    });
    expect(JSON.stringify(outcome)).not.toContain(JWT);
    expect(JSON.stringify(outcome)).not.toContain('db.example.net:5432');
  });

  it('fails a weak, reused or missing secret without ever showing a value', async () => {
    const repo = await makeRepo({ 'README.md': '# app\n' });
    const registered: string[] = [];
    const outcome = await runKind(
      kind,
      {
        variables: {
          JWT_SECRET: { 'min-bytes': 32, 'distinct-from': ['JWT_REFRESH_SECRET'] },
          JWT_REFRESH_SECRET: {},
          ENCRYPTION_KEY: { 'exact-bytes': 32, encoding: 'base64' },
          NODE_ENV: { equals: 'production' },
        },
      },
      repo.context({
        env: { JWT_SECRET: WEAK, JWT_REFRESH_SECRET: WEAK, NODE_ENV: 'staging' },
        registerSecret: (v) => registered.push(v),
      }),
    );
    expect(outcome.status).toBe('fail');
    const json = JSON.stringify(outcome);
    expect(json).not.toContain(WEAK);
    expect(json).not.toContain('staging');
    expect(registered).toContain(WEAK);
    expect(registered).toContain('staging');
    const vars = outcome.evidence?.variables as Record<string, { failed: string[] }>;
    expect(vars.JWT_SECRET?.failed).toEqual(['min-bytes', 'distinct-from', 'not-placeholder']);
    expect(vars.ENCRYPTION_KEY).toMatchObject({ present: false, failed: ['required'] });
    expect(vars.NODE_ENV?.failed).toEqual(['equals']);
    expect(outcome.summary).toMatch(/^6 problems: JWT_SECRET has 22 bytes, fewer than 32, /);
  });

  it('reads env files with dotenv, later files overriding, and points findings at the line', async () => {
    const repo = await makeRepo({
      '.env.defaults': 'JWT_SECRET=placeholder\nPORT=3000\n',
      'deploy/.env.production': `# production\nexport NODE_ENV=production\n  JWT_SECRET="${WEAK}"\nAPI_KEY=\n`,
    });
    const outcome = await runKind(
      kind,
      {
        files: ['.env.defaults', 'deploy/.env.production', 'missing.env'],
        variables: { JWT_SECRET: { 'jwt-alg': 'HS256' }, NODE_ENV: { equals: 'production' }, API_KEY: {} },
      },
      repo.context({ env: { NODE_ENV: 'development' } }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      {
        file: 'deploy/.env.production',
        line: 3,
        col: 3,
        message: 'JWT_SECRET has 22 bytes; HS256 needs at least 32 (RFC 7518 3.2)',
      },
      {
        file: 'deploy/.env.production',
        line: 3,
        col: 3,
        message: "JWT_SECRET looks like a placeholder: it contains the placeholder word 'changethis'",
      },
      { file: 'deploy/.env.production', line: 4, col: 1, message: 'API_KEY is set but empty' },
    ]);
    // use-env defaults to false with files: the job's NODE_ENV does not count.
    expect(outcome.evidence).toMatchObject({
      sources: ['.env.defaults', 'deploy/.env.production', 'missing.env'],
      missingFiles: ['missing.env'],
      variables: { NODE_ENV: { source: 'deploy/.env.production', failed: [] } },
    });
    expect(outcome.summary).toContain('missing.env does not exist');
    expect(JSON.stringify(outcome)).not.toContain(WEAK);
  });

  it('lets the environment win over files when use-env is on', async () => {
    const repo = await makeRepo({ '.env': 'NODE_ENV=development\n' });
    const outcome = await runKind(
      kind,
      { files: ['.env'], 'use-env': true, variables: { NODE_ENV: { equals: 'production' } } },
      repo.context({ env: { NODE_ENV: 'production' } }),
    );
    expect(outcome.status).toBe('pass');
  });

  it('rejects bad parameters with the field named', () => {
    expect(paramProblems(kind, { variables: {} })).toEqual(["'variables' must not be empty"]);
    expect(paramProblems(kind, { variables: { A: { 'jwt-alg': 'RS256' } } })[0]).toContain('jwt-alg');
    expect(paramProblems(kind, { variables: { UPSTREAM_ADDRESS: { secret: true } } })).toEqual([]);
    expect(paramProblems(kind, { variables: { A: { secret: 'yes' } } })[0]).toContain('secret');
    expect(paramProblems(kind, { variables: { A: { matches: '(' } } })).toEqual([
      'variables.A.matches: is not a valid regular expression: Unterminated group',
    ]);
    expect(paramProblems(kind, { variables: { A: { 'distinct-from': 'A' } } })).toEqual([
      'variables.A.distinct-from: names the variable itself',
    ]);
    expect(paramProblems(kind, { variables: { A: { 'jwt-alg': 'HS512', 'exact-bytes': 32 } } })).toEqual([
      'variables.A.exact-bytes: is below the minimum length',
    ]);
    expect(paramProblems(kind, { files: ['../secrets.env'], variables: { A: {} } })).toEqual([
      'files: ../secrets.env must stay inside the repository',
    ]);
  });
});
