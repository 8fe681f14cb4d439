import { afterAll, describe, expect, it } from '@jest/globals';
import { untracked } from '../../src/checks/repo/untracked.js';
import { cleanupRepos, makeRepo, type FileTree, type MakeRepoOptions } from '../helpers/git-repo.js';
import { runKind } from './run-kind.js';

afterAll(cleanupRepos);

const ENV = { paths: ['.env', '.env.*'], except: ['.env.example'] };
const COVERING = '.env\n.env.*\n!.env.example\n';
const committedMessage = 'this file is committed; remove it from git and rotate what it holds';

async function check(params: Record<string, unknown>, files: FileTree, options: MakeRepoOptions = {}) {
  const repo = await makeRepo(files, options);
  return runKind(untracked, params, repo.context());
}

describe('repo.untracked', () => {
  it('passes when nothing is committed and .gitignore covers .env and .env.*', async () => {
    const out = await check(ENV, { 'README.md': 'hi\n' }, { gitignore: COVERING });
    expect(out).toEqual({
      status: 'pass',
      summary: 'none tracked, and .gitignore covers .env, .env.*',
      evidence: { tracked: [], unignored: [], notCoveredByGitignore: [] },
    });
  });

  it('passes when ignored .env files exist in the work tree', async () => {
    const out = await check(
      ENV,
      { 'README.md': 'hi\n' },
      { gitignore: COVERING, untracked: { '.env': 'SECRET=1\n', '.env.local': 'SECRET=2\n' } },
    );
    expect(out.status).toBe('pass');
  });

  it('fails for a committed .env even when .gitignore now covers it', async () => {
    const repo = await makeRepo({ '.env': 'SECRET=1\n', 'README.md': 'hi\n' });
    await repo.commit('ignore env files', { '.gitignore': COVERING });
    const out = await runKind(untracked, ENV, repo.context());
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 file committed: .env');
    expect(out.findings).toEqual([{ file: '.env', line: 1, message: committedMessage }]);
    expect(out.evidence).toEqual({ tracked: ['.env'], unignored: [], notCoveredByGitignore: [] });
  });

  it('allows a committed .env.example through except', async () => {
    const out = await check(ENV, { '.env.example': 'SECRET=\n' }, { gitignore: COVERING });
    expect(out.status).toBe('pass');
    expect(out.findings).toBeUndefined();
  });

  it('fails for a committed .env.production', async () => {
    const out = await check(ENV, { '.env.production': 'SECRET=1\n', '.env.example': 'SECRET=\n' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 file committed: .env.production; .gitignore does not cover .env, .env.local');
    expect(out.findings).toEqual([{ file: '.env.production', line: 1, message: committedMessage }]);
    expect(out.evidence).toEqual({
      tracked: ['.env.production'],
      unignored: [],
      notCoveredByGitignore: ['.env', '.env.local'],
    });
  });

  it('fails for an untracked .env that .gitignore does not cover', async () => {
    const out = await check(ENV, { 'README.md': 'hi\n' }, { untracked: { '.env': 'SECRET=1\n' } });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 file not ignored: .env; .gitignore does not cover .env, .env.local');
    expect(out.evidence).toEqual({
      tracked: [],
      unignored: ['.env'],
      notCoveredByGitignore: ['.env', '.env.local'],
    });
    // Nothing is committed, so there is no line in the pull request to annotate.
    expect(out.findings).toEqual([]);
  });

  it('fails when .gitignore covers .env but not .env.*', async () => {
    const out = await check(ENV, { 'README.md': 'hi\n' }, { gitignore: '.env\n' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('.gitignore does not cover .env.local');
  });

  it('with must-be-ignored: false looks only at committed files', async () => {
    const params = { ...ENV, 'must-be-ignored': false };
    const clean = await check(params, { 'README.md': 'hi\n' }, { untracked: { '.env': 'SECRET=1\n' } });
    expect(clean.status).toBe('pass');
    expect(clean.evidence).toEqual({ tracked: [], unignored: [], notCoveredByGitignore: [] });

    const committed = await check(params, { '.env': 'SECRET=1\n' });
    expect(committed.status).toBe('fail');
    expect(committed.summary).toBe('1 file committed: .env');
  });

  it('finds a nested config/.env, committed or new', async () => {
    const params = { paths: ['**/.env'] };
    const repo = await makeRepo({ 'config/.env': 'SECRET=1\n' });
    await repo.commit('ignore env files', { '.gitignore': '.env\n' });
    const committed = await runKind(untracked, params, repo.context());
    expect(committed.status).toBe('fail');
    expect(committed.summary).toBe('1 file committed: config/.env');
    expect(committed.findings).toEqual([{ file: 'config/.env', line: 1, message: committedMessage }]);

    // A root-anchored pattern covers .env but not config/.env.
    const anchored = await check(
      params,
      { 'README.md': 'hi\n' },
      { gitignore: '/.env\n', untracked: { 'config/.env': 'SECRET=1\n' } },
    );
    expect(anchored.status).toBe('fail');
    expect(anchored.summary).toBe('1 file not ignored: config/.env; .gitignore does not cover nested/.env');

    const covered = await check(
      params,
      { 'README.md': 'hi\n' },
      { gitignore: '.env\n', untracked: { 'config/.env': 'SECRET=1\n' } },
    );
    expect(covered.status).toBe('pass');
  });

  it('reports committed, unignored and uncovered problems together', async () => {
    const out = await check(
      { paths: ['**/*.pem', '.env'] },
      { 'certs/server.pem': 'KEY\n', 'certs/ca.pem': 'KEY\n' },
      { untracked: { '.env': 'SECRET=1\n' } },
    );
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '2 files committed: certs/ca.pem, certs/server.pem; 1 file not ignored: .env; .gitignore does not cover local.pem, nested/local.pem, .env',
    );
    expect(out.findings?.map((f) => f.file)).toEqual(['certs/ca.pem', 'certs/server.pem']);
  });
});
