import { describe, expect, it } from '@jest/globals';
import { changelog } from '../../../src/checks/github/changelog.js';
import { targetBranch } from '../../../src/checks/github/target-branch.js';
import { paramProblems, runKind } from '../run-kind.js';
import { bareContext, usePullRequests } from './pr-context.js';

const pr = usePullRequests();
let next = 400;

function changing(files: Array<string | [string, 'added' | 'removed' | 'modified']>) {
  const ctx = pr.open(next++);
  pr.double.setFiles(
    ctx.github.number,
    files.map((f) =>
      typeof f === 'string' ? { filename: f, status: 'modified' } : { filename: f[0], status: f[1] },
    ),
  );
  return ctx;
}

describe('github.changelog', () => {
  it('passes when a CHANGELOG at the root or in a package changed', async () => {
    const out = await runKind(changelog, {}, changing(['src/index.ts', 'CHANGELOG.md']));
    expect(out).toMatchObject({ status: 'pass', summary: 'changelog updated: CHANGELOG.md' });
    const nested = await runKind(changelog, {}, changing(['packages/core/CHANGELOG.md']));
    expect(nested.status).toBe('pass');
  });

  it('fails when no changelog changed, or it was only deleted', async () => {
    const out = await runKind(changelog, {}, changing(['src/index.ts', 'README.md']));
    expect(out).toMatchObject({
      status: 'fail',
      summary: 'no changelog changed (2 files changed, none matching CHANGELOG*, **/CHANGELOG*)',
    });
    const deleted = await runKind(changelog, {}, changing([['CHANGELOG.md', 'removed']]));
    expect(deleted.status).toBe('fail');
  });

  it('takes other paths', async () => {
    const ctx = changing(['docs/releases/1.4.md']);
    expect((await runKind(changelog, { paths: ['docs/releases/*.md'] }, ctx)).status).toBe('pass');
    expect((await runKind(changelog, {}, ctx)).status).toBe('fail');
  });

  it('reads every page of changed files', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `src/file-${i}.ts`);
    const out = await runKind(changelog, {}, changing([...files, 'CHANGELOG.md']));
    expect(out.status).toBe('pass');
    expect(out.evidence).toMatchObject({ filesListed: 251 });
  });

  it('needs a pull request', async () => {
    expect((await runKind(changelog, {}, bareContext())).status).toBe('error');
  });
});

describe('github.target-branch', () => {
  it('passes when the base branch matches a name or glob', async () => {
    expect(await runKind(targetBranch, { branches: ['main'] }, pr.open(next++))).toMatchObject({
      status: 'pass',
      summary: 'targets main',
    });
    const release = pr.open(next++, { baseRef: 'release/2.x' });
    expect((await runKind(targetBranch, { branches: ['main', 'release/*'] }, release)).status).toBe('pass');
  });

  it('fails naming the actual base', async () => {
    const out = await runKind(
      targetBranch,
      { branches: ['main', 'release/*'] },
      pr.open(next++, { baseRef: 'develop' }),
    );
    expect(out).toEqual({
      status: 'fail',
      summary: 'targets develop, not main, release/*',
      evidence: { base: 'develop', branches: ['main', 'release/*'] },
    });
  });

  it('asks GitHub nothing', async () => {
    const ctx = pr.open(next++);
    pr.double.resetRequests();
    await runKind(targetBranch, { branches: ['main'] }, ctx);
    expect(pr.double.count()).toBe(0);
  });

  it('needs a pull request, and a branch list', async () => {
    expect((await runKind(targetBranch, { branches: ['main'] }, bareContext())).summary).toMatch(
      /^needs the action on a pull request/,
    );
    expect(paramProblems(targetBranch, {})).toEqual(["the document is missing the required key 'branches'"]);
  });
});
