import { afterAll, describe, expect, test } from '@jest/globals';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluateChecklist, loadDefinition } from '../../src/pipeline/check.js';
import type { ItemResult } from '../../src/engine/report.js';
import { cleanupRepos, makeRepo, type FileTree } from '../helpers/git-repo.js';

/**
 * Each class of false alarm (and miss) the built-in checklists showed on real open-source services,
 * reproduced as a small repository of our own, and judged by the built-in items as a local run does.
 */
afterAll(cleanupRepos);

async function judge(
  files: FileTree,
  ids: string[],
  options: {
    env?: Record<string, string>;
    localShell?: boolean;
    gitignore?: string;
    setup?: (dir: string) => Promise<void>;
  } = {},
): Promise<Record<string, ItemResult>> {
  const repo = await makeRepo(
    { ...files, 'preflight.yml': 'id: t\ntitle: T\nextends: [production-web-service]\n' },
    { gitignore: options.gitignore },
  );
  if (options.setup) await options.setup(repo.dir);
  const loaded = loadDefinition({ checklist: 'preflight.yml', cwd: repo.dir, env: {}, lenient: true });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.diagnostics));
  const checklist = {
    ...loaded.checklist,
    sections: loaded.checklist.sections
      .map((s) => ({ ...s, items: s.items.filter((i) => ids.includes(i.id)) }))
      .filter((s) => s.items.length > 0),
  };
  const report = await evaluateChecklist(checklist, {
    repoDir: repo.dir,
    env: options.env ?? {},
    lenient: true,
    envIsLocalShell: options.localShell ?? true,
  });
  return Object.fromEntries(report.items.map((i) => [i.id, i]));
}

const NODE_PKG = JSON.stringify({ name: 'svc', scripts: { test: 'jest' }, engines: { node: '>=22' } });

describe('no-console-log judges only code that ships', () => {
  test('comments, strings, templates, regular expressions, minified, vendored, build, bench and migration files do not count', async () => {
    const r = await judge(
      {
        'package.json': NODE_PKG,
        'src/server.js': [
          '// console.log("debug")',
          '/* console.log(x) */',
          'const example = "const x = 1;\\nconsole.log(x);";',
          'const t = `console.log(${example})`;',
          'const re = /console\\.log\\(/;',
          'export { example, t, re };',
          '',
        ].join('\n'),
        'static/libs/htmx.min.js': 'x;console.log(1);'.repeat(200),
        'public/vendor/lib.js': 'console.log("vendored")\n',
        'dist/app.js': `${'var a=1;'.repeat(300)}console.log(a)\n`,
        'build.js': 'console.log("building")\n',
        'bench/speed.mjs': 'console.log("fast")\n',
        'migrations/001-init.js': 'console.log("migrating")\n',
        'scripts/release.mjs': 'console.log("released")\n',
        '.yarn/releases/yarn-4.cjs': 'console.log("yarn")\n',
        'src/app.test.ts': 'console.log("in a test")\n',
        'src/long-line.js': `export const data = "${'x'.repeat(1500)}"; console.log(data);\n`,
      },
      ['no-console-log'],
    );
    expect(r['no-console-log']?.status).toBe('pass');
  });

  test('a real call in service code fails, at its line', async () => {
    const r = await judge(
      { 'package.json': NODE_PKG, 'src/server.ts': 'const s = "ok";\n  console.log(`ready ${s}`);\n' },
      ['no-console-log'],
    );
    expect(r['no-console-log']?.status).toBe('fail');
    expect(r['no-console-log']?.findings[0]).toMatchObject({ file: 'src/server.ts', line: 2, col: 3 });
  });
});

describe('env-not-committed', () => {
  test('.gitignore need not name .env.local in a repository that never uses it', async () => {
    const r = await judge({ 'package.json': NODE_PKG, 'src/a.js': 'export {};\n' }, ['env-not-committed'], {
      gitignore: 'node_modules/\n.env\n',
    });
    expect(r['env-not-committed']?.status).toBe('pass');
    expect(r['env-not-committed']?.summary).toMatch(/\.env\.local (is|are) never used/);
  });

  test('it must when a dependency loads it (Vite), or when the README says to create .env', async () => {
    const vite = await judge(
      { 'package.json': JSON.stringify({ name: 'web', devDependencies: { vite: '^7.0.0' } }) },
      ['env-not-committed'],
      { gitignore: '.env\n' },
    );
    expect(vite['env-not-committed']?.status).toBe('fail');
    expect(vite['env-not-committed']?.summary).toContain('.gitignore does not cover .env.local');
    const readme = await judge(
      { 'README.md': 'Copy .env.example to .env and fill it in.\n' },
      ['env-not-committed'],
      {
        gitignore: 'node_modules/\n',
      },
    );
    expect(readme['env-not-committed']?.status).toBe('fail');
    expect(readme['env-not-committed']?.summary).toContain('.gitignore does not cover .env');
  });

  test('a committed .env fails; .env.development, .env.test, licence sidecars and symlinks do not', async () => {
    const conventions = await judge(
      {
        '.env.development': 'PORT=3000\n',
        '.env.test': 'DATABASE_URL=postgres://localhost/test\n',
        'docker/.env.license': 'SPDX-License-Identifier: CC0-1.0\n',
      },
      ['env-not-committed'],
      {
        gitignore: '.env\n',
        setup: async (dir) => {
          await mkdir(path.join(dir, 'backend'), { recursive: true });
          await symlink('../.env', path.join(dir, 'backend/.env'));
          const { execFileSync } = await import('node:child_process');
          execFileSync('git', ['add', '-f', 'backend/.env'], { cwd: dir });
        },
      },
    );
    expect(conventions['env-not-committed']?.status).toBe('pass');
    const committed = await judge(
      { 'docker/.env': 'SESSION_SECRET=change_me_in_production\n' },
      ['env-not-committed'],
      {
        gitignore: 'node_modules/\n',
      },
    );
    expect(committed['env-not-committed']?.status).toBe('fail');
    expect(committed['env-not-committed']?.summary).toContain('docker/.env');
  });
});

describe('env-documented', () => {
  test.each(['.env.sample', '.example.env', 'env.example', '.env.template'])(
    '%s documents the variables',
    async (example) => {
      const r = await judge(
        {
          [example]: 'DATABASE_URL=\nPORT=3000\n',
          'src/db.js': 'export const url = process.env.DATABASE_URL;\n',
        },
        ['env-documented'],
      );
      expect(r['env-documented']?.status).toBe('pass');
    },
  );

  test("Vite's built-ins and variables read only by tests are not variables to document", async () => {
    const r = await judge(
      {
        '.env.example': 'VITE_API_URL=\n',
        'src/main.ts':
          'if (import.meta.env.DEV || import.meta.env.MODE === "x") console.info(import.meta.env.VITE_API_URL);\n',
        'src/main.test.ts': 'const db = process.env.TEST_DATABASE_URL;\n',
      },
      ['env-documented'],
    );
    expect(r['env-documented']?.status).toBe('pass');
  });

  test('a variable the code reads and no example lists fails, naming the example it looked in', async () => {
    const r = await judge(
      { '.example.env': 'PORT=3000\n', 'server/env.js': 'export const admins = process.env.ADMIN_EMAILS;\n' },
      ['env-documented'],
    );
    expect(r['env-documented']?.status).toBe('fail');
    expect(r['env-documented']?.summary).toBe('1 variable missing from .example.env: ADMIN_EMAILS');
  });
});

describe('placeholders', () => {
  test('example env files, translations and minified files hold placeholders on purpose', async () => {
    const r = await judge(
      {
        '.env.example': 'SESSION_SECRET=changeme\n',
        'config/app.env.sample': 'KEY=CHANGE_THIS\n',
        'locales/en.json': '{"example": "The password is: changeme"}\n',
        'static/zxcvbn.min.js': `var d="${'changeme '.repeat(200)}";\n`,
      },
      ['no-placeholder-values'],
    );
    expect(r['no-placeholder-values']?.status).toBe('pass');
  });

  test('a placeholder in shipped configuration fails (change_me, replace-me)', async () => {
    const r = await judge(
      {
        'docker/.env': 'HD_SESSION_SECRET="change_me_in_production"\n',
        'compose.yaml':
          'services:\n  app:\n    image: app:1\n    environment:\n      APP_SECRET: replace-me-with-a-random-string\n',
      },
      ['no-placeholder-values'],
    );
    expect(r['no-placeholder-values']?.status).toBe('fail');
    expect(r['no-placeholder-values']?.findings.map((f) => f.file).sort()).toEqual([
      'compose.yaml',
      'docker/.env',
    ]);
  });
});

describe('environment items judge what the repository uses and ships, never the local shell', () => {
  test('a variable nothing uses is skipped, whatever the shell holds', async () => {
    const r = await judge({ 'src/a.js': 'export {};\n' }, ['jwt-secret-strong', 'node-env-production'], {
      env: { JWT_SECRET: 'short', NODE_ENV: 'development' },
    });
    expect(r['jwt-secret-strong']).toMatchObject({
      status: 'skipped',
      summary: 'not used by the code or configuration: JWT_SECRET',
    });
    expect(r['node-env-production']?.status).toBe('skipped');
  });

  test('a secret the code reads but the repository does not set is left to the gate run', async () => {
    const r = await judge(
      { 'src/auth.js': 'export const s = process.env.JWT_SECRET;\n' },
      ['jwt-secret-strong'],
      {
        env: { JWT_SECRET: 'short' },
      },
    );
    expect(r['jwt-secret-strong']?.status).toBe('skipped');
    expect(r['jwt-secret-strong']?.summary).toContain('set outside the repository');
  });

  test('NODE_ENV=production set by the Dockerfile that ships passes; the shell is not read', async () => {
    const files = {
      'src/app.js': 'export const prod = process.env.NODE_ENV === "production";\n',
      Dockerfile: 'FROM node:24-alpine\nENV NODE_ENV=production\nUSER node\nCMD ["node", "src/app.js"]\n',
    };
    const r = await judge(files, ['node-env-production'], { env: { NODE_ENV: 'development' } });
    expect(r['node-env-production']?.status).toBe('pass');
    expect(r['node-env-production']?.evidence?.sources).toEqual(['deploy-config']);
  });

  test('an image that ships without NODE_ENV fails even when the local shell says production', async () => {
    const r = await judge(
      {
        'src/app.js': 'export const prod = process.env.NODE_ENV === "production";\n',
        Dockerfile: 'FROM node:24-alpine\nUSER node\nCMD ["node", "src/app.js"]\n',
      },
      ['node-env-production'],
      { env: { NODE_ENV: 'production' } },
    );
    expect(r['node-env-production']?.status).toBe('fail');
    // --use-env (localShell false) reads the shell as the deployment's environment.
    const used = await judge(
      {
        'src/app.js': 'export const prod = process.env.NODE_ENV === "production";\n',
        Dockerfile: 'FROM node:24-alpine\nUSER node\n',
      },
      ['node-env-production'],
      { env: { NODE_ENV: 'production' }, localShell: false },
    );
    expect(used['node-env-production']?.status).toBe('pass');
  });

  test('compose, the start script and a default in the code count as deploy configuration', async () => {
    const compose = await judge(
      {
        'src/app.js': 'process.env.NODE_ENV;\n',
        'docker-compose.yml':
          'services:\n  app:\n    build: .\n    environment:\n      NODE_ENV: development\n',
      },
      ['node-env-production'],
    );
    expect(compose['node-env-production']?.status).toBe('fail');
    const start = await judge(
      {
        'package.json': JSON.stringify({
          scripts: { start: 'cross-env NODE_ENV=production node src/app.js' },
        }),
        'src/app.js': 'process.env.NODE_ENV;\n',
      },
      ['node-env-production'],
    );
    expect(start['node-env-production']?.status).toBe('pass');
    const code = await judge(
      {
        'server/server.js': 'if (!process.env.NODE_ENV) {\n  process.env.NODE_ENV = "production";\n}\n',
        Dockerfile: 'FROM node:24\nUSER node\n',
      },
      ['node-env-production'],
    );
    expect(code['node-env-production']?.status).toBe('pass');
  });

  test('compose passwords: defaults and placeholders fail, interpolations are left to the deployment', async () => {
    const run = (value: string) =>
      judge(
        {
          'docker-compose.yml': `services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: ${value}\n`,
        },
        ['default-passwords-changed'],
      );
    expect((await run('pass'))['default-passwords-changed']?.status).toBe('fail');
    expect((await run('STRONG_DB_PASSWORD'))['default-passwords-changed']?.status).toBe('fail');
    expect((await run('REPLACE_WITH_LONG_SECRET'))['default-passwords-changed']?.status).toBe('fail');
    expect((await run('${DB_PASSWORD}'))['default-passwords-changed']?.status).toBe('skipped');
    expect((await run('kX93-vb2Q-77pz-Lm0e'))['default-passwords-changed']?.status).toBe('pass');
  });

  test('compose passwords: one equal to the user or database name fails, as does one the committed .env gives', async () => {
    const same = await judge(
      {
        'docker-compose.yml':
          'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_DB: shop\n      POSTGRES_USER: shop\n      POSTGRES_PASSWORD: shop\n',
      },
      ['default-passwords-changed'],
    );
    expect(same['default-passwords-changed']?.status).toBe('fail');
    expect(same['default-passwords-changed']?.summary).toContain(
      'POSTGRES_PASSWORD (docker-compose.yml) is the same as POSTGRES_DB',
    );
    const fromDotenv = (value: string) =>
      judge(
        {
          'deploy/docker-compose.yml':
            'services:\n  db:\n    image: postgres:17\n    environment:\n      POSTGRES_PASSWORD: "${DB_PASSWORD}"\n',
          'deploy/.env': `DB_PASSWORD="${value}"\n`,
        },
        ['default-passwords-changed'],
        { gitignore: 'node_modules/\n' },
      );
    const weak = (await fromDotenv('password'))['default-passwords-changed'];
    expect(weak?.status).toBe('fail');
    expect(JSON.stringify(weak)).toContain('deploy/.env');
    expect(JSON.stringify(weak)).not.toContain('"password"');
    expect((await fromDotenv('kX93-vb2Q-77pz-Lm0e'))['default-passwords-changed']?.status).toBe('pass');
  });
});

describe('docker items judge the image that ships', () => {
  test('a builder image (Dockerfile.base) is not judged; the shipping Dockerfile is', async () => {
    const r = await judge(
      {
        'Dockerfile.base': 'FROM node:24\nRUN npm ci\n',
        Dockerfile:
          'FROM node:24 AS build\nRUN npm ci\nFROM node:24-slim\nUSER node\nHEALTHCHECK CMD curl -f http://localhost/health\n',
        'test/radius.dockerfile': 'FROM freeradius/freeradius-server:latest\n',
      },
      ['docker-non-root', 'docker-healthcheck', 'docker-pinned-base', 'multi-stage-builds'],
    );
    for (const id of ['docker-non-root', 'docker-healthcheck', 'docker-pinned-base', 'multi-stage-builds'])
      expect(r[id]?.status).toBe('pass');
    expect(r['docker-non-root']?.evidence?.notShipped).toEqual(['Dockerfile.base', 'test/radius.dockerfile']);
  });

  test('the Dockerfile CI builds ships, wherever it lives, and the release target of several is judged', async () => {
    const r = await judge(
      {
        '.github/workflows/release.yml':
          'jobs:\n  image:\n    steps:\n      - run: docker build -f dev/build/Dockerfile -t acme/app .\n',
        'dev/build/Dockerfile': [
          'FROM node:24 AS release',
          'USER node',
          'HEALTHCHECK CMD node healthcheck.js',
          'FROM release AS upload-artifact',
          'USER root',
          '',
        ].join('\n'),
        'dev/containers/Dockerfile': 'FROM node:24\n',
      },
      ['docker-non-root', 'docker-healthcheck'],
    );
    expect(r['docker-non-root']?.status).toBe('pass');
    expect(r['docker-healthcheck']?.status).toBe('pass');
    expect(r['docker-non-root']?.summary).toBe('1 Dockerfile pass: dev/build/Dockerfile');
  });

  test('a distroless :nonroot base runs as non-root without USER', async () => {
    const r = await judge(
      {
        Dockerfile:
          'FROM golang:1.25 AS build\nFROM gcr.io/distroless/base-debian13:nonroot\nCOPY --from=build /app /app\n',
      },
      ['docker-non-root'],
    );
    expect(r['docker-non-root']?.status).toBe('pass');
  });

  test('no Dockerfile: the optional Docker items are skipped, the required ones say so', async () => {
    const r = await judge({ 'package.json': NODE_PKG }, [
      'multi-stage-builds',
      'compose-verified',
      'docker-non-root',
    ]);
    expect(r['multi-stage-builds']?.status).toBe('skipped');
    expect(r['compose-verified']?.status).toBe('skipped');
    expect(r['docker-non-root']?.status).toBe('fail');
  });
});

describe('compose-verified', () => {
  test('images without a tag or on :latest fail; pinned and ${TAG} images do not', async () => {
    const base = '    restart: unless-stopped\n    healthcheck: { test: ["CMD", "true"] }\n';
    const r = await judge(
      {
        'docker-compose.yml': `services:\n  db:\n    image: postgres\n${base}  cache:\n    image: redis:latest\n${base}  app:\n    image: acme/app:\${TAG}\n${base}  search:\n    image: meilisearch:v1.10\n${base}`,
      },
      ['compose-verified'],
    );
    expect(r['compose-verified']?.status).toBe('fail');
    expect(r['compose-verified']?.findings.map((f) => f.message)).toEqual([
      'service db: image postgres has no tag, so it means latest: pin a version',
      'service cache: image redis:latest moves: pin a version',
    ]);
  });

  test('development, test and example compose files are not judged', async () => {
    const r = await judge(
      {
        'docker-compose.dev.yml': 'services:\n  db:\n    image: postgres\n',
        '.devcontainer/docker-compose.yml': 'services:\n  app:\n    image: node\n',
        'examples/docker-compose.yml': 'services:\n  app:\n    image: app\n',
      },
      ['compose-verified'],
    );
    expect(r['compose-verified']?.status).toBe('skipped');
  });

  test('a service that pulls the image this repository builds gets its HEALTHCHECK', async () => {
    const r = await judge(
      {
        'package.json': JSON.stringify({
          scripts: { image: 'docker build -f docker/dockerfile -t acme/kuma:2 .' },
        }),
        'docker/dockerfile': 'FROM node:24\nHEALTHCHECK CMD node extra/healthcheck.js\n',
        'compose.yaml': 'services:\n  kuma:\n    image: acme/kuma:2\n    restart: unless-stopped\n',
      },
      ['compose-verified'],
    );
    expect(r['compose-verified']?.status).toBe('pass');
  });

  test('one image name built from a base, a builder and the release Dockerfile: the release one is judged', async () => {
    const r = await judge(
      {
        'package.json': JSON.stringify({
          scripts: {
            base: 'docker buildx build -f docker/base.dockerfile -t acme/kuma:base2 --target base2 . --push',
            builder: 'docker buildx build -f docker/builder-go.dockerfile -t acme/kuma:builder-go . --push',
            nightly: 'docker build -f docker/dockerfile -t acme/kuma:nightly2 --target nightly .',
          },
        }),
        'docker/base.dockerfile': 'FROM node:24 AS base2\n',
        'docker/builder-go.dockerfile': 'FROM golang:1.24\n',
        'docker/dockerfile': [
          'FROM acme/kuma:base2 AS release',
          'HEALTHCHECK CMD extra/healthcheck',
          'FROM release AS nightly',
          'FROM acme/kuma:base2 AS upload-artifact',
        ].join('\n'),
        // The published tag is computed by the release script: no line builds `acme/kuma:2` itself.
        'compose.yaml': 'services:\n  kuma:\n    image: acme/kuma:2\n    restart: unless-stopped\n',
      },
      ['compose-verified'],
    );
    expect(r['compose-verified']?.status).toBe('pass');
  });
});

describe('workspaces and other languages', () => {
  test('a test script in a workspace counts (npm, Yarn and pnpm)', async () => {
    const npm = await judge(
      {
        'package.json': JSON.stringify({ name: 'mono', workspaces: ['apps/*'] }),
        'apps/api/package.json': JSON.stringify({ name: 'api', scripts: { test: 'vitest' } }),
        'apps/web/package.json': JSON.stringify({ name: 'web' }),
      },
      ['test-script'],
    );
    expect(npm['test-script']?.status).toBe('pass');
    expect(npm['test-script']?.summary).toBe('scripts.test is set in 1 of 2 workspaces: apps/api');
    const pnpm = await judge(
      {
        'package.json': JSON.stringify({ name: 'mono' }),
        'pnpm-workspace.yaml': 'packages:\n  - "apps/*"\n',
        'apps/server/package.json': JSON.stringify({ name: 'server', scripts: { test: 'jest' } }),
      },
      ['test-script'],
    );
    expect(pnpm['test-script']?.status).toBe('pass');
    const none = await judge(
      {
        'package.json': JSON.stringify({ name: 'mono', workspaces: { packages: ['apps/*'] } }),
        'apps/a/package.json': '{}',
      },
      ['test-script'],
    );
    expect(none['test-script']?.status).toBe('fail');
  });

  test('the TypeScript check runs in each workspace with a tsconfig.json and names the one that fails', async () => {
    const tsc = (code: number, message: string) => `#!/bin/sh\necho "${message}" >&2\nexit ${code}\n`;
    const r = await judge(
      {
        'package.json': JSON.stringify({ name: 'mono', workspaces: ['packages/*'] }),
        'packages/ok/package.json': '{"name":"ok"}',
        'packages/ok/tsconfig.json': '{}',
        'packages/ok/node_modules/.bin/tsc': tsc(0, 'fine'),
        'packages/bad/package.json': '{"name":"bad"}',
        'packages/bad/tsconfig.json': '{}',
        'packages/bad/node_modules/.bin/tsc': tsc(
          2,
          "src/a.ts(1,7): error TS2322: Type 'string' is not assignable to type 'number'.",
        ),
      },
      ['typescript-compiles'],
      {
        setup: async (dir) => {
          for (const p of ['ok', 'bad'])
            await chmod(path.join(dir, `packages/${p}/node_modules/.bin/tsc`), 0o755);
          await writeFile(path.join(dir, '.gitignore'), '');
        },
      },
    );
    const item = r['typescript-compiles'];
    expect(item?.status).toBe('fail');
    expect(item?.summary).toContain('error TS2322');
    expect(String(item?.evidence?.tail)).toContain('tsc --noEmit -p packages/bad');
  });

  test('a Python or Go service is not judged by the Node.js items', async () => {
    const r = await judge(
      {
        'pyproject.toml': '[project]\nname = "svc"\n',
        'app/main.py': 'import os\nprint(os.environ["PORT"])\n',
      },
      ['test-script', 'lockfile-committed', 'node-engine-pinned', 'tests-pass'],
    );
    expect(r['test-script']?.status).toBe('skipped');
    expect(r['lockfile-committed']?.status).toBe('skipped');
    expect(r['node-engine-pinned']?.status).toBe('skipped');
    expect(r['tests-pass']?.status).toBe('pass');
    expect(r['tests-pass']?.evidence?.tail).toBe('no package.json: not a Node.js project');
  });
});
