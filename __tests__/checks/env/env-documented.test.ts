import { afterAll, describe, expect, it } from '@jest/globals';
import { defaultRegistry } from '../../../src/checks/registry.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { paramProblems, runKind } from '../run-kind.js';

const kind = defaultRegistry.get('env.documented')!;
afterAll(cleanupRepos);

const EXAMPLE = '# Copy to .env\nDATABASE_URL=\nJWT_SECRET=change-me\n# OPTIONAL_FLAG=1\nexport PORT=3000\n';

describe('env.documented', () => {
  it('passes when every env file key and every read is documented', async () => {
    const repo = await makeRepo(
      {
        '.env.example': EXAMPLE,
        'src/server.ts': "const url = process.env.DATABASE_URL;\nif (process.env.NODE_ENV === 'test') {}\n",
        'src/flags.js': 'const { OPTIONAL_FLAG, PORT } = process.env;\n',
        'node_modules/lib/index.js': 'process.env.SOMETHING_ELSE;\n',
        'dist/index.js': 'process.env.BUNDLED;\n',
      },
      { gitignore: '.env\n', untracked: { '.env': 'DATABASE_URL=postgres://u:p@h/db\n' } },
    );
    const outcome = await runKind(kind, {}, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({
      example: ['.env.example'],
      documented: 4,
      envFiles: [],
      codeFilesScanned: 2,
    });
  });

  it('reports undocumented reads and env keys at file:line:col', async () => {
    const repo = await makeRepo(
      {
        '.env.example': EXAMPLE,
        '.env.staging': 'DATABASE_URL=x\nREDIS_URL=redis://cache\n',
        'src/app.ts': [
          '// process.env.COMMENTED_OUT',
          'export const cfg = {',
          '  smtp: process.env.SMTP_HOST,',
          "  key: process.env['STRIPE_KEY'],",
          '};',
        ].join('\n'),
        'web/main.tsx': 'const api = import.meta.env.VITE_API_URL;\nconst ci = process.env.GITHUB_SHA;\n',
      },
      { untracked: { 'src/new.mjs': 'console.log(process.env.NEW_ONE);\n' } },
    );
    const outcome = await runKind(kind, { ignore: ['VITE_*'] }, repo.context());
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '4 variables missing from .env.example: NEW_ONE, REDIS_URL, SMTP_HOST, STRIPE_KEY',
    );
    expect(outcome.findings).toEqual([
      {
        file: '.env.staging',
        line: 2,
        col: 1,
        message: 'REDIS_URL is set here but not listed in .env.example',
      },
      { file: 'src/app.ts', line: 3, col: 21, message: 'reads SMTP_HOST, which .env.example does not list' },
      { file: 'src/app.ts', line: 4, col: 20, message: 'reads STRIPE_KEY, which .env.example does not list' },
      {
        file: 'src/new.mjs',
        line: 1,
        col: 25,
        message: 'reads NEW_ONE, which .env.example does not list',
      },
    ]);
    expect(JSON.stringify(outcome)).not.toContain('redis://cache');
  });

  it('honours a custom example file, include/exclude globs and code: false', async () => {
    const repo = await makeRepo({
      'config/env.sample': 'A=\n',
      'config/.env.local': 'A=1\nB=2\n',
      'app/x.js': 'process.env.C;\n',
      'tools/y.js': 'process.env.D;\n',
    });
    const ctx = repo.context();
    const scoped = await runKind(
      kind,
      {
        example: 'config/env.sample',
        'env-files': ['config/.env.*'],
        include: ['app/**'],
        exclude: ['app/skip/**'],
      },
      ctx,
    );
    expect((scoped.evidence as { undocumented: string[] }).undocumented).toEqual(['B', 'C']);
    const envOnly = await runKind(kind, { example: 'config/env.sample', code: false }, repo.context());
    expect((envOnly.evidence as { undocumented: string[] }).undocumented).toEqual(['B']);
  });

  it('fails clearly when no example file documents a variable the code reads', async () => {
    const repo = await makeRepo({ 'a.js': 'process.env.X;\n' });
    expect(await runKind(kind, {}, repo.context())).toMatchObject({
      status: 'fail',
      summary: 'no example env file (.env.example or the like), and 1 variable used: X',
    });
    expect(await runKind(kind, { example: '.env.example' }, repo.context())).toMatchObject({
      status: 'fail',
      summary: '.env.example does not exist or is not a text file, so no variable is documented',
    });
  });

  it('passes without an example file when nothing is read or set', async () => {
    const repo = await makeRepo({ 'a.js': 'export const x = 1;\n' });
    expect(await runKind(kind, {}, repo.context())).toMatchObject({
      status: 'pass',
      summary: 'no variable to document: none read by 1 code file or set in 0 env files',
    });
  });

  it('rejects an example path outside the repository', () => {
    expect(paramProblems(kind, { example: '../.env.example' })).toEqual([
      'example: must stay inside the repository (a relative path without "..")',
    ]);
  });
});
