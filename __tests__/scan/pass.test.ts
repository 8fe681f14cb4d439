import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGitClient, gitRunner } from '../../src/io/git.js';
import type {
  ContentJob,
  JobResult,
  PatternsFileResult,
  PatternsJob,
  SecretsFileResult,
  SecretsJob,
} from '../../src/scan/jobs.js';
import { startWorkersAhead } from '../../src/scan/ahead.js';
import { createContentScanner, runPass } from '../../src/scan/pass.js';
import { startSpareWorkers } from '../../src/scan/pool.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';

const outside = mkdtempSync(path.join(tmpdir(), 'preflight-outside-'));
afterAll(async () => {
  rmSync(outside, { recursive: true, force: true });
  await cleanupRepos();
});

const patterns: PatternsJob = {
  analyzer: 'patterns',
  patterns: ['console\\.log\\(', 'TODO'],
  flags: 'm',
  maxHits: 10,
};
const secrets: SecretsJob = { analyzer: 'secrets', disabledRules: [] };
const todoInDocs: PatternsJob = {
  analyzer: 'patterns',
  include: ['docs/**'],
  patterns: ['TODO'],
  flags: 'im',
  maxHits: 10,
};
const WORKER = path.join(PROJECT_ROOT, 'dist/scan-worker/index.js');

describe('the read pass', () => {
  let repo: TestRepo;
  beforeAll(async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 600; i += 1)
      many[`gen/f${i}.js`] = i % 7 === 0 ? `// TODO ${i}\n` : `export const v${i} = ${i};\n`;
    repo = await makeRepo({
      ...many,
      'src/app.js': 'console.log(1);\n// TODO\n',
      'docs/a.md': 'a todo here\n',
      'img.bin': Buffer.from([0, 1, 2, 3]),
      'conf/key.txt': 'aws_key = AKIAZ7Q4MXNV2LT6PWHR\n',
      'lib/inner.js': 'export {};\n',
    });
    // A tracked file whose folder became a link to a folder outside: not read through the link.
    writeFileSync(path.join(outside, 'inner.js'), 'console.log("TODO outside");\n');
    rmSync(path.join(repo.dir, 'lib'), { recursive: true });
    symlinkSync(outside, path.join(repo.dir, 'lib'));
    // A tracked link to a file outside the repository: reported, never followed.
    symlinkSync('/etc/passwd', path.join(repo.dir, 'passwd-link'));
    await repo.git('add', 'passwd-link');
    // A FIFO where a tracked file was: never opened for reading (it would block).
    await repo.git('rm', '-q', '--cached', 'docs/a.md');
    await repo.git('add', 'docs/a.md');
    execFileSync('rm', [path.join(repo.dir, 'src/app.js')]);
    execFileSync('mkfifo', [path.join(repo.dir, 'src/app.js')]);
  });

  const options = (workers: number) => ({
    repoDir: repo.dir,
    git: createGitClient(gitRunner(repo.dir)),
    workers,
    script: WORKER,
  });

  it('serves every job from one read of each file, with links and FIFOs skipped and counted', async () => {
    const [p, s, d] = (await runPass([patterns, secrets, todoInDocs], options(0))) as [
      JobResult<PatternsFileResult>,
      JobResult<SecretsFileResult>,
      JobResult<PatternsFileResult>,
    ];
    expect(p?.selected.length).toBe(606);
    expect(p?.skipped).toEqual({ binary: 1, unreadable: 0, link: 2, special: 1, 'too-large': 0 });
    expect(p?.scanned).toBe(602);
    expect(p?.files.filter((f) => !f.file.startsWith('gen/')).map((f) => f.file)).toEqual([]);
    expect(p?.files.length).toBe(86);
    expect(s?.files.map((f) => [f.file, f.result.detections.map((x) => x.ruleId)])).toEqual([
      ['conf/key.txt', ['aws-access-key-id']],
    ]);
    expect(d?.selected).toEqual(['docs/a.md']);
    expect(d?.files[0]?.result.hits).toEqual([{ line: 1, col: 3, pattern: 0 }]);
  });

  (existsSync(WORKER) ? it : it.skip)(
    'gives the same results on worker threads (the bundled worker)',
    async () => {
      const jobs: ContentJob[] = [patterns, secrets, todoInDocs];
      const inProcess = await runPass(jobs, options(0));
      process.env.PREFLIGHT_SCAN_WORKERS = '2';
      try {
        expect(await runPass(jobs, options(2))).toEqual(inProcess);
      } finally {
        delete process.env.PREFLIGHT_SCAN_WORKERS;
      }
    },
  );

  (existsSync(WORKER) ? it : it.skip)(
    'runs a pass on workers started ahead, whatever its size, and ends the ones no pass took',
    async () => {
      const jobs: ContentJob[] = [patterns, secrets, todoInDocs];
      const inProcess = await runPass(jobs, options(0));
      const spare = startSpareWorkers(WORKER, 2);
      // 606 files: below the pool's threshold, but the started workers serve it.
      expect(await runPass(jobs, { ...options(2), spare })).toEqual(inProcess);
      expect(spare.take(repo.dir, jobs).workers).toEqual([]);
      // Sent the jobs ahead (as the run's scanner does), and sent other ones: the same results.
      const ahead = startSpareWorkers(WORKER, 2);
      ahead.prepare(repo.dir, jobs);
      expect(await runPass(jobs, { ...options(2), spare: ahead })).toEqual(inProcess);
      const other = startSpareWorkers(WORKER, 2);
      other.prepare(repo.dir, [secrets]);
      expect(await runPass(jobs, { ...options(2), spare: other })).toEqual(inProcess);
      const unused = startSpareWorkers(WORKER, 2);
      // Resolves once both threads have stopped (one exit code each).
      await expect(unused.close()).resolves.toHaveLength(2);
      expect(unused.take(repo.dir, jobs).workers).toEqual([]);
    },
  );

  it('starts workers ahead only at the root of a work tree whose index says it is large', () => {
    const fake = mkdtempSync(path.join(tmpdir(), 'pf-ahead-'));
    try {
      expect(startWorkersAhead(fake, {}, WORKER)).toBeUndefined();
      mkdirSync(path.join(fake, '.git'));
      writeFileSync(path.join(fake, '.git', 'index'), Buffer.alloc(1000));
      expect(startWorkersAhead(fake, {}, WORKER)).toBeUndefined();
      writeFileSync(path.join(fake, '.git', 'index'), Buffer.alloc(200_000));
      expect(startWorkersAhead(fake, { PREFLIGHT_SCAN_WORKERS: '0' }, WORKER)).toBeUndefined();
      expect(startWorkersAhead(fake, {}, undefined)).toBeUndefined();
      const spare = startWorkersAhead(fake, { PREFLIGHT_SCAN_WORKERS: '1' }, WORKER);
      expect(spare).toBeDefined();
      const taken = spare?.take(fake, [])?.workers ?? [];
      expect(taken.length).toBe(1);
      for (const w of taken) void w.terminate();
    } finally {
      rmSync(fake, { recursive: true, force: true });
    }
  });

  it('runs one shared pass for planned jobs, and its own for an unplanned one', async () => {
    let listings = 0;
    const git = createGitClient(gitRunner(repo.dir));
    const counting = { ...git, trackedFiles: () => ((listings += 1), git.trackedFiles()) };
    const scan = createContentScanner([patterns, secrets], { repoDir: repo.dir, git: counting, workers: 0 });
    const [a, b] = await Promise.all([scan(patterns), scan(secrets)]);
    expect(listings).toBe(1);
    expect(a.files.length).toBe(86);
    expect(b.files.length).toBe(1);
    await scan(todoInDocs);
    expect(listings).toBe(2);
  });

  it('stops at once when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('time is up'));
    await expect(runPass([patterns], { ...options(0), signal: controller.signal })).rejects.toThrow(
      'time is up',
    );
  });
});

describe('code-only and minified-skipping pattern jobs', () => {
  let repo: TestRepo;
  const calls: PatternsJob = {
    analyzer: 'patterns',
    patterns: ['console\\.log\\('],
    flags: 'm',
    maxHits: 10,
    codeOnly: true,
    skipMinified: true,
  };
  const raw: PatternsJob = { ...calls, codeOnly: undefined, skipMinified: undefined };
  beforeAll(async () => {
    repo = await makeRepo({
      'src/app.ts': [
        '// console.log("a comment")',
        "const hint = 'call console.log(x) to debug';",
        'const t = `console.log(${1})`;',
        'console.log(hint, t);',
      ].join('\n'),
      'public/app.min.js': `${'var a=1;'.repeat(200)}console.log(a)\n`,
      'README.md': 'Use console.log( only while debugging.\n',
    });
  });

  it('matches code only in code files, leaves minified files out, and shares the read with a plain job', async () => {
    const options = { repoDir: repo.dir, git: createGitClient(gitRunner(repo.dir)), workers: 0 };
    const [code, plain] = (await runPass([calls, raw], options)) as Array<JobResult<PatternsFileResult>>;
    expect(code?.files.map((f) => [f.file, f.result.minified ?? false, f.result.hits])).toEqual([
      ['README.md', false, [{ line: 1, col: 5, pattern: 0 }]],
      ['public/app.min.js', true, []],
      ['src/app.ts', false, [{ line: 4, col: 1, pattern: 0 }]],
    ]);
    expect(plain?.files.map((f) => [f.file, f.result.hits.map((h) => h.line)])).toEqual([
      ['README.md', [1]],
      ['public/app.min.js', [1]],
      ['src/app.ts', [1, 2, 3, 4]],
    ]);
    if (existsSync(WORKER)) {
      process.env.PREFLIGHT_SCAN_WORKERS = '2';
      try {
        expect(await runPass([calls, raw], { ...options, workers: 2, script: WORKER })).toEqual([
          code,
          plain,
        ]);
      } finally {
        delete process.env.PREFLIGHT_SCAN_WORKERS;
      }
    }
  });
});
