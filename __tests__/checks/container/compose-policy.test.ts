import { afterAll, describe, expect, it } from '@jest/globals';
import { buildDockerfile } from '../../../src/checks/container/compose-model.js';
import { defaultPassword } from '../../../src/checks/container/compose-rules.js';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { runKind } from '../run-kind.js';

const kind = defaultRegistry.get('compose.policy')!;
afterAll(cleanupRepos);

const GOOD = `services:
  api:
    build: ./api
    restart: unless-stopped
    environment:
      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db/app
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:3000/health"]
  db:
    image: postgres:16
    restart: always
    environment:
      - POSTGRES_PASSWORD=\${POSTGRES_PASSWORD:?set it}
    healthcheck:
      test: ["CMD-SHELL", "pg_isready"]
`;

const BAD = `x-common: &common
  restart: always
services:
  db:
    image: postgres:16
    restart: "no"
    environment:
      - POSTGRES_USER=app
      - POSTGRES_PASSWORD=postgres
  mysql:
    <<: *common
    image: mysql:8
    environment:
      MYSQL_ROOT_PASSWORD: example
      MYSQL_PASSWORD: \${MYSQL_PASSWORD:-changeme}
      MYSQL_DATABASE: app
    healthcheck:
      disable: true
  cache:
    image: redis:7
    deploy:
      restart_policy:
        condition: on-failure
    healthcheck:
      test: ["CMD", "redis-cli", "ping"]
`;

describe('compose.policy', () => {
  it('passes services with healthchecks, restart policies and interpolated passwords', async () => {
    const repo = await makeRepo({ 'compose.yml': GOOD });
    const outcome = await runKind(kind, {}, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({
      files: {
        'compose.yml': {
          services: [
            { name: 'api', healthcheck: true, restart: 'unless-stopped', failed: [] },
            { name: 'db', healthcheck: true, restart: 'always', failed: [] },
          ],
        },
      },
    });
  });

  it('reports each problem at its line in both environment forms, never showing a password', async () => {
    const repo = await makeRepo({ 'deploy/docker-compose.prod.yml': BAD });
    const outcome = await runKind(kind, {}, repo.context());
    expect(outcome.status).toBe('fail');
    const file = 'deploy/docker-compose.prod.yml';
    expect(outcome.findings).toEqual([
      { file, line: 4, col: 3, message: 'service db: no healthcheck, so a hung container counts as up' },
      { file, line: 6, col: 14, message: 'service db: restart is "no", so a crashed container stays down' },
      {
        file,
        line: 9,
        col: 9,
        message:
          'service db: POSTGRES_PASSWORD is a default or placeholder password (it is a common default)',
      },
      { file, line: 10, col: 3, message: 'service mysql: its healthcheck is disabled' },
      {
        file,
        line: 14,
        col: 7,
        message:
          "service mysql: MYSQL_ROOT_PASSWORD is a default or placeholder password (it contains the placeholder word 'example')",
      },
      {
        file,
        line: 15,
        col: 7,
        message:
          "service mysql: MYSQL_PASSWORD is a default or placeholder password (the fallback of the interpolation: it contains the placeholder word 'changeme')",
      },
    ]);
    const json = JSON.stringify(outcome);
    expect(json).not.toMatch(/=postgres|: example|-changeme/);
  });

  it('can accept a HEALTHCHECK in the Dockerfile a service builds from', async () => {
    const repo = await makeRepo({
      'compose.yaml':
        'services:\n  web:\n    build:\n      context: web\n      dockerfile: Dockerfile.prod\n    restart: always\n',
      'web/Dockerfile.prod': 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
    });
    expect((await runKind(kind, {}, repo.context())).status).toBe('fail');
    expect((await runKind(kind, { 'healthcheck-in-dockerfile': true }, repo.context())).status).toBe('pass');
    expect((await runKind(kind, { healthcheck: false }, repo.context())).status).toBe('pass');
  });

  it('reports unreadable files and a repository without compose files', async () => {
    const broken = await makeRepo({
      'compose.yml': 'services:\n  a: [\n',
      'docker-compose.yml': 'version: "3"\n',
    });
    const outcome = await runKind(kind, {}, broken.context());
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence?.unreadable).toEqual(['compose.yml', 'docker-compose.yml']);
    expect(outcome.findings?.[1]).toEqual({
      file: 'docker-compose.yml',
      line: 1,
      col: 1,
      message: 'no `services` map: this is not a compose file',
    });
    const none = await makeRepo({ 'README.md': '# x\n' });
    expect((await runKind(kind, {}, none.context())).summary).toMatch(
      /^no compose file matches \*\*\/compose\.yml/,
    );
  });

  it('knows default passwords and where build contexts point', () => {
    expect(defaultPassword('POSTGRES_PASSWORD', 'postgres')).toBeDefined();
    expect(defaultPassword('MYSQL_ROOT_PASSWORD', 'root')).toBeDefined();
    expect(defaultPassword('MYSQL_ROOT_PASSWORD', 'password')).toBeDefined();
    expect(defaultPassword('POSTGRES_PASSWORD', 'Zq8vN3xR7tLp2KmW')).toBeUndefined();
    expect(defaultPassword('POSTGRES_PASSWORD', '${POSTGRES_PASSWORD}')).toBeUndefined();
    expect(defaultPassword('POSTGRES_USER', 'postgres')).toBeUndefined();
    expect(buildDockerfile('deploy/compose.yml', '../api')).toBe('api/Dockerfile');
    expect(buildDockerfile('compose.yml', { context: '.', dockerfile: 'docker/Dockerfile' })).toBe(
      'docker/Dockerfile',
    );
    expect(buildDockerfile('compose.yml', 'https://github.com/o/r.git#main')).toBeUndefined();
    expect(buildDockerfile('compose.yml', '../outside')).toBeUndefined();
  });
});
