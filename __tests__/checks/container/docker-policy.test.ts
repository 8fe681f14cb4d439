import { afterAll, describe, expect, it } from '@jest/globals';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { runKind } from '../run-kind.js';

const kind = defaultRegistry.get('docker.policy')!;
afterAll(cleanupRepos);

const GOOD = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=22.11.0
FROM node:\${NODE_VERSION}-alpine AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM node:\${NODE_VERSION}-alpine
WORKDIR /app
COPY --from=build /app/dist ./dist
USER node
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1
CMD ["node", "dist/server.js"]
`;

const BAD = `FROM node:latest
ENV JWT_SECRET=eyJhbGciOiJIUzI1NiJ9-not-for-images
COPY . .
CMD ["node", "server.js"]
`;

describe('docker.policy', () => {
  it('passes a multi-stage, pinned, non-root Dockerfile with a healthcheck', async () => {
    const repo = await makeRepo({ Dockerfile: GOOD });
    const outcome = await runKind(kind, { 'multi-stage': true }, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence?.files).toEqual({
      Dockerfile: {
        stages: 2,
        finalUser: 'node',
        healthcheck: true,
        baseImages: ['node:22.11.0-alpine', 'node:22.11.0-alpine'],
        failed: [],
      },
    });
  });

  it('lists every problem at file:line:col and never shows the secret', async () => {
    const repo = await makeRepo({ 'services/api/Dockerfile': BAD, 'services/web/Dockerfile': GOOD });
    const outcome = await runKind(kind, {}, repo.context());
    expect(outcome.status).toBe('fail');
    const file = 'services/api/Dockerfile';
    expect(outcome.findings).toEqual([
      { file, line: 1, col: 1, message: 'base image node:latest uses the latest tag: pin a version' },
      {
        file,
        line: 1,
        col: 1,
        message: 'the final stage sets no USER, so it runs as the base image user (root for most images)',
      },
      { file, line: 1, col: 1, message: 'the final stage has no HEALTHCHECK' },
      {
        file,
        line: 2,
        col: 5,
        message:
          'ENV JWT_SECRET holds a literal value (35 bytes) that stays in the image: pass it at run time or as a build secret',
      },
    ]);
    expect(outcome.summary).toMatch(/^4 problems in 1 Dockerfile: services\/api\/Dockerfile:1 /);
    expect(JSON.stringify(outcome)).not.toContain('eyJhbGciOiJIUzI1NiJ9');
  });

  it('turns rules off one by one', async () => {
    const repo = await makeRepo({ Dockerfile: BAD });
    const off = { 'non-root': false, healthcheck: false, pinned: false, 'no-secrets': false };
    expect((await runKind(kind, off, repo.context())).status).toBe('pass');
    const digest = await runKind(kind, { ...off, 'require-digest': true }, repo.context());
    expect(digest.findings?.map((f) => f.message)).toEqual([
      'base image node:latest is not pinned by digest (@sha256:…)',
    ]);
  });

  it('can accept the healthcheck of the compose service that builds the Dockerfile', async () => {
    const dockerfile = 'FROM nginx:1.27\nUSER nginx\n';
    const repo = await makeRepo({
      'web/Dockerfile': dockerfile,
      'docker-compose.yml':
        'services:\n  web:\n    build: ./web\n    healthcheck:\n      test: ["CMD", "curl", "-f", "http://localhost/"]\n',
    });
    expect((await runKind(kind, {}, repo.context())).findings?.map((f) => f.message)).toEqual([
      'the final stage has no HEALTHCHECK',
    ]);
    expect((await runKind(kind, { 'healthcheck-in-compose': true }, repo.context())).status).toBe('pass');
  });

  it('honours files and exclude, and fails when nothing matches', async () => {
    const repo = await makeRepo({ 'docker/app.Dockerfile': BAD, 'vendor/x/Dockerfile': BAD });
    const scoped = await runKind(kind, { files: ['docker/*.Dockerfile'] }, repo.context());
    expect(Object.keys(scoped.evidence?.files as object)).toEqual(['docker/app.Dockerfile']);
    const excluded = await runKind(kind, { exclude: ['vendor/**'] }, repo.context());
    expect(Object.keys(excluded.evidence?.files as object)).toEqual(['docker/app.Dockerfile']);
    const none = await runKind(kind, { files: ['nothing/Dockerfile'] }, repo.context());
    expect(none).toMatchObject({ status: 'fail', summary: 'no Dockerfile matches nothing/Dockerfile' });
  });
});
