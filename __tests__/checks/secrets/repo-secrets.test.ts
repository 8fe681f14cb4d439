import { afterAll, describe, expect, it } from '@jest/globals';
import { repoSecrets } from '../../../src/checks/secrets/repo-secrets.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { paramProblems, runKind } from '../run-kind.js';
import { pfx } from './pkcs12-der.js';
import { tokens } from './tokens.js';

afterAll(cleanupRepos);

const t = tokens(11);

describe('repo.secrets', () => {
  it('passes on a repository without secrets, scanning every tracked text file', async () => {
    const repo = await makeRepo({
      'README.md': '# shop\n\nSet the token in `GITHUB_TOKEN`.\n',
      'src/config.js': 'export const apiKey = process.env.API_KEY;\n',
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]),
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe('no secret in 2 files');
    expect(outcome.evidence).toMatchObject({ filesScanned: 2, binarySkipped: 1, secrets: 0 });
  });

  it('fails with file:line:col findings, previews and fingerprints, never the secret itself', async () => {
    const key = t.github();
    const stripe = t.stripeLive();
    const pem = t.rsaKey();
    const registered: string[] = [];
    const repo = await makeRepo(
      {
        '.env.production': `NODE_ENV=production\nGITHUB_TOKEN=${key}\n`,
        'app/settings.py': `import os\n\nstripe.api_key = "${stripe}"\n`,
        'deploy/key.pem': `${pem}\n`,
        'package-lock.json': `{"integrity": "token=${t.password()}"}\n`,
      },
      { untracked: { 'local.env': `TOKEN=${t.github()}\n` } },
    );
    const outcome = await runKind(
      repoSecrets,
      {},
      repo.context({ registerSecret: (v) => registered.push(v) }),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe(
      '3 secrets in 3 files: .env.production:2, app/settings.py:3, deploy/key.pem:1',
    );
    expect(outcome.findings).toEqual([
      expect.objectContaining({ file: '.env.production', line: 2, col: 14 }),
      expect.objectContaining({ file: 'app/settings.py', line: 3, col: 19 }),
      expect.objectContaining({ file: 'deploy/key.pem', line: 1, col: 1 }),
    ]);
    expect(outcome.findings?.[0]?.message).toMatch(
      /^GitHub personal access token \(github-pat\): ghp_…\(40 chars\), fingerprint [0-9a-f]{12}; revoke it/,
    );
    const printed = JSON.stringify(outcome);
    for (const secret of [key, stripe, key.slice(4, 20), stripe.slice(8, 24)]) {
      expect(printed).not.toContain(secret);
    }
    for (const line of pem.split('\n').slice(1, -1)) expect(printed).not.toContain(line);
    expect(outcome.evidence).toMatchObject({
      secrets: 3,
      perRule: { 'github-pat': 1, 'stripe-live-key': 1, 'private-key': 1 },
    });
    // Every secret it read goes to the runner's log masking (a key block line by line).
    expect(registered).toEqual(expect.arrayContaining([key, stripe, ...pem.split('\n').slice(1, -1)]));
  });

  it('accepts paths and fingerprints from the allowlist file and the allow parameter', async () => {
    const a = t.github();
    const b = t.npm();
    const c = t.google();
    const repo = await makeRepo({
      'keys/tokens.txt': `${a}\n`,
      'src/npm.js': `const t = '${b}';\n`,
      'src/maps.js': `const m = '${c}';\n`,
    });
    const first = await runKind(repoSecrets, {}, repo.context());
    expect(first.findings).toHaveLength(3);
    const npmFinding = first.findings?.find((f) => f.file === 'src/npm.js');
    const fp = /fingerprint ([0-9a-f]{12})/.exec(npmFinding?.message ?? '')?.[1];
    expect(fp).toMatch(/^[0-9a-f]{12}$/);

    await repo.commit('allowlist', {
      '.preflight-secrets-ignore': `# sample keys\nkeys/**\n${fp}  # the npm token is revoked\n`,
    });
    const second = await runKind(repoSecrets, {}, repo.context());
    expect(second.findings?.map((f) => f.file)).toEqual(['src/maps.js']);
    expect(second.evidence).toMatchObject({ allowlisted: 1, filesExcluded: 2 });

    const third = await runKind(repoSecrets, { allow: ['src/maps.js'] }, repo.context());
    expect(third.status).toBe('pass');
    expect(third.summary).toBe('no secret in 1 file (1 allowlisted)');
  });

  it('names an allowlist glob that cannot run instead of dropping it silently', async () => {
    const repo = await makeRepo({
      'keys/tokens.txt': `${t.github()}\n`,
      '.preflight-secrets-ignore': 'keys/!(public)/**\n',
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    // The glob is left out, so the file is still scanned (never silently accepted), and the result says why.
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.file)).toEqual(['keys/tokens.txt']);
    expect(outcome.summary).toContain(
      '1 allowlist glob left out (cannot be matched in linear time): keys/!(public)/**',
    );
    expect(outcome.evidence).toMatchObject({
      allowlistSkipped: [expect.stringMatching(/^keys\/!\(public\)\/\*\*: uses a negated group/)],
    });
    expect(paramProblems(repoSecrets, { allow: ['docs/**', 'keys/!(public)/**'] })).toEqual([
      expect.stringMatching(/^allow\.1: uses a negated group !\(…\), which cannot be matched in linear time/),
    ]);
  });

  it('scans only the included files, skips the excluded ones and disabled rules', async () => {
    const repo = await makeRepo({
      'a/one.env': `TOKEN=${t.github()}\n`,
      'b/two.env': `TOKEN=${t.github()}\n`,
      'b/three.env': `DATABASE_URL=postgres://app:${t.password()}@db:5432/app\n`,
    });
    const only = await runKind(repoSecrets, { include: ['b/**'], exclude: ['**/two.env'] }, repo.context());
    expect(only.findings?.map((f) => f.file)).toEqual(['b/three.env']);
    const off = await runKind(
      repoSecrets,
      { include: ['b/**'], exclude: ['**/two.env'], 'disable-rules': ['database-url-password'] },
      repo.context(),
    );
    expect(off.status).toBe('pass');
  });

  it("skips vendored code (node_modules, yarn's checked-in release) and lock files by default", async () => {
    const line = `const clientSecret = '${t.password()}';\n`;
    const repo = await makeRepo({
      '.yarn/releases/yarn-9.9.9.cjs': line,
      '.yarn/plugins/plugin-x.cjs': line,
      'node_modules/pkg/index.js': line,
      'deno.lock': line,
      'src/app.js': line,
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.findings?.map((f) => f.file)).toEqual(['src/app.js']);
  });

  it('reports a committed PKCS#12 key store by name and digest, never its bytes', async () => {
    // Key material holds NUL bytes (a DER integer with its high bit set starts with one), so git and the
    // scan see the file as binary, as they see every real store.
    const store = pfx('key', [0, ...Buffer.from(t.hex(400), 'hex')]);
    const repo = await makeRepo({
      'certs/server.p12': store,
      'certs/trust.p12': pfx('cert', [0, ...Buffer.from(t.hex(400), 'hex')]),
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('fail');
    expect(outcome.findings).toEqual([
      expect.objectContaining({ file: 'certs/server.p12', line: 1, col: 1 }),
    ]);
    expect(outcome.findings?.[0]?.message).toMatch(
      /^PKCS#12 key store holding a private key \(pkcs12-key-store\): binary file, fingerprint [0-9a-f]{12}/,
    );
    expect(outcome.evidence).toMatchObject({ binarySkipped: 1, perRule: { 'pkcs12-key-store': 1 } });
    const off = await runKind(repoSecrets, { 'disable-rules': ['pkcs12-key-store'] }, repo.context());
    expect(off.status).toBe('pass');
  });

  it('caps the findings listed but counts them all', async () => {
    const lines = Array.from({ length: 5 }, () => `t = "${t.github()}"`).join('\n');
    const repo = await makeRepo({ 'many.txt': `${lines}\n` });
    const outcome = await runKind(repoSecrets, { 'max-findings': 2 }, repo.context());
    expect(outcome.findings).toHaveLength(2);
    expect(outcome.evidence).toMatchObject({ secrets: 5 });
    expect(outcome.summary).toMatch(/^5 secrets in 1 file: many\.txt:1/);
  });

  it('rejects unknown rule ids and an allowlist path outside the repository, naming the field', () => {
    expect(paramProblems(repoSecrets, { 'disable-rules': ['generic-secret', 'nope'] })).toEqual([
      expect.stringMatching(/^disable-rules\.1: is not a rule id \(known: private-key, /),
    ]);
    expect(paramProblems(repoSecrets, { 'ignore-file': '../outside' })).toEqual([
      'ignore-file: must be a path inside the repository',
    ]);
    expect(paramProblems(repoSecrets, { 'max-findings': 0 })).toHaveLength(1);
  });

  it('stops when the engine aborts', async () => {
    const repo = await makeRepo({ 'a.txt': 'x\n' });
    const controller = new AbortController();
    controller.abort(new Error('timed out'));
    await expect(runKind(repoSecrets, {}, repo.context({ signal: controller.signal }))).rejects.toThrow(
      'timed out',
    );
  });
});
