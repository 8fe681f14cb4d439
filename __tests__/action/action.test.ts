import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { demoRepo, PROJECT_ROOT } from '../helpers/demo-repo.js';
import { pullRequestPayload, runAction } from '../helpers/run-action.js';

const reportSchema = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'schema/report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true, validateFormats: false }).compile(reportSchema);

/** The payload with its base commit set to the demo repository's own (where the checklist is read). */
function atBase(payload: unknown): unknown {
  const p = payload as { pull_request: { base: { sha: string } } };
  p.pull_request.base.sha = spawnSync('git', ['rev-parse', 'HEAD'], {
    cwd: repoDir,
    encoding: 'utf8',
  }).stdout.trim();
  return p;
}
let repoDir = '';

describe('the bundled action, run as the Actions runner runs it', () => {
  let repo: ReturnType<typeof demoRepo>;
  beforeAll(() => {
    repo = demoRepo();
    repoDir = repo.dir;
  });
  afterAll(() => repo.remove());

  test('evaluates the checklist: outputs, annotations at file:line, job summary and the JSON report', async () => {
    const run = await runAction({
      workspace: repo.dir,
      inputs: { checklist: '.github/preflight.yml', 'working-directory': '.', concurrency: '4' },
      payload: atBase(pullRequestPayload('opened', { head: 'release/1.4.0', labels: ['release'] })),
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      state: 'fail',
      total: '11',
      passed: '5',
      failed: '4',
      errored: '0',
      skipped: '0',
      manual: '2',
      blocking: 'env-not-committed,no-placeholder-secrets,no-console-log,dockerfile-non-root',
    });
    expect(run.annotations).toEqual([
      "::warning::The `preflight` commit status was not set (the `token` input is empty). Nothing stands in for it: a branch rule that requires `preflight` (the status, never this job's check) keeps the pull request blocked until a run that may write statuses sets it.",
      '::error title=Preflight%3A .env files are not committed and .gitignore covers them,file=.env,line=1::this file is committed; remove it from git and rotate what it holds',
      '::error title=Preflight%3A No placeholder secrets (CHANGE_THIS%2C changeme),file=.env,line=2,col=12::forbidden pattern /CHANGE_THIS/',
      '::error title=Preflight%3A No console.log in application code,file=src/server.js,line=11,col=3::forbidden pattern /console\\.log\\(/',
      '::error title=Preflight%3A The image does not run as root,file=Dockerfile,line=1,col=1::the final stage sets no USER, so it runs as the base image user (root for most images)',
    ]);
    expect(run.summary).toContain('## ❌ Demo service release');
    expect(run.summary).toContain(
      '| ❌ | No console.log in application code <sub>repo.forbidden-pattern</sub> | 1 match in 1 file: src/server.js:11 |',
    );
    expect(run.summary).toContain(
      '| ☐ | OAuth redirect URIs point at production | to be ticked by a person |',
    );
    expect(run.stdout).toContain('BLOCKED: 5 passed, 4 failed, 2 manual');
    const report = run.report as NonNullable<typeof run.report>;
    expect(validateReport(report) ? [] : validateReport.errors).toEqual([]);
    expect((report.checklist as { files: string[] }).files).toEqual([
      '.github/preflight.yml',
      'builtin:repo-basics',
    ]);
    expect(JSON.stringify(report)).not.toContain(repo.dir);
  });

  test('fail-job turns a failing checklist into a failed step', async () => {
    const run = await runAction({
      workspace: repo.dir,
      inputs: { 'fail-job': 'true' },
      payload: pullRequestPayload('opened'),
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::Required checks fail: env-not-committed, no-placeholder-secrets, no-console-log, dockerfile-non-root',
    );
  });

  test('under pull_request_target, the checklist is read at the base and command checks are refused', async () => {
    const base = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).stdout.trim();
    const payload = pullRequestPayload('opened') as { pull_request: { base: { sha: string } } };
    payload.pull_request.base.sha = base;
    const run = await runAction({ workspace: repo.dir, eventName: 'pull_request_target', payload });
    expect(run.stdout).toContain(`the checklist is read at ${base.slice(0, 7)}`);
    const report = run.report as NonNullable<typeof run.report>;
    const tests = report.items.find((i) => i.id === 'tests-pass');
    expect(tests).toMatchObject({
      status: 'error',
      summary: expect.stringContaining('refused: command checks never run in a privileged run'),
    });
  });

  test('an invalid definition: every problem annotated at file:line:col, nothing run, no report', async () => {
    writeFileSync(
      path.join(repo.dir, '.github/broken.yml'),
      [
        'id: broken',
        'titel: Broken',
        'sections:',
        '  - title: S',
        '    items:',
        '      - id: a',
        '        title: A',
        '        check: { kind: repo.forbiden-pattern }',
        '',
      ].join('\n'),
    );
    const run = await runAction({
      workspace: repo.dir,
      inputs: { checklist: '.github/broken.yml' },
      payload: pullRequestPayload('opened'),
    });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ state: 'error' });
    expect(run.report).toBeUndefined();
    expect(run.annotations.filter((a) => a.includes('file='))).toEqual([
      "::error title=Preflight definition,file=.github/broken.yml,line=1,col=1::the checklist is missing the key 'title' (required unless it extends another checklist)",
      "::error title=Preflight definition,file=.github/broken.yml,line=2,col=1::unknown key 'titel' (did you mean 'title'?)",
      "::error title=Preflight definition,file=.github/broken.yml,line=8,col=24::unknown check kind 'repo.forbiden-pattern' (did you mean 'repo.forbidden-pattern'?)",
    ]);
    expect(run.summary).toContain('the checklist definition has 3 problems');
    expect(run.summary).toContain('Nothing was run.');
    expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  test('a missing checklist file is named', async () => {
    const run = await runAction({ workspace: repo.dir, inputs: { checklist: 'nope.yml' }, payload: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error title=Preflight definition,file=nope.yml::cannot read the file: no such file',
    );
  });

  test('a bad input is named, with what it accepts', async () => {
    const run = await runAction({ workspace: repo.dir, inputs: { concurrency: 'lots' }, payload: {} });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::input 'concurrency' must be a whole number from 1 to 64, not 'lots'",
    );
    const targets = await runAction({
      workspace: repo.dir,
      inputs: { targets: 'api=not a url' },
      payload: {},
    });
    expect(targets.stdout).toContain(
      "::error::input 'targets': target 'api' is not an absolute URL (such as https://example.com)",
    );
  });
});
