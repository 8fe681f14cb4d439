import { describe, expect, test } from '@jest/globals';
import picomatch from 'picomatch';
import { patternShape } from '../../src/scan/literals.js';
import { globMatcher, globProblem } from '../../src/util/glob.js';

/** The scan's pre-test (src/checks/repo/globs.ts): answers must not change with it. */
const needs = (source: string) => patternShape(source, '').literals;

/** Globs of the kinds checklists write, and names from git, compared with picomatch itself. */
const GLOBS = [
  '**/*.js',
  'src/**',
  '*',
  'packages/*',
  '**/.env',
  '.github/**',
  '{a,b}/*.ts',
  'a?c',
  '[abc]x',
  '**/test/**',
  '*.{js,ts}',
  'a/**/b',
  '**',
  '@(a|b)',
  'x+(y)',
  '**/*.min.js',
  'docs/**/*.md',
  '!**/*.md',
  'release/*',
  'v[0-9]*',
  '**/node_modules/**',
  'src/**/*.{ts,tsx}',
  'CHANGELOG*',
  '**/[Dd]ockerfile*',
  // The built-in checklists' excludes: each needs a string the name must hold (a pre-test before RE2).
  '**/*.test.*',
  '**/{test,tests,__tests__,e2e}/**',
  '**/{static,public,assets}/**/{lib,libs,vendor}/**',
  '**/{build,bench,benchmark}.{js,mjs,cjs,ts}',
  '.yarn/**',
  '**/*.config.*',
  '!**/*.test.*',
];
const NAMES = [
  'a.js',
  'src/a.js',
  'src/deep/er/b.ts',
  'src/x.tsx',
  '.env',
  'config/.env',
  '.github/workflows/ci.yml',
  'a/b',
  'a/x/y/b',
  'b/z.ts',
  'abc',
  'ax',
  'bx',
  'test/a.js',
  'pkg/test/a/b.js',
  'x',
  'xyy',
  'docs/a/b.md',
  'README.md',
  'release/1.4.0',
  'v1.2.3',
  'web/node_modules/x/index.js',
  'packages/.hidden',
  'packages/core',
  'CHANGELOG.md',
  'svc/Dockerfile.prod',
  'lib/app.min.js',
  'name with spaces/and ünïcode.js',
  'src/app.test.ts',
  'outbox/tests/a.js',
  'contest/x.js',
  'latest/e2e',
  'public/x/lib/a.js',
  'public/lib',
  'build.js',
  'rebuild.js',
  'tools/bench.mjs',
  'x/.yarn/a',
  '.yarn/releases/y.cjs',
  'a.config.js',
  'configs/a.js',
];

describe('globs run in linear time and match as picomatch does', () => {
  test.each([
    [true, false],
    [false, false],
    [true, true],
    [false, true],
  ])('the same answers as picomatch (dot: %s, pre-test: %s)', (dot, pretest) => {
    const differ: string[] = [];
    for (const glob of GLOBS) {
      const ours = globMatcher(glob, { dot, ...(pretest ? { needs } : {}) });
      const theirs = picomatch(glob, { dot });
      for (const name of NAMES)
        if (ours(name) !== theirs(name)) differ.push(`${glob} ~ ${name}: picomatch ${theirs(name)}`);
    }
    expect(differ).toEqual([]);
  });

  test('a glob whose backtracking is catastrophic in picomatch ends at once', () => {
    const glob = `${'*a'.repeat(12)}b`;
    const started = Date.now();
    const match = globMatcher(glob, { dot: true });
    for (let n = 0; n < 200; n += 1) expect(match(`${'a'.repeat(200)}${n}`)).toBe(false);
    expect(match(`${'a'.repeat(12)}b`)).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a negated group cannot run in linear time and is refused with a reason', () => {
    expect(globProblem('!(x)*')).toMatch(/negated group !\(…\), which cannot be matched in linear time/);
    expect(globProblem('src/**')).toBeUndefined();
    expect(globProblem('!docs/**')).toBeUndefined();
  });
});

describe('check names with * match in linear time', () => {
  test('a pattern of many stars over a long name ends at once', async () => {
    const { nameMatcher } = await import('../../src/checks/github/pull-context.js');
    const match = nameMatcher([`${'a*'.repeat(20)}b`, 'ci / *']);
    const started = Date.now();
    expect(match(`${'a'.repeat(5000)}`)).toBe(false);
    expect(match('CI / build (ubuntu)')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
