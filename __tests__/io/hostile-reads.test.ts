/**
 * Every file a kind or the action reads from the checkout goes through the bounded reader: a link to
 * /dev/zero or /etc/passwd, a FIFO and a linked folder out are refused at once with a clear result (never a
 * hang, never megabytes read, never a file outside the repository). Real files in a temporary repository.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { releaseVersion } from '../../src/action/gate/version.js';
import { httpResponse } from '../../src/checks/net/http-response.js';
import { value as repoValue } from '../../src/checks/repo/value.js';
import { repoSecrets } from '../../src/checks/secrets/repo-secrets.js';
import { cleanupRepos, makeRepo, type TestRepo } from '../helpers/git-repo.js';
import { runKind } from '../checks/run-kind.js';

let repo: TestRepo;

beforeAll(async () => {
  repo = await makeRepo({ 'ok.json': '{"version":"1.2.3"}\n', 'src/a.js': 'export const a = 1;\n' });
  const at = (rel: string) => path.join(repo.dir, rel);
  execFileSync('mkfifo', [at('fifo.json')]);
  symlinkSync('/dev/zero', at('zero.json'));
  symlinkSync('/etc/passwd', at('passwd.yml'));
  symlinkSync('/etc', at('etc'));
});

afterAll(cleanupRepos);

/** Each hostile name, and what the reader says of it. */
const HOSTILE: Array<[string, RegExp]> = [
  ['fifo.json', /not a regular file|named pipe/],
  ['zero.json', /symbolic link|link that leads out of the repository/],
  ['passwd.yml', /symbolic link|link that leads out of the repository/],
  ['etc/passwd', /leaves the repository|symbolic link|leads out of the repository/],
];

describe('reads from the checkout are bounded and stay inside', () => {
  test.each(HOSTILE)('repo.value on %s is an error that says why, at once', async (file, why) => {
    const started = Date.now();
    const out = await runKind(repoValue, { file, path: 'version', format: 'json' }, repo.context());
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(why);
    expect(out.summary).not.toMatch(/root:|daemon/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('repo.value still reads an ordinary file', async () => {
    const out = await runKind(
      repoValue,
      { file: 'ok.json', path: 'version', equals: '1.2.3' },
      repo.context(),
    );
    expect(out).toMatchObject({ status: 'pass', summary: 'ok.json version is "1.2.3"' });
  });

  test.each(HOSTILE)('a ca-file of %s is refused before any request', async (file, why) => {
    const out = await runKind(httpResponse, { url: 'http://127.0.0.1:9/', 'ca-file': file }, repo.context());
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/^ca-file .* cannot be read: /);
    expect(out.summary).toMatch(why);
  });

  test.each(HOSTILE)('a secrets allowlist of %s is refused, not read', async (file) => {
    const started = Date.now();
    const out = await runKind(repoSecrets, { 'ignore-file': file }, repo.context()).catch((e: Error) => ({
      status: 'error',
      summary: e.message,
    }));
    expect(out.status).toBe('error');
    expect(out.summary).toContain(`${file} is not read`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('the release version is never read through a link, a FIFO or a device', async () => {
    const other = await makeRepo({ 'x.txt': 'x' });
    symlinkSync('/dev/zero', path.join(other.dir, 'package.json'));
    expect(releaseVersion('Release', 'main', other.dir)).toBeUndefined();
    const fifo = await makeRepo({ 'x.txt': 'x' });
    execFileSync('mkfifo', [path.join(fifo.dir, 'package.json')]);
    expect(releaseVersion('Release', 'main', fifo.dir)).toBeUndefined();
    const plain = await makeRepo({ 'package.json': '{"version":"2.0.0"}' });
    expect(releaseVersion('Release', 'main', plain.dir)).toBe('2.0.0');
  });
});
