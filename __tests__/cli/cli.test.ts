import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/cli-io.js';
import { demoRepo, PROJECT_ROOT } from '../helpers/demo-repo.js';

describe('preflight CLI', () => {
  let repo: ReturnType<typeof demoRepo>;
  beforeAll(() => {
    repo = demoRepo({
      '.github/clean.yml': [
        'id: clean',
        'title: Clean checks',
        'sections:',
        '  - title: Files',
        '    items:',
        '      - id: readme',
        '        title: README exists',
        '        check: { kind: repo.files-exist, paths: [README.md] }',
        '      - id: manual',
        '        title: Someone looked',
        '',
      ].join('\n'),
    });
  });
  afterAll(() => repo.remove());

  test('check: exit 1 when a required item fails, a plain text report when not on a terminal', async () => {
    const t = fakeIo(repo.dir);
    const code = await main(['check'], t.io);
    expect(code).toBe(1);
    expect(t.out()).toContain(
      '  ✗ FAIL   No console.log in application code\n           1 match in 1 file: src/server.js:11\n           src/server.js:11:3  forbidden pattern /console\\.log\\(/',
    );
    expect(t.out()).toMatch(/\nBLOCKED: 5 passed, 4 failed, 2 manual in \d+\.\ds\n$/);
    expect(t.out()).not.toContain('\x1b[');
    expect(t.err()).toBe('');
  });

  test('check: exit 0 when every required automated item passes (manual items remain)', async () => {
    const t = fakeIo(repo.dir);
    expect(await main(['check', '-c', '.github/clean.yml'], t.io)).toBe(0);
    expect(t.out()).toMatch(/PENDING \(manual items remain\): 1 passed, 1 manual/);
  });

  test('check: colour on request, JSON and Markdown formats, --out writes the file', async () => {
    const coloured = fakeIo(repo.dir, { env: { FORCE_COLOR: '1' } });
    await main(['check', '-c', '.github/clean.yml'], coloured.io);
    expect(coloured.out()).toContain('\x1b[32m✓ pass  \x1b[0m');

    const json = fakeIo(repo.dir, { inMemory: true });
    await main(['check', '--format', 'json', '--out', 'report.json'], json.io);
    const report = JSON.parse(json.out());
    expect(report).toMatchObject({
      schema: 'preflight-report/v1',
      state: 'fail',
      counts: { total: 11, fail: 4 },
    });
    expect(JSON.parse(json.files['report.json'] as string)).toEqual(report);

    const md = fakeIo(repo.dir);
    await main(['check', '-f', 'markdown'], md.io);
    expect(md.out()).toContain(
      '| ❌ | No console.log in application code <sub>repo.forbidden-pattern</sub> |',
    );
  });

  test('check: targets from the command line, several checklists at once', async () => {
    const t = fakeIo(repo.dir);
    const code = await main(
      [
        'check',
        '-c',
        '.github/clean.yml',
        '-c',
        '.github/preflight.yml',
        '-t',
        'api=http://127.0.0.1:1',
        '-f',
        'json',
      ],
      t.io,
    );
    expect(code).toBe(1);
    expect(JSON.parse(t.out()).map((r: { checklist: { id: string } }) => r.checklist.id)).toEqual([
      'clean',
      'demo-release',
    ]);
  });

  test('check: --base limits items with `when: paths` to what changed', async () => {
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: repo.dir,
        encoding: 'utf8',
      });
    git('checkout', '-q', '-b', 'feature');
    writeFileSync(path.join(repo.dir, 'notes.txt'), 'x\n');
    writeFileSync(
      path.join(repo.dir, '.github/when.yml'),
      'id: w\ntitle: W\nsections:\n  - title: S\n    items:\n      - id: docs\n        title: Docs changed\n        when: { paths: ["docs/**"] }\n        check: { kind: repo.files-exist, paths: [nothing-here] }\n',
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'change');
    const t = fakeIo(repo.dir);
    expect(await main(['check', '-c', '.github/when.yml', '--base', 'main'], t.io)).toBe(0);
    expect(t.out()).toContain('not applicable: no changed file matches docs/**');
    git('checkout', '-q', 'main');
  });

  test('usage errors exit 2 with a one-line reason', async () => {
    const cases: Array<[string[], string]> = [
      [
        ['deploy'],
        "preflight: unknown command 'deploy'; use 'preflight check', 'validate', 'schema', 'import' or 'init'\n",
      ],
      [
        ['check', '--format', 'xml'],
        "preflight: --format must be text, json, markdown or comment, not 'xml'\n",
      ],
      [['check', '--target', 'api'], "preflight: a target is NAME=URL, not 'api'\n"],
      [
        ['check', '--concurrency', '0'],
        "preflight: --concurrency must be a whole number from 1 to 256, not '0'\n",
      ],
      [['check', '--bogus'], "preflight: Unknown option '--bogus'\n"],
    ];
    for (const [argv, message] of cases) {
      const t = fakeIo(repo.dir);
      expect(await main(argv, t.io)).toBe(2);
      expect(t.err()).toBe(`${message}Run 'preflight --help' for usage.\n`);
    }
  });

  test('check with an invalid definition exits 2, lists every problem and runs nothing', async () => {
    writeFileSync(path.join(repo.dir, 'bad.yml'), 'id: Bad Id\ntitle: x\nsections: []\nextra: 1\n');
    const t = fakeIo(repo.dir);
    expect(await main(['check', '-c', 'bad.yml'], t.io)).toBe(2);
    expect(t.err()).toBe(
      [
        'bad.yml:1:5: \'id\' has an invalid value \'Bad Id\': an id uses lowercase letters, digits, "-", "_" and "." and starts with a letter or digit',
        "bad.yml:4:1: unknown key 'extra'; allowed: id, title, extends, targets, applies-to, sections, override, disable, rollback",
        'preflight: 2 problems in the definition; nothing was run',
        '',
      ].join('\n'),
    );
    expect(t.out()).toBe('');
  });

  test('validate: ok files are summarised, bad ones listed as file:line:col', async () => {
    const t = fakeIo(repo.dir);
    expect(await main(['validate', '.github/preflight.yml', '.github/clean.yml'], t.io)).toBe(0);
    expect(t.out()).toBe(
      '.github/preflight.yml: valid — 11 items (9 automated, 2 manual)\n.github/clean.yml: valid — 2 items (1 automated, 1 manual)\n',
    );
    const bad = fakeIo(repo.dir);
    expect(await main(['validate', 'missing.yml'], bad.io)).toBe(2);
    expect(bad.err()).toBe('missing.yml: cannot read the file: no such file\n1 problem found\n');
    // With no file named, validate reads the one check reads by default.
    const plain = fakeIo(repo.dir);
    expect(await main(['validate'], plain.io)).toBe(0);
    expect(plain.out()).toBe('.github/preflight.yml: valid — 11 items (9 automated, 2 manual)\n');
  });

  test('schema prints the published definition schema, identical to the committed file', async () => {
    const t = fakeIo(repo.dir);
    expect(await main(['schema'], t.io)).toBe(0);
    expect(t.out()).toBe(readFileSync(path.join(PROJECT_ROOT, 'schema/checklist.schema.json'), 'utf8'));
  });

  test('the bundled CLI runs as installed (bin), with exit codes and --version', () => {
    const bin = path.join(PROJECT_ROOT, 'dist/cli/index.js');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const run = spawnSync(
      process.execPath,
      [bin, 'check', '-C', repo.dir, '-c', path.join(repo.dir, '.github/preflight.yml')],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH },
      },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('BLOCKED: 5 passed, 4 failed, 2 manual');
    expect(run.stderr).toBe('');
  });
});
