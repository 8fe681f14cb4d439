import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { filesAbsent } from '../../src/checks/repo/files-absent.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { runKind } from './run-kind.js';

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo(
    {
      'src/app.ts': 'export {};\n',
      'src/app.ts.orig': 'old\n',
      'db/backup.sql.gz': Buffer.from([0x1f, 0x8b, 0x08, 0x00]),
      'test/fixtures/sample.bak': 'fixture\n',
    },
    {
      gitignore: 'build/\n',
      untracked: { 'notes.bak': 'new, not ignored\n', 'build/old.bak': 'ignored\n' },
    },
  );
});
afterAll(cleanupRepos);

const run = (params: Record<string, unknown>) => runKind(filesAbsent, params, repo.context());
const PATHS = ['**/*.bak', '**/*.orig', '**/*.sql.gz'];
const message = 'file must not exist (matches **/*.bak, **/*.orig, **/*.sql.gz)';

describe('repo.files-absent', () => {
  it('passes when nothing matches', async () => {
    const out = await run({ paths: ['**/*.dump', '**/*.p12'] });
    expect(out).toEqual({
      status: 'pass',
      summary: 'no file matches **/*.dump, **/*.p12',
      evidence: { found: [] },
    });
  });

  it('fails with a finding per file present, tracked or new and unignored', async () => {
    const out = await run({ paths: PATHS });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '4 files should not be here: db/backup.sql.gz, notes.bak, src/app.ts.orig, test/fixtures/sample.bak',
    );
    expect(out.findings).toEqual([
      { file: 'db/backup.sql.gz', line: 1, message },
      { file: 'notes.bak', line: 1, message },
      { file: 'src/app.ts.orig', line: 1, message },
      { file: 'test/fixtures/sample.bak', line: 1, message },
    ]);
    expect(out.evidence).toEqual({
      found: ['db/backup.sql.gz', 'notes.bak', 'src/app.ts.orig', 'test/fixtures/sample.bak'],
    });
  });

  it('allows files listed in except', async () => {
    const out = await run({ paths: PATHS, except: ['test/fixtures/**', 'notes.bak'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('2 files should not be here: db/backup.sql.gz, src/app.ts.orig');
    expect(out.findings?.map((f) => f.file)).toEqual(['db/backup.sql.gz', 'src/app.ts.orig']);

    const allowed = await run({ paths: ['**/*.bak'], except: ['test/fixtures/**', 'notes.bak'] });
    expect(allowed.status).toBe('pass');
  });

  it('ignores new files with tracked-only', async () => {
    const out = await run({ paths: ['**/*.bak'], 'tracked-only': true });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('1 file should not be here: test/fixtures/sample.bak');
    expect(out.findings).toEqual([
      { file: 'test/fixtures/sample.bak', line: 1, message: 'file must not exist (matches **/*.bak)' },
    ]);
  });

  it('never counts ignored files', async () => {
    const out = await run({ paths: ['build/**'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('no file matches build/**');
  });
});
