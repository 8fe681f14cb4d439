import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { filesExist } from '../../src/checks/repo/files-exist.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { runKind } from './run-kind.js';

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo(
    {
      'README.md': '# service\n',
      'CHANGELOG.md': '## 1.0.0\n',
      'src/index.ts': 'export {};\n',
      'src/lib/util.ts': 'export {};\n',
      'docs/guide.md': 'guide\n',
      '.github/workflows/ci.yml': 'on: push\n',
    },
    {
      gitignore: 'dist/\n*.log\n',
      untracked: { 'NOTES.txt': 'new, not ignored\n', 'dist/app.js': 'ignored\n', 'debug.log': 'ignored\n' },
    },
  );
});
afterAll(cleanupRepos);

const run = (params: Record<string, unknown>) => runKind(filesExist, params, repo.context());

describe('repo.files-exist', () => {
  it('passes when every glob matches, naming the files found', async () => {
    const out = await run({ paths: ['README*', 'src/**/*.ts'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('3 files found: README.md, src/index.ts, src/lib/util.ts');
    expect(out.evidence).toEqual({
      found: { 'README*': ['README.md'], 'src/**/*.ts': ['src/index.ts', 'src/lib/util.ts'] },
      missing: [],
    });
    expect(out.findings).toBeUndefined();
  });

  it('counts a file matched by several globs once and shortens long lists', async () => {
    const out = await run({ paths: ['**/*.md', 'README.md'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('3 files found: CHANGELOG.md, README.md, docs/guide.md');
    const many = await run({ paths: ['**/*'], 'tracked-only': true });
    expect(many.summary).toBe('7 files found: .github/workflows/ci.yml, .gitignore, CHANGELOG.md and 4 more');
  });

  it('matches dot files and dot directories', async () => {
    const out = await run({ paths: ['.github/workflows/*.yml', '.gitignore'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('2 files found: .github/workflows/ci.yml, .gitignore');
  });

  it('fails naming every glob that matches nothing', async () => {
    const out = await run({ paths: ['README*', 'LICENSE*', 'Dockerfile'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('missing: LICENSE*, Dockerfile');
    expect(out.evidence).toEqual({
      found: { 'README*': ['README.md'], 'LICENSE*': [], Dockerfile: [] },
      missing: ['LICENSE*', 'Dockerfile'],
    });
  });

  it('is case-sensitive', async () => {
    const out = await run({ paths: ['readme.md'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('missing: readme.md');
  });

  it('counts a new, unignored file unless tracked-only is set', async () => {
    const all = await run({ paths: ['NOTES.txt'] });
    expect(all.status).toBe('pass');
    expect(all.summary).toBe('1 file found: NOTES.txt');
    const tracked = await run({ paths: ['NOTES.txt'], 'tracked-only': true });
    expect(tracked.status).toBe('fail');
    expect(tracked.summary).toBe('missing: NOTES.txt');
  });

  it('never counts ignored files', async () => {
    const out = await run({ paths: ['dist/**', '*.log'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('missing: dist/**, *.log');
  });

  it('sees files staged but not yet committed', async () => {
    const staged = await makeRepo({ Dockerfile: 'FROM scratch\n' }, { commit: false });
    const out = await runKind(filesExist, { paths: ['Dockerfile'], 'tracked-only': true }, staged.context());
    expect(out.status).toBe('pass');
  });
});
