import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { COMMANDS } from '../../src/cli/help.js';
import { githubRepoOf, withActionRepo } from '../../src/init/action-ref.js';
import { WORKFLOW } from '../../src/init/workflow.js';
import { errorLines } from '../../src/checks/repo/command.js';
import type { Report } from '../../src/engine/report.js';
import { trackedFilesSync } from '../../src/io/tracked-sync.js';
import { fakeIo } from '../helpers/cli-io.js';
import { cleanupRepos, makeRepo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

/** A small clean service: what a newcomer has before running `preflight init`. */
const SERVICE = {
  'package.json': JSON.stringify({
    name: 'svc',
    version: '1.0.0',
    scripts: { test: 'node -e "process.exit(0)"' },
    engines: { node: '>=22' },
  }),
  'package-lock.json': '{"lockfileVersion":3}',
  'src/server.js': 'const port = process.env.PORT || 3000;\nexport default port;\n',
  '.env.example': 'PORT=3000\n',
};

function report(text: string): Report {
  return JSON.parse(text) as Report;
}

describe('a first local run', () => {
  test('init then check runs the repository items and skips network and GitHub items, naming why', async () => {
    const repo = await makeRepo(SERVICE, { gitignore: '.env\n.env.*\n!.env.example\nnode_modules/\n' });
    expect(await main(['init'], fakeIo(repo.dir, { env: {} }).io)).toBe(0);
    await repo.commit('preflight');
    const run = fakeIo(repo.dir, { env: {} });
    const code = await main(['check', '--format', 'json'], run.io);
    expect(run.err()).toContain("warning: target 'api': environment variable 'API_URL' is not set");
    expect(code).not.toBe(2);
    const items = report(run.out()).items;
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get('health-endpoint')).toMatchObject({
      status: 'skipped',
      summary: 'no target (set API_URL or pass --target api=URL)',
    });
    expect(byId.get('hsts')?.status).toBe('skipped');
    expect(byId.get('code-reviewed')).toMatchObject({ status: 'skipped' });
    expect(byId.get('code-reviewed')?.summary).toMatch(/^runs on the pull request/);
    // Repository items did run.
    expect(byId.get('test-script')?.status).toBe('pass');
    expect(byId.get('lockfile-committed')?.status).toBe('pass');
  });

  test('init on a repository that ships no image leaves the container items out: the local run is green', async () => {
    const repo = await makeRepo(SERVICE, { gitignore: '.env\n.env.*\n!.env.example\nnode_modules/\n' });
    const init = fakeIo(repo.dir, { env: {} });
    expect(await main(['init'], { ...init.io, trackedFiles: trackedFilesSync })).toBe(0);
    expect(init.out()).toContain('no Dockerfile is tracked, so its 7 container items are left out');
    const written = readFileSync(path.join(repo.dir, '.github/preflight.yml'), 'utf8');
    expect(written).toMatch(/^disable: \[docker-non-root, docker-healthcheck, .*\]$/m);
    await repo.commit('preflight');
    const run = fakeIo(repo.dir, { env: {} });
    const code = await main(['check', '--format', 'json'], run.io);
    const items = report(run.out()).items;
    expect(items.filter((i) => i.id.startsWith('docker-'))).toEqual([]);
    expect(items.filter((i) => i.status === 'fail' || i.status === 'error').map((i) => i.id)).toEqual([]);
    expect(code).toBe(0);

    // With a Dockerfile the container items stay, and outside a git work tree nothing is guessed.
    const shipped = await makeRepo({ ...SERVICE, Dockerfile: 'FROM node:22-alpine\n' });
    const again = fakeIo(shipped.dir, { env: {} });
    expect(await main(['init'], { ...again.io, trackedFiles: trackedFilesSync })).toBe(0);
    expect(readFileSync(path.join(shipped.dir, '.github/preflight.yml'), 'utf8')).toContain(
      '# disable: [multi-stage-builds]',
    );
    expect(trackedFilesSync(path.join(shipped.dir, '..'))).toBeUndefined();
  });

  test('an older Node.js than 22 gets a clear warning; --version and --help answer without one', async () => {
    const repo = await makeRepo(SERVICE);
    const old = fakeIo(repo.dir, { env: {} });
    await main(['validate', '--help'], { ...old.io, nodeVersion: '20.20.2' });
    expect(old.err()).toBe('');
    await main(['schema'], { ...old.io, nodeVersion: '20.20.2' });
    expect(old.err()).toBe(
      'preflight: warning: Preflight needs Node.js 22 or newer; this is Node.js 20.20.2 (unsupported; results may differ)\n',
    );
    const now = fakeIo(repo.dir);
    expect(await main(['schema'], { ...now.io, nodeVersion: '22.0.0' })).toBe(0);
    expect(now.err()).toBe('');
  });

  test('--strict keeps the gate behaviour: an unset target refuses the definition', async () => {
    const repo = await makeRepo(SERVICE);
    expect(await main(['init'], fakeIo(repo.dir).io)).toBe(0);
    const run = fakeIo(repo.dir, { env: {} });
    expect(await main(['check', '--strict'], run.io)).toBe(2);
    expect(run.err()).toMatch(/target 'api': environment variable 'API_URL' is not set/);
  });

  test('--strict runs github items, which give error without a pull request', async () => {
    const repo = await makeRepo(SERVICE);
    const run = fakeIo(repo.dir, { env: {} });
    await main(['check', '-c', 'builtin-hygiene.yml', '--format', 'json', '--strict'], {
      ...run.io,
      cwd: await writeDefinition(repo.dir),
    });
    const items = report(run.out()).items;
    expect(items.find((i) => i.id === 'code-reviewed')?.status).toBe('error');
  });

  test('validate reports an unset target variable as a warning and exits 0', async () => {
    const repo = await makeRepo(SERVICE);
    expect(await main(['init'], fakeIo(repo.dir).io)).toBe(0);
    const run = fakeIo(repo.dir, { env: {} });
    expect(await main(['validate', '.github/preflight.yml'], run.io)).toBe(0);
    expect(run.err()).toMatch(/:\d+:\d+: warning: target 'api': environment variable 'API_URL' is not set/);
    expect(run.out()).toContain('valid');
  });

  test('a target passed on the command line is probed, not skipped', async () => {
    const repo = await makeRepo(SERVICE);
    expect(await main(['init'], fakeIo(repo.dir).io)).toBe(0);
    const run = fakeIo(repo.dir, { env: {} });
    // A closed port: the item runs and errors, which is the point (it was not skipped).
    await main(
      ['check', '--format', 'json', '--target', 'api=http://127.0.0.1:1', '--timeout', '5s'],
      run.io,
    );
    const item = report(run.out()).items.find((i) => i.id === 'health-endpoint');
    expect(item?.status).not.toBe('skipped');
    expect(run.err()).not.toContain('warning');
  });
});

async function writeDefinition(dir: string): Promise<string> {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(
    path.join(dir, 'builtin-hygiene.yml'),
    'id: hygiene\ntitle: Hygiene\nextends: [release-hygiene]\n',
  );
  return dir;
}

describe('--help on every command', () => {
  test.each(COMMANDS)('preflight %s --help prints that command’s options and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { io, out, err } = fakeIo(process.cwd());
      expect(await main([command, flag], io)).toBe(0);
      expect(out()).toContain(`preflight ${command}`);
      expect(err()).toBe('');
    }
  });

  test('check --help names --strict and the skipped targets', async () => {
    const { io, out } = fakeIo(process.cwd());
    await main(['check', '--help'], io);
    expect(out()).toContain('--strict');
    expect(out()).toContain('--target NAME=URL');
  });
});

describe('the action a new workflow uses', () => {
  test.each([
    ['https://github.com/acme/preflight.git', 'acme/preflight'],
    ['git@github.com:acme/preflight-gate.git', 'acme/preflight-gate'],
    ['ssh://git@github.com/acme/pf', 'acme/pf'],
    ['git+https://github.com/acme/pf.git', 'acme/pf'],
    ['github:acme/pf', 'acme/pf'],
  ])('%s names %s', (url, repo) => {
    expect(githubRepoOf(url)).toBe(repo);
  });

  test.each(['https://gitlab.com/acme/pf.git', '/srv/git/pf.git', 'https://github.com/acme', ''])(
    '%s names no GitHub repository',
    (url) => {
      expect(githubRepoOf(url)).toBeUndefined();
    },
  );

  test('init writes uses: from the repository Preflight came from, and changes nothing else', async () => {
    const repo = await makeRepo(SERVICE);
    const { io, out } = fakeIo(repo.dir);
    expect(await main(['init'], { ...io, actionRepo: () => 'acme/preflight-gate' })).toBe(0);
    const written = readFileSync(path.join(repo.dir, '.github/workflows/preflight.yml'), 'utf8');
    expect(written).toContain('uses: acme/preflight-gate@v0');
    expect(written).not.toContain('OWNER/');
    expect(written).toBe(withActionRepo(WORKFLOW, 'acme/preflight-gate'));
    expect(written.split('\n').filter((l, i) => l !== WORKFLOW.split('\n')[i])).toHaveLength(1);
    expect(out()).toContain('(uses: acme/preflight-gate)');
  });

  test('without a known repository init keeps the placeholder and says what to set', async () => {
    const repo = await makeRepo(SERVICE);
    const { io, out } = fakeIo(repo.dir);
    expect(await main(['init'], { ...io, actionRepo: () => undefined })).toBe(0);
    expect(out()).toContain("set the action's uses: OWNER/preflight");
  });
});

describe('command evidence', () => {
  test('a failing command shows its first error lines from stderr, not only the last line', async () => {
    const repo = await makeRepo({
      'fail.sh':
        'echo "compiling" ; echo "src/a.ts(3,1): error TS2304: Cannot find name x." >&2 ; ' +
        'for i in $(seq 1 30); do echo "noise $i"; done ; echo "Done in 2s" ; exit 2\n',
      'check.yml':
        'id: c\ntitle: C\nsections:\n  - id: s\n    title: S\n    items:\n      - id: build\n        title: Build\n        check: { kind: command, run: bash fail.sh }\n',
    });
    const run = fakeIo(repo.dir);
    expect(await main(['check', '-c', 'check.yml', '--format', 'json'], run.io)).toBe(1);
    const item = report(run.out()).items[0];
    expect(item?.summary).toContain('error TS2304');
    expect(item?.evidence?.errors).toContain('src/a.ts(3,1): error TS2304');
    expect(String(item?.evidence?.tail)).toContain('Done in 2s');
  });

  test('error lines: compiler, npm and test-runner failures; plain progress is left out', () => {
    const stderr = [
      'Downloading…',
      'npm ERR! code ELIFECYCLE',
      '\u001b[31m● suite › test fails\u001b[0m',
      'warning: something minor',
      'Error: Cannot find module "x"',
    ].join('\n');
    expect(errorLines(stderr, 10)).toEqual([
      'npm ERR! code ELIFECYCLE',
      '● suite › test fails',
      'Error: Cannot find module "x"',
    ]);
    expect(errorLines(stderr, 1)).toEqual(['npm ERR! code ELIFECYCLE']);
  });
});
