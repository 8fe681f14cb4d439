import { describe, expect, it } from '@jest/globals';
import { versionBump } from '../../../src/checks/github/version-bump.js';
import { paramProblems, runKind } from '../run-kind.js';
import { bareContext, usePullRequests } from './pr-context.js';

const pr = usePullRequests();
let next = 300;

const pkg = (version: string) => `${JSON.stringify({ name: 'app', version }, null, 2)}\n`;

/** A pull request whose base and head hold these files (a head file left out is inherited from the base). */
function withFiles(base: Record<string, string>, head: Record<string, string>) {
  const ctx = pr.open(next++);
  for (const [path, content] of Object.entries(base)) pr.double.putFile(ctx.github.baseSha, path, content);
  for (const [path, content] of Object.entries(head)) pr.double.putFile(ctx.github.headSha, path, content);
  return ctx;
}

describe('github.version-bump', () => {
  it("passes when package.json's version went up, with both versions as evidence", async () => {
    const out = await runKind(
      versionBump,
      {},
      withFiles({ 'package.json': pkg('1.2.3') }, { 'package.json': pkg('1.3.0') }),
    );
    expect(out).toMatchObject({ status: 'pass', summary: '1.2.3 → 1.3.0' });
    expect(out.evidence).toEqual({ file: 'package.json', base: '1.2.3', head: '1.3.0' });
  });

  it('fails when the version did not change (the head inherits the base file)', async () => {
    const out = await runKind(versionBump, {}, withFiles({ 'package.json': pkg('2.0.0') }, {}));
    expect(out).toMatchObject({ status: 'fail', summary: 'version not bumped: still 2.0.0' });
  });

  it('fails when the version went backwards, comparing as semantic versions', async () => {
    const out = await runKind(
      versionBump,
      {},
      withFiles({ 'package.json': pkg('1.10.0') }, { 'package.json': pkg('1.9.0') }),
    );
    expect(out).toMatchObject({ status: 'fail', summary: 'version went backwards: 1.10.0 → 1.9.0' });
    const release = await runKind(
      versionBump,
      {},
      withFiles({ 'package.json': pkg('3.0.0-rc.2') }, { 'package.json': pkg('3.0.0') }),
    );
    expect(release.status).toBe('pass');
  });

  it('reads another file with a pattern', async () => {
    const ctx = withFiles(
      { 'src/app/__init__.py': '__version__ = "0.9.1"\n' },
      { 'src/app/__init__.py': '"""App."""\n__version__ = "0.10.0"\n' },
    );
    const params = { file: 'src/app/__init__.py', pattern: '^__version__ = "([^"]+)"' };
    expect(await runKind(versionBump, params, ctx)).toMatchObject({
      status: 'pass',
      summary: '0.9.1 → 0.10.0',
    });
  });

  it('an unparseable version is an error, not a pass', async () => {
    const out = await runKind(
      versionBump,
      {},
      withFiles({ 'package.json': pkg('1.0.0') }, { 'package.json': pkg('next') }),
    );
    expect(out).toEqual({ status: 'error', summary: 'head version "next" is not a semantic version' });
    const noVersion = await runKind(versionBump, {}, withFiles({}, { 'package.json': '{"name":"x"}' }));
    expect(noVersion).toEqual({
      status: 'error',
      summary: 'on the head: package.json has no "version" string',
    });
    const broken = await runKind(versionBump, {}, withFiles({}, { 'package.json': '{ not json' }));
    expect(broken.summary).toBe(
      'on the head: package.json is not valid JSON (give a pattern for other formats)',
    );
    const noMatch = await runKind(
      versionBump,
      { file: 'VERSION', pattern: '^v(\\d+\\.\\d+\\.\\d+)$' },
      withFiles({}, { VERSION: '1.2\n' }),
    );
    expect(noMatch).toEqual({ status: 'error', summary: 'on the head: the pattern does not match VERSION' });
  });

  it('a missing file on the head fails; a file new in this pull request passes', async () => {
    expect(await runKind(versionBump, {}, withFiles({}, {}))).toEqual({
      status: 'fail',
      summary: 'package.json not found on the head commit',
    });
    const added = await runKind(versionBump, {}, withFiles({}, { 'package.json': pkg('0.1.0') }));
    expect(added).toMatchObject({ status: 'pass', summary: 'package.json is new: version 0.1.0' });
  });

  it('needs a pull request', async () => {
    expect((await runKind(versionBump, {}, bareContext())).status).toBe('error');
  });

  it('rejects bad parameters, naming the field', () => {
    expect(paramProblems(versionBump, { pattern: 'version = \\d+' })).toEqual([
      'pattern: needs a capture group around the version, as in "version = (.+)"',
    ]);
    expect(paramProblems(versionBump, { pattern: '(' })[0]).toMatch(
      /^pattern: is not a valid regular expression/,
    );
    expect(paramProblems(versionBump, { file: '../outside/package.json' })).toEqual([
      'file: must stay inside the repository (a relative path without "..")',
    ]);
  });
});
