/**
 * Real, throwaway git repositories for tests: no mocks of git or the file system.
 *
 *   const repo = await makeRepo({ 'README.md': '# hi\n' }, { untracked: { '.env': 'X=1\n' } });
 *   const outcome = await someKind.run(params, repo.context());
 *   afterAll(cleanupRepos);
 *
 * Every repository lives in its own `mkdtemp` directory under `os.tmpdir()`. The helper's own git commands
 * ignore the machine's global and system git configuration, and each repository gets a local configuration
 * that keeps the code under test (which runs plain `git`) from seeing a global excludes file either.
 * Loading this module removes GIT_DIR, GIT_INDEX_FILE and similar variables from process.env, so tests run
 * from a git hook still look at their own repositories.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGitClient, gitRunner } from '../../src/io/git.js';
import type { CheckContext } from '../../src/checks/types.js';

/** File contents by '/'-separated path relative to the repository root; parent directories are created. */
export type FileTree = Record<string, string | Buffer>;

export interface MakeRepoOptions {
  /**
   * true (default): `files` (and the .gitignore) are added and committed, so HEAD exists.
   * false: they are added to the index but not committed; git still lists them as tracked.
   */
  commit?: boolean;
  /** Written after the commit and never added: untracked files (ignored ones too, if .gitignore says so). */
  untracked?: FileTree;
  /** Contents of a root .gitignore, added and committed with `files`. */
  gitignore?: string;
  /** Name of the first branch (default main). */
  branch?: string;
}

export interface TestRepo {
  /** Absolute path of the work tree. */
  dir: string;
  /** Runs git in the repository (as the helper runs it) and returns stdout; throws on a non-zero exit. */
  git(...args: string[]): Promise<string>;
  /** Writes files into the work tree without touching the index. */
  write(files: FileTree): Promise<void>;
  /** Writes `files`, runs `git add -A` and commits everything; returns the new commit id. */
  commit(message: string, files?: FileTree): Promise<string>;
  /**
   * A CheckContext for this repository: a fresh real git client (its answers are cached per client, so call
   * context() again after changing the repository), a live AbortSignal, env {}, targets {},
   * allowCommands true. `overrides` replace any of these.
   */
  context(overrides?: Partial<CheckContext>): CheckContext;
  /** Deletes the directory (cleanupRepos() does this for every repository not yet removed). */
  remove(): Promise<void>;
}

const IDENTITY = ['-c', 'user.name=Preflight Test', '-c', 'user.email=preflight-test@example.invalid'];

/** Variables that would point git at another repository, for example when tests run from a git hook. */
const REDIRECTING = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR'];
for (const name of REDIRECTING) delete process.env[name];

const created = new Set<string>();

/** Runs git in `cwd` without global or system configuration; rejects with git's output on failure. */
export function runGit(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...IDENTITY, '-c', 'commit.gpgsign=false', '-c', 'core.autocrlf=false', ...args],
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull },
      },
      (err, stdout, stderr) => {
        const said = [stderr, stdout].map((s) => s.trim()).filter((s) => s !== '');
        if (err) reject(new Error(`git ${args.join(' ')} failed: ${said.join('\n') || err.message}`));
        else resolve(stdout);
      },
    );
  });
}

/** A new empty directory under os.tmpdir(), removed by cleanupRepos(). */
export async function makeTempDir(prefix = 'preflight-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  created.add(dir);
  return dir;
}

/** Writes each file under `dir`, creating parent directories. */
export async function writeTree(dir: string, files: FileTree): Promise<void> {
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, ...file.split('/'));
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
  }
}

/** A new git repository holding `files`; see MakeRepoOptions. */
export async function makeRepo(files: FileTree = {}, options: MakeRepoOptions = {}): Promise<TestRepo> {
  const dir = await makeTempDir();
  const git = (...args: string[]) => runGit(dir, args);
  await git('init', '-q', '-b', options.branch ?? 'main');
  // The code under test runs git with the real user's configuration: keep a global excludes file out.
  await git('config', 'core.excludesFile', path.join(dir, '.git', 'info', 'exclude'));
  await git('config', 'core.autocrlf', 'false');

  const repo: TestRepo = {
    dir,
    git,
    write: (tree) => writeTree(dir, tree),
    async commit(message, tree = {}) {
      await writeTree(dir, tree);
      await git('add', '-A');
      await git('commit', '-q', '--allow-empty', '-m', message);
      return (await git('rev-parse', 'HEAD')).trim();
    },
    context: (overrides = {}) => ({
      repoDir: dir,
      env: {},
      targets: {},
      git: createGitClient(gitRunner(dir)),
      signal: new AbortController().signal,
      allowCommands: true,
      ...overrides,
    }),
    async remove() {
      created.delete(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };

  const initial: FileTree = { ...files };
  if (options.gitignore !== undefined) initial['.gitignore'] = options.gitignore;
  await writeTree(dir, initial);
  if (options.commit ?? true) {
    await repo.commit('initial');
  } else if (Object.keys(initial).length > 0) {
    await git('add', '-A');
  }
  if (options.untracked) await writeTree(dir, options.untracked);
  return repo;
}

/** Removes every directory made by makeRepo() or makeTempDir() in this test file: `afterAll(cleanupRepos)`. */
export async function cleanupRepos(): Promise<void> {
  const dirs = [...created];
  created.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
