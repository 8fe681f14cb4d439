import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { requiredPattern } from '../../src/checks/repo/required-pattern.js';
import { cleanupRepos, makeRepo, type FileTree, type TestRepo } from '../helpers/git-repo.js';
import { runKind } from './run-kind.js';

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo(
    {
      'services/api/README.md': '# API\n\n## Usage\nrun it\n',
      'services/web/README.md': '# Web\n\nno usage section\n',
      'services/worker/README.md': '# Worker\n## usage\n',
      'services/legacy/README.md': '# Legacy\n',
      LICENSE: 'MIT License\n',
    },
    { untracked: { 'services/new/README.md': '# New\n## Usage\n' } },
  );
});
afterAll(cleanupRepos);

const run = (params: Record<string, unknown>) => runKind(requiredPattern, params, repo.context());

describe('repo.required-pattern', () => {
  it('in: any (the default) passes when one file matches', async () => {
    const out = await run({ pattern: '^## Usage$', files: ['services/*/README.md'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('/^## Usage$/ found in 1 file: services/api/README.md:3');
    expect(out.evidence).toEqual({
      files: 4,
      matching: ['services/api/README.md'],
      missing: ['services/legacy/README.md', 'services/web/README.md', 'services/worker/README.md'],
    });
    expect(out.findings).toBeUndefined();
  });

  it('in: any fails when no file matches, without findings', async () => {
    const out = await run({ pattern: 'Apache', files: ['LICENSE*', 'services/*/README.md'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('/Apache/ not found in 5 files matching LICENSE*, services/*/README.md');
    expect(out.findings).toEqual([]);
  });

  it('in: each fails listing every file that lacks the pattern', async () => {
    const out = await run({ pattern: '^## Usage', files: ['services/*/README.md'], in: 'each' });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe(
      '/^## Usage/ missing from 3 files: services/legacy/README.md, services/web/README.md, services/worker/README.md',
    );
    expect(out.findings).toEqual(
      ['services/legacy/README.md', 'services/web/README.md', 'services/worker/README.md'].map((file) => ({
        file,
        message: 'required pattern /^## Usage/ not found',
      })),
    );
  });

  it('in: each passes when every file matches, honouring ignore-case and exclude', async () => {
    const out = await run({
      pattern: '^## usage',
      files: ['services/*/README.md'],
      exclude: ['services/legacy/**', 'services/web/**'],
      in: 'each',
      'ignore-case': true,
    });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe(
      '/^## usage/ found in 2 files: services/api/README.md:3, services/worker/README.md:2',
    );
    expect(out.evidence).toEqual({
      files: 2,
      matching: ['services/api/README.md', 'services/worker/README.md'],
      missing: [],
    });
  });

  it('fails when no tracked file matches the globs', async () => {
    const out = await run({ pattern: 'x', files: ['docs/**/*.md'] });
    expect(out).toEqual({
      status: 'fail',
      summary: 'no tracked file matches docs/**/*.md',
      evidence: { files: 0 },
    });
    // The untracked README is not looked at.
    const fresh = await run({ pattern: 'Usage', files: ['services/new/*'] });
    expect(fresh.status).toBe('fail');
    expect(fresh.summary).toBe('no tracked file matches services/new/*');
  });

  it('does not count a match past the last line', async () => {
    const out = await run({ pattern: '^$', files: ['LICENSE'] });
    expect(out.status).toBe('fail');
    expect(out.summary).toBe('/^$/ not found in 1 file matching LICENSE');
  });

  it('lists matching files in repository order on every run', async () => {
    const files: FileTree = {};
    for (let i = 0; i < 80; i += 1) {
      const big = i % 4 === 0;
      files[`m/${String(i).padStart(2, '0')}.txt`] = big ? `${'x\n'.repeat(100000)}VERSION\n` : 'VERSION\n';
    }
    files['m/zz.txt'] = 'nothing\n';
    const many = await makeRepo(files);
    const params = { pattern: 'VERSION', files: ['m/*.txt'], in: 'each' };
    const outs = [];
    for (let i = 0; i < 3; i += 1) outs.push(await runKind(requiredPattern, params, many.context()));
    const expected = Object.keys(files).sort().slice(0, 20);
    for (const out of outs) {
      expect(out.status).toBe('fail');
      expect(out.summary).toBe('/VERSION/ missing from 1 file: m/zz.txt');
      expect(out.evidence).toEqual({ files: 81, matching: expected, missing: ['m/zz.txt'] });
    }
  });
});
