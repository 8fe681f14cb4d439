import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import { MAX_EXTENDS_DEPTH } from '../../src/definition/load.js';
import { showAt } from '../../src/io/at-commit.js';
import { gitRunner } from '../../src/io/git.js';
import { loadDefinition } from '../../src/pipeline/check.js';
import { loadDefinitionAt } from '../../src/pipeline/load-at-commit.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

const ITEM = 'sections:\n  - id: s\n    title: S\n    items:\n      - id: i\n        title: I\n';
const entry = (ref: string) => `id: app\ntitle: App\nextends: ${ref}\n${ITEM}`;

/** Each hostile `extends`, and the words its diagnostic must hold. */
const HOSTILE: [string, RegExp][] = [
  ['../../../../etc/passwd', /outside the repository/],
  ['../../../../proc/self/environ', /outside the repository/],
  ['/etc/passwd', /relative to this file/],
  ['/dev/zero', /relative to this file/],
  ['/proc/self/environ', /relative to this file/],
  ['./zero.yml', /outside the repository/],
  ['./passwd.yml', /outside the repository/],
  ['./fifo.yml', /a named pipe, not a regular file/],
  ['./folder.yml', /a directory, not a regular file/],
  ['./big.yml', /larger than 1048576 bytes/],
  ['./out-dir/x.yml', /outside the repository/],
  ['"./nul\\0.yml"', /relative to this file|outside|no such file/],
];

describe('extends stays inside the repository, through the bounded reader', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeRepo({ 'shared/base.yml': `id: base\ntitle: Base\n${ITEM.replace('id: i', 'id: b')}` });
    const gh = path.join(repo.dir, '.github');
    mkdirSync(gh, { recursive: true });
    symlinkSync('/dev/zero', path.join(gh, 'zero.yml'));
    symlinkSync('/etc/passwd', path.join(gh, 'passwd.yml'));
    symlinkSync('/etc', path.join(gh, 'out-dir'));
    symlinkSync('../shared/base.yml', path.join(gh, 'inside.yml'));
    execFileSync('mkfifo', [path.join(gh, 'fifo.yml')]);
    mkdirSync(path.join(gh, 'folder.yml'));
    writeFileSync(path.join(gh, 'big.yml'), `id: big\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
  });

  const load = (ref: string, cwd = repo.dir) => {
    writeFileSync(path.join(repo.dir, '.github/preflight.yml'), entry(ref));
    return loadDefinition({
      checklist: path.relative(cwd, path.join(repo.dir, '.github/preflight.yml')),
      cwd,
      env: {},
      repoDir: repo.dir,
    });
  };

  test.each(HOSTILE)('extends: %s is refused at file:line:col, promptly', (ref, words) => {
    const started = Date.now();
    const loaded = load(ref);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(loaded.ok).toBe(false);
    const lines = loaded.ok ? [] : loaded.diagnostics.map(formatDiagnostic);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\.github\/preflight\.yml:3:10: /);
    expect(lines[0]).toMatch(words);
    // Nothing read from outside reaches the diagnostic.
    expect(lines[0]).not.toMatch(/root:|PATH=/);
  });

  test('a link that stays inside the repository is followed, and so is a folder above the entry', () => {
    for (const ref of ['./inside.yml', '../shared/base.yml']) {
      const loaded = load(ref);
      expect(loaded.ok && loaded.checklist.title).toBe('App');
    }
  });

  test('an entry run from another folder keeps the repository as the limit', () => {
    const loaded = load('../../../../etc/passwd', path.join(repo.dir, 'shared'));
    expect(!loaded.ok && loaded.diagnostics[0]?.message).toMatch(/outside the repository/);
  });
});

describe('deep and cyclic extends chains', () => {
  const chain = (n: number): Record<string, string> => {
    const files: Record<string, string> = {};
    for (let i = 0; i < n; i += 1)
      files[`c/f${i}.yml`] =
        i === n - 1
          ? `id: f${i}\ntitle: F\n${ITEM}`
          : `id: f${i}\n${i === 0 ? 'title: F0\n' : ''}extends: ./f${i + 1}.yml\n`;
    return files;
  };

  test('on disk: 25 files deep loads; deeper than the limit is one diagnostic at the extends that goes too far', async () => {
    const repo = await makeRepo({
      ...chain(25),
      ...Object.fromEntries(Object.entries(chain(200)).map(([k, v]) => [k.replace('c/', 'd/'), v])),
    });
    const ok = loadDefinition({ checklist: 'c/f0.yml', cwd: repo.dir, env: {}, repoDir: repo.dir });
    expect(ok.ok && ok.checklist.files).toHaveLength(25);
    const started = Date.now();
    const deep = loadDefinition({ checklist: 'd/f0.yml', cwd: repo.dir, env: {}, repoDir: repo.dir });
    expect(Date.now() - started).toBeLessThan(5_000);
    const lines = deep.ok ? [] : deep.diagnostics.map(formatDiagnostic);
    expect(lines).toEqual(
      [
        `${path.join(repo.dir, `d/f${MAX_EXTENDS_DEPTH - 1}.yml`)}:2:10: extends chain is deeper than ${MAX_EXTENDS_DEPTH} files ('./f${MAX_EXTENDS_DEPTH}.yml' is not read)`,
      ].map((l) => l.replace(`${repo.dir}/`, '')),
    );
  });

  test('at the base commit: 25 deep loads (every file read once), 200 deep and a cycle end with a diagnostic', async () => {
    const cycle = {
      'y/a.yml': `id: a\ntitle: A\nextends: ./b.yml\n${ITEM}`,
      'y/b.yml': 'id: b\nextends: ./c.yml\n',
      'y/c.yml': 'id: c\nextends: ./a.yml\n',
    };
    const deepFiles = Object.fromEntries(
      Object.entries(chain(200)).map(([k, v]) => [k.replace('c/', 'd/'), v]),
    );
    const repo = await makeRepo({ ...chain(25), ...deepFiles, ...cycle });
    const sha = (await repo.git('rev-parse', 'HEAD')).trim();
    const run = gitRunner(repo.dir);
    let reads = 0;
    const read = (rel: string) => ((reads += 1), showAt(run, sha, rel));
    const ok = await loadDefinitionAt(read, repo.dir, path.join(repo.dir, 'c/f0.yml'), {}, {});
    expect(ok.ok && ok.checklist.files).toHaveLength(25);
    expect(reads).toBe(25);
    const deep = await loadDefinitionAt(read, repo.dir, path.join(repo.dir, 'd/f0.yml'), {}, {});
    expect(!deep.ok && deep.diagnostics.map((d) => d.message)).toEqual([
      `extends chain is deeper than ${MAX_EXTENDS_DEPTH} files ('./f${MAX_EXTENDS_DEPTH}.yml' is not read)`,
    ]);
    const cyclic = await loadDefinitionAt(read, repo.dir, path.join(repo.dir, 'y/a.yml'), {}, {});
    expect(!cyclic.ok && cyclic.diagnostics.map((d) => d.message)).toEqual([
      'extends cycle: a.yml → b.yml → c.yml → a.yml',
    ]);
    const escape = await loadDefinitionAt(
      async () => 'id: x\n',
      repo.dir,
      path.join(repo.dir, 'y/e.yml'),
      {},
      {},
      new Map([['y/e.yml', `id: e\ntitle: E\nextends: ../../../etc/passwd\n${ITEM}`]]),
    );
    expect(!escape.ok && escape.diagnostics.map((d) => `${d.line}:${d.col}: ${d.message}`)).toEqual([
      "3:10: cannot read '/etc/passwd': it is outside the repository (extends stays inside it, or names a built-in)",
    ]);
  });
});
