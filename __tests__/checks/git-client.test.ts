import { afterAll, describe, expect, it } from '@jest/globals';
import { createGitClient, gitRunner } from '../../src/io/git.js';
import { cleanupRepos, makeRepo, makeTempDir, writeTree } from '../helpers/git-repo.js';

afterAll(cleanupRepos);

/** Names git would quote without core.quotepath=off and -z: spaces, non-ASCII, quotes, tabs, newlines. */
const ODD_NAMES = [
  'dir with space/naïve café.txt',
  'emoji 😀.md',
  'quote"d.txt',
  'tab\there.txt',
  'new\nline.txt',
  '日本語/ファイル.md',
];

describe('the git client', () => {
  it('rejects in a directory that is not a git repository', async () => {
    const dir = await makeTempDir();
    await writeTree(dir, { 'a.txt': 'x\n' });
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    // In case the temporary directory itself sits inside a repository.
    process.env.GIT_CEILING_DIRECTORIES = dir.slice(0, dir.lastIndexOf('/')) || '/';
    try {
      const git = createGitClient(gitRunner(dir));
      await expect(git.trackedFiles()).rejects.toThrow(/^the directory is not a git repository$/);
      await expect(git.untrackedFiles()).rejects.toThrow('the directory is not a git repository');
      await expect(git.changedFiles('main')).rejects.toThrow('the directory is not a git repository');
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
    }
  });

  it('rejects when git cannot be started', async () => {
    const repo = await makeRepo({ 'a.txt': 'x\n' });
    const git = createGitClient(gitRunner(repo.dir, 'no-such-git-binary'));
    await expect(git.trackedFiles()).rejects.toThrow(/^git could not run: /);
  });

  it('lists tracked, untracked and ignored files with odd names intact', async () => {
    const files = Object.fromEntries(ODD_NAMES.map((name) => [name, `${name}\n`]));
    const repo = await makeRepo(files, {
      gitignore: '*.log\n',
      untracked: { 'ünïcode new.txt': 'x\n', 'spaced name.log': 'ignored\n' },
    });
    const git = repo.context().git;
    expect((await git.trackedFiles()).sort()).toEqual(['.gitignore', ...ODD_NAMES].sort());
    expect(await git.untrackedFiles()).toEqual(['ünïcode new.txt']);
    expect(await git.ignored(['spaced name.log', 'ünïcode new.txt', 'naïve café.log', 'x/y.log'])).toEqual(
      new Set(['spaced name.log', 'naïve café.log', 'x/y.log']),
    );
    expect(await git.ignored([])).toEqual(new Set());
  });

  it('lists staged files as tracked before the first commit', async () => {
    const repo = await makeRepo({ 'b.txt': 'b\n', 'a.txt': 'a\n' }, { commit: false });
    expect(await repo.context().git.trackedFiles()).toEqual(['a.txt', 'b.txt']);
  });

  it('ignored() asks .gitignore, not the index: a committed file can still be covered', async () => {
    const repo = await makeRepo({ '.env': 'SECRET=1\n' });
    await repo.commit('ignore', { '.gitignore': '.env\n' });
    const git = repo.context().git;
    expect(await git.trackedFiles()).toEqual(['.env', '.gitignore']);
    expect(await git.ignored(['.env', '.env.local'])).toEqual(new Set(['.env']));
  });

  it('lists a file with a merge conflict once', async () => {
    const repo = await makeRepo({ 'a.txt': 'base\n', 'b.txt': 'b\n' });
    await repo.git('checkout', '-q', '-b', 'other');
    await repo.commit('other side', { 'a.txt': 'other\n' });
    await repo.git('checkout', '-q', 'main');
    await repo.commit('this side', { 'a.txt': 'this\n' });
    await expect(repo.git('merge', 'other')).rejects.toThrow(/CONFLICT/);
    expect(await repo.git('ls-files', '--cached')).toBe('a.txt\na.txt\na.txt\nb.txt\n');
    expect(await repo.context().git.trackedFiles()).toEqual(['a.txt', 'b.txt']);
  });

  it('answers once per client', async () => {
    const repo = await makeRepo({ 'a.txt': 'a\n' });
    const git = repo.context().git;
    expect(await git.trackedFiles()).toEqual(['a.txt']);
    await repo.commit('more', { 'b.txt': 'b\n' });
    expect(await git.trackedFiles()).toEqual(['a.txt']);
    expect(await repo.context().git.trackedFiles()).toEqual(['a.txt', 'b.txt']);
  });

  it('changedFiles(base) lists what the branch changed since it left base (three dots)', async () => {
    const repo = await makeRepo({
      'keep.txt': 'keep\n',
      'edit.txt': 'v1\n',
      'gone.txt': 'bye\n',
      'main-only.txt': 'v1\n',
    });
    await repo.git('checkout', '-q', '-b', 'feature');
    await repo.git('rm', '-q', 'gone.txt');
    await repo.commit('feature work', {
      'edit.txt': 'v2\n',
      'dir with space/naïve café.txt': 'new\n',
      'emoji 😀.md': 'new\n',
    });
    // Work on main after the branch point is not part of the branch's change.
    await repo.git('checkout', '-q', 'main');
    await repo.commit('main moves on', { 'main-only.txt': 'v2\n', 'later.txt': 'x\n' });
    await repo.git('checkout', '-q', 'feature');

    const git = repo.context().git;
    expect(await git.changedFiles('main')).toEqual([
      'dir with space/naïve café.txt',
      'edit.txt',
      'emoji 😀.md',
      'gone.txt',
    ]);
    expect(await git.changedFiles('HEAD')).toEqual([]);
    await expect(git.changedFiles('no-such-branch')).rejects.toThrow(/^git: /);
  });
});
