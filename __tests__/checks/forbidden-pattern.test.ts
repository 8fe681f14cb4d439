import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { forbiddenPattern } from '../../src/checks/repo/forbidden-pattern.js';
import { cleanupRepos, makeRepo, type FileTree, type TestRepo } from '../helpers/git-repo.js';
import { runKind } from './run-kind.js';

afterAll(cleanupRepos);

/** Lines and columns are 1-based; a column counts UTF-16 code units (JavaScript string indices) from the line start. */
async function scan(files: FileTree, params: Record<string, unknown>) {
  const repo = await makeRepo(files);
  return runKind(forbiddenPattern, params, repo.context());
}

const at = (finding: { file: string; line?: number; col?: number }) =>
  `${finding.file}:${finding.line}:${finding.col}`;

describe('repo.forbidden-pattern', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    repo = await makeRepo({
      'src/app.ts': 'const x = 1;\n  console.log(x); console.log(x);\n// TODO: remove\n',
      'src/clean.ts': 'export const y = 2;\n',
      'src/last.ts': 'TODO first\nmiddle\nend console.log', // no trailing newline
      'vendor/lib.js': 'console.log("vendored");\n',
      'docs/notes.md': 'a Todo in prose\n',
    });
  });
  const run = (params: Record<string, unknown>) => runKind(forbiddenPattern, params, repo.context());

  it('passes when no tracked file matches', async () => {
    const out = await run({ patterns: ['debugger', 'CHANGE_THIS'] });
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('no match for 2 patterns in 5 files');
    expect(out.findings).toBeUndefined();
    expect(out.evidence).toEqual({
      filesScanned: 5,
      binarySkipped: 0,
      notRead: 0,
      matches: 0,
      perPattern: [
        { pattern: 'debugger', files: 0 },
        { pattern: 'CHANGE_THIS', files: 0 },
      ],
      shown: [],
    });
  });

  it('names the tracked entries it did not read, so that a pass over links alone says so', async () => {
    const links = await makeRepo({ 'src/real.ts': 'TODO\n', 'src/conf.ts': 'x', 'src/dir/a.ts': 'x' });
    const at = (f: string) => path.join(links.dir, f);
    // Tracked as links: one to a file holding the pattern, one to a folder outside the repository.
    rmSync(at('src/conf.ts'));
    symlinkSync('real.ts', at('src/conf.ts'));
    rmSync(at('src/dir'), { recursive: true });
    symlinkSync('/etc', at('src/dir'));
    await links.commit('links');
    const out = await runKind(
      forbiddenPattern,
      { patterns: ['TODO'], include: ['src/conf.ts', 'src/dir'] },
      links.context(),
    );
    expect(out.status).toBe('pass');
    expect(out.summary).toBe(
      'no match for 1 pattern in 0 files; 2 selected entries not read: src/conf.ts (a symbolic link, not followed), src/dir (a symbolic link, not followed)',
    );
    expect(out.evidence).toMatchObject({
      filesScanned: 0,
      notRead: 2,
      notReadShown: ['src/conf.ts: a symbolic link, not followed', 'src/dir: a symbolic link, not followed'],
    });
  });

  it('fails with exact 1-based file:line:col findings for several patterns', async () => {
    const out = await run({ patterns: ['console\\.log', 'TODO'] });
    expect(out.status).toBe('fail');
    expect(out.findings).toEqual([
      { file: 'src/app.ts', line: 2, col: 3, message: 'forbidden pattern /console\\.log/' },
      { file: 'src/app.ts', line: 3, col: 4, message: 'forbidden pattern /TODO/' },
      { file: 'src/last.ts', line: 1, col: 1, message: 'forbidden pattern /TODO/' },
      { file: 'src/last.ts', line: 3, col: 5, message: 'forbidden pattern /console\\.log/' },
      { file: 'vendor/lib.js', line: 1, col: 1, message: 'forbidden pattern /console\\.log/' },
    ]);
    // Two console.log calls on one line count once for that pattern.
    expect(out.summary).toBe('5 matches in 3 files: src/app.ts:2, src/app.ts:3, src/last.ts:1 and 2 more');
    expect(out.evidence).toMatchObject({
      filesScanned: 5,
      matches: 5,
      perPattern: [
        { pattern: 'console\\.log', files: 3 },
        { pattern: 'TODO', files: 2 },
      ],
      shown: [
        'src/app.ts:2:3 /console\\.log/',
        'src/app.ts:3:4 /TODO/',
        'src/last.ts:1:1 /TODO/',
        'src/last.ts:3:5 /console\\.log/',
        'vendor/lib.js:1:1 /console\\.log/',
      ],
    });
  });

  it('scans only included files and skips excluded ones', async () => {
    const included = await run({ patterns: ['console\\.log'], include: ['src/**'] });
    expect(included.findings?.map(at)).toEqual(['src/app.ts:2:3', 'src/last.ts:3:5']);
    expect(included.evidence).toMatchObject({ filesScanned: 3 });

    const excluded = await run({ patterns: ['console\\.log'], exclude: ['vendor/**', 'src/last.ts'] });
    expect(excluded.findings?.map(at)).toEqual(['src/app.ts:2:3']);
    expect(excluded.summary).toBe('1 match in 1 file: src/app.ts:2');

    const none = await run({ patterns: ['console\\.log'], include: ['src/**'], exclude: ['src/**/*.ts'] });
    expect(none.status).toBe('pass');
    expect(none.summary).toBe('no match for 1 pattern in 0 files');
  });

  it('is case-sensitive unless ignore-case is set', async () => {
    const exact = await run({ patterns: ['todo'] });
    expect(exact.status).toBe('pass');
    const folded = await run({ patterns: ['todo'], 'ignore-case': true });
    expect(folded.status).toBe('fail');
    expect(folded.findings?.map(at)).toEqual(['docs/notes.md:1:3', 'src/app.ts:3:4', 'src/last.ts:1:1']);
  });

  it('anchors ^ and $ at each line', async () => {
    const starts = await run({ patterns: ['^TODO', '^middle$', 'log$'] });
    expect(starts.findings?.map((f) => `${at(f)} ${f.message}`)).toEqual([
      'src/last.ts:1:1 forbidden pattern /^TODO/',
      'src/last.ts:2:1 forbidden pattern /^middle$/',
      'src/last.ts:3:13 forbidden pattern /log$/',
    ]);
    const indented = await run({ patterns: ['^console'] });
    expect(indented.findings?.map(at)).toEqual(['vendor/lib.js:1:1']);
  });

  it('does not scan untracked files', async () => {
    const withNew = await makeRepo({ 'a.txt': 'fine\n' }, { untracked: { 'b.txt': 'console.log\n' } });
    const out = await runKind(forbiddenPattern, { patterns: ['console'] }, withNew.context());
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('no match for 1 pattern in 1 file');
  });

  it('skips binary files (a NUL byte) and counts them', async () => {
    const out = await scan(
      {
        'logo.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), Buffer.from('SECRET')]),
        'readme.txt': 'no secret here\n',
      },
      { patterns: ['SECRET'] },
    );
    expect(out.status).toBe('pass');
    expect(out.evidence).toMatchObject({ filesScanned: 1, binarySkipped: 1, matches: 0 });
  });

  it('finds matches on the first and last line, with or without a final newline', async () => {
    const out = await scan(
      { 'a.txt': 'BAD\nok\nBAD', 'b.txt': 'BAD\n', 'c.txt': 'ok\nBAD\n', 'd.txt': 'BAD' },
      { patterns: ['BAD'] },
    );
    expect(out.findings?.map(at)).toEqual(['a.txt:1:1', 'a.txt:3:1', 'b.txt:1:1', 'c.txt:2:1', 'd.txt:1:1']);
    expect(out.evidence).toMatchObject({ matches: 5 });
  });

  it('counts lines of CRLF files like LF files', async () => {
    const out = await scan(
      { 'win.txt': 'one\r\n  two BAD\r\nBAD\r\nlast BAD' },
      { patterns: ['BAD', 'BAD$', '^BAD$'] },
    );
    expect(out.findings?.map((f) => `${at(f)} ${f.message}`)).toEqual([
      'win.txt:2:7 forbidden pattern /BAD/',
      'win.txt:2:7 forbidden pattern /BAD$/',
      'win.txt:3:1 forbidden pattern /BAD/',
      'win.txt:3:1 forbidden pattern /BAD$/',
      'win.txt:3:1 forbidden pattern /^BAD$/',
      'win.txt:4:6 forbidden pattern /BAD/',
      'win.txt:4:6 forbidden pattern /BAD$/',
    ]);
  });

  it('does not report the line terminators of a file as lines of their own', async () => {
    // Blank lines and trailing whitespace: the CR of a CRLF and the final newline are neither.
    const crlf = await scan({ 'win.txt': 'a\r\nb\r\n' }, { patterns: ['^$', '[ \\t]+$'] });
    expect(crlf.status).toBe('pass');
    const lf = await scan({ 'unix.txt': 'a\nb\n' }, { patterns: ['^$'] });
    expect(lf.status).toBe('pass');
    const blank = await scan({ 'blank.txt': 'a\r\n\r\nb \r\n' }, { patterns: ['^$', '[ \\t]+$'] });
    expect(blank.findings?.map((f) => `${at(f)} ${f.message}`)).toEqual([
      'blank.txt:2:1 forbidden pattern /^$/',
      'blank.txt:3:2 forbidden pattern /[ \\t]+$/',
    ]);
    expect(blank.evidence).toMatchObject({
      matches: 2,
      perPattern: [
        { pattern: '^$', files: 1 },
        { pattern: '[ \\t]+$', files: 1 },
      ],
    });
    const empty = await scan({ 'empty.txt': '' }, { patterns: ['^$'] });
    expect(empty.status).toBe('pass');
    expect(empty.evidence).toMatchObject({ filesScanned: 1, perPattern: [{ pattern: '^$', files: 0 }] });
  });

  it('can still forbid CRLF line endings', async () => {
    const out = await scan({ 'lf.txt': 'a\nb\n', 'win.txt': 'a\nbb\r\nc' }, { patterns: ['\\r$'] });
    expect(out.findings?.map(at)).toEqual(['win.txt:2:3']);
  });

  it('counts columns in UTF-16 code units after non-ASCII text', async () => {
    // 'é' is one code unit, '😀' two (a surrogate pair): the match starts at index 14, column 15.
    const out = await scan({ 'u.ts': "x = 'é😀 é'; BAD\n" }, { patterns: ['BAD'] });
    expect("x = 'é😀 é'; BAD".indexOf('BAD')).toBe(13);
    expect(out.findings?.map(at)).toEqual(['u.ts:1:14']);
  });

  it('does not count a byte order mark as part of the first line', async () => {
    const out = await scan({ 'bom.ts': '\uFEFFTODO first\nTODO second\n' }, { patterns: ['^TODO'] });
    expect(out.findings?.map(at)).toEqual(['bom.ts:1:1', 'bom.ts:2:1']);
  });

  it('caps findings at max-findings while evidence counts every match', async () => {
    const files: FileTree = {};
    for (let i = 0; i < 5; i += 1) files[`f${i}.txt`] = 'BAD\nok\nBAD\n';
    const out = await scan(files, { patterns: ['BAD'], 'max-findings': 3 });
    expect(out.status).toBe('fail');
    expect(out.findings?.map(at)).toEqual(['f0.txt:1:1', 'f0.txt:3:1', 'f1.txt:1:1']);
    expect(out.evidence).toMatchObject({ matches: 10, perPattern: [{ pattern: 'BAD', files: 5 }] });
    expect(out.summary).toBe('10 matches in 5 files: f0.txt:1, f0.txt:3, f1.txt:1');
  });

  it('shows the first matches of a file in line order whichever pattern found them', async () => {
    const out = await scan({ 'a.txt': 'B\nA\nA\nA\n' }, { patterns: ['A', 'B'], 'max-findings': 2 });
    expect(out.findings?.map((f) => `${at(f)} ${f.message}`)).toEqual([
      'a.txt:1:1 forbidden pattern /B/',
      'a.txt:2:1 forbidden pattern /A/',
    ]);
    expect(out.evidence).toMatchObject({ matches: 4 });
  });

  it('lists findings in the same order on every run, however many files', async () => {
    const files: FileTree = {};
    for (let i = 0; i < 120; i += 1) {
      const name = `pkg${i % 7}/file-${String(i).padStart(3, '0')}.txt`;
      // Files of very different sizes finish reading in a different order than they start.
      files[name] = i % 3 === 0 ? `${'filler line\n'.repeat(20000)}BAD\n` : `BAD ${i}\nBAD\n`;
    }
    const many = await makeRepo(files);
    const params = { patterns: ['BAD'], 'max-findings': 1000 };
    const first = await runKind(forbiddenPattern, params, many.context());
    const expected = Object.keys(files)
      .sort()
      .flatMap((f) =>
        files[f]?.toString().startsWith('filler') ? [`${f}:20001:1`] : [`${f}:1:1`, `${f}:2:1`],
      );
    expect(first.findings?.map(at)).toEqual(expected);
    for (let run = 0; run < 3; run += 1) {
      const again = await runKind(forbiddenPattern, params, many.context());
      expect(again).toEqual(first);
    }
  });

  it('matches a pattern spanning lines at the line where it starts', async () => {
    const out = await scan({ 'a.txt': 'x\nfoo\nbar\n' }, { patterns: ['foo\\nbar'] });
    expect(out.findings?.map(at)).toEqual(['a.txt:2:1']);
  });
});
