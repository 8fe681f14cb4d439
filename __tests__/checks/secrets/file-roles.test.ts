import { afterAll, describe, expect, it } from '@jest/globals';
import { fileRole, ciRunsTests } from '../../../src/checks/secrets/file-roles.js';
import { repoSecrets, worthMasking } from '../../../src/checks/secrets/repo-secrets.js';
import { createRegistry } from '../../../src/checks/registry.js';
import { evaluate } from '../../../src/engine/evaluate.js';
import { redactOutcome, SecretSet } from '../../../src/engine/redact.js';
import { cleanupRepos, makeRepo } from '../../helpers/git-repo.js';
import { runKind } from '../run-kind.js';
import { tokens } from './tokens.js';

afterAll(cleanupRepos);

const t = tokens(23);

describe('where a credential-shaped value sits', () => {
  it('knows test files, documentation and examples, and CI files by their paths', () => {
    for (const f of [
      'test/backend/monitors/mysql.js',
      'hc/front/tests/test_validator.py',
      'src/__tests__/login.ts',
      'web/src/validate-token.spec.ts',
      'pkg/http/params_test.go',
      'app/test_models.py',
      'spec/models/user_spec.rb',
      'src/main/java/AuthServiceTest.java',
      'crates/lint/tests/specs/noSecrets/input.js',
      'server/fixtures/users.json',
      'internal/parse/testdata/config.yml',
      '.env.test',
      'packages/api/.env.testing',
    ])
      expect([f, fileRole(f)]).toEqual([f, 'test']);
    for (const f of [
      'README.md',
      'internal/fever/README.md',
      'docs/content/config/media.md',
      'docs/conf.py',
      'examples/deploy/config.yml',
      '.env.example',
      '.env.sample',
      'example.env',
      'config.example.json',
      'settings.sample.yml',
    ])
      expect([f, fileRole(f)]).toEqual([f, 'docs']);
    for (const f of ['.github/workflows/ci.yml', '.gitlab-ci.yml', '.circleci/config.yml'])
      expect([f, fileRole(f)]).toEqual([f, 'ci']);
    for (const f of [
      'src/config.ts',
      'server/settings.py',
      'docker-compose.yml',
      '.env',
      '.env.production',
      'contest/app.js',
      'latest/key.pem',
      'src/testing-utils.ts',
    ])
      expect([f, fileRole(f)]).toEqual([f, undefined]);
  });

  it('reads a CI file as test settings only when it sets a test environment', () => {
    expect(ciRunsTests('env:\n  NODE_ENV: test\n  SECRET_KEY: abc\n')).toBe(true);
    expect(ciRunsTests('env:\n  RAILS_ENV: "test"\n')).toBe(true);
    expect(ciRunsTests('env:\n  NODE_ENV: production\n  DEPLOY_KEY: abc\n')).toBe(false);
    expect(ciRunsTests('run: npm test\n')).toBe(false);
  });
});

describe('repo.secrets on the shapes real repositories hold', () => {
  it('notes what test files hold (fake tokens, test server keys, fixture passwords) without failing', async () => {
    const repo = await makeRepo({
      'web/src/validate-token.spec.ts': `const token = '${t.github()}'\nconst scoped = '${t.fineGrained()}'\n`,
      'test/manual-tls/certs/server.key': `${t.rsaKey()}\n`,
      'hc/integrations/tests/test_add.py': `password = "${t.password()}"\n`,
      'src/app.ts': 'export const port = 8080;\n',
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toMatch(
      /^no secret in 4 files; noted, not failing: 4 credential-shaped values in test files \(/,
    );
    expect(outcome.findings ?? []).toEqual([]);
    expect(outcome.evidence).toMatchObject({ secrets: 0, noted: 4, notedIn: { test: 4 } });
    expect((outcome.evidence?.notes as string[])[0]).toMatch(
      /^hc\/integrations\/tests\/test_add\.py:1:\d+ generic-secret |^test\/manual-tls/,
    );

    const strict = await runKind(repoSecrets, { 'test-files': 'fail' }, repo.context());
    expect(strict.status).toBe('fail');
    expect(strict.evidence).toMatchObject({ secrets: 4, noted: 0 });
  });

  it('still fails a real key outside the tests, and a provider token even in documentation', async () => {
    const key = t.github();
    const repo = await makeRepo({
      'src/config.ts': `export const token = '${key}';\n`,
      'README.md': `Deploy with \`GH_TOKEN=${t.github()}\`.\n`,
      'test/helpers.ts': `export const token = '${t.github()}';\n`,
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.file)).toEqual(['README.md', 'src/config.ts']);
    expect(outcome.summary).toMatch(
      /^2 secrets in 2 files: README\.md:1, src\/config\.ts:1; noted, not failing: 1 credential-shaped value in test files \(test\/helpers\.ts:1\)$/,
    );
    expect(JSON.stringify(outcome)).not.toContain(key);
  });

  it('notes the pattern findings of documentation and examples, fails them with doc-files: fail', async () => {
    const repo = await makeRepo({
      'docs/api.md': `curl -u admin:${t.password()} https://api.shop.io/v3/checks\n`,
      'internal/fever/README.md': `api_secret = "${t.password()}"\n`,
      'config.example.json': `{ "db": "postgres://app:${t.password()}@db.internal:5432/app" }\n`,
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence).toMatchObject({ noted: 3, notedIn: { docs: 3 } });
    expect(outcome.summary).toContain('in documentation and examples (');
    const strict = await runKind(repoSecrets, { 'doc-files': 'fail' }, repo.context());
    expect(strict.status).toBe('fail');
    expect(strict.evidence).toMatchObject({ secrets: 3 });
  });

  it('notes values in a CI file that sets a test environment, and fails a CI file that deploys', async () => {
    const value = t.hex(64).toUpperCase();
    const repo = await makeRepo({
      '.github/workflows/ci.yml': `env:\n  NODE_ENV: test\n  SECRET_KEY: ${value}\n`,
      '.github/workflows/deploy.yml': `env:\n  NODE_ENV: production\n  SECRET_KEY: ${t.hex(64).toUpperCase()}\n`,
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome.status).toBe('fail');
    expect(outcome.findings?.map((f) => f.file)).toEqual(['.github/workflows/deploy.yml']);
    expect(outcome.evidence).toMatchObject({ secrets: 1, noted: 1, notedIn: { ci: 1 } });
    expect(outcome.summary).toContain('in CI test settings (.github/workflows/ci.yml:3)');
  });

  it('does not take placeholders written where a value goes for credentials', async () => {
    const repo = await makeRepo({
      'docker-compose.yml':
        'services:\n  app:\n    environment:\n      DATABASE_URL: postgresql://app:STRONG_DB_PASSWORD@db:5432/app\n      API_KEY: YOUR_API_KEY_HERE\n',
      'deploy/run.sh': 'curl --header "X-Api-Key: your-api-key" https://status.shop.io/api/v3/checks/\n',
      'server/reader.go': 'const sample = `Auth=readeruser/0123456789abcdef...`\n',
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome).toMatchObject({ status: 'pass', evidence: { secrets: 0, noted: 0 } });
  });

  it('does not take credentials in URLs to loopback, or URLs shown as examples, for secrets', async () => {
    const repo = await makeRepo({
      'server/modules/search/definition.yml':
        'hint: Hosts, with the user and password if needed. (e.g. http://localhost:9200, https://user:pass@es1.example.com:9200)\n',
      'src/env.validation.ts':
        "message: 'must be a valid URL e.g http://user:password@localhost:8123/app',\n",
      'views/integrations.html': '<input type="url" placeholder="https://username:password@example.org">\n',
      'config/local.yml': `url: mysql://root:${t.password()}@127.0.0.1:3306/app\n`,
      'config/dev.yml': `cache: redis://app:${t.password()}@localhost:6379\n`,
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome).toMatchObject({ status: 'pass', evidence: { secrets: 0 } });

    const real = await makeRepo({
      'deploy/mirror.sh': `git push https://deploy:${t.password()}@git.shop.io/app.git\n`,
      'config/production.yml': `database: postgres://app:${t.password()}@db.shop.internal:5432/app\n`,
      // Outside an example's wording, a URL to example.com is judged like any other (as secretlint does).
      'src/api.ts': 'const API_URL = "https://user:secret123@api.example.com/endpoint";\n',
      // An example's wording ends with its sentence.
      'src/mirror.ts': `// e.g. a mirror. Then: push to https://bot:${t.password()}@git.shop.io/app.git\n`,
    });
    const found = await runKind(repoSecrets, {}, real.context());
    expect(found.status).toBe('fail');
    expect(found.findings?.map((f) => `${f.file} ${f.message.replace(/:.*/, '')}`)).toEqual([
      'config/production.yml password in a database URL (database-url-password)',
      'deploy/mirror.sh password in a URL (url-credentials)',
      'src/api.ts password in a URL (url-credentials)',
      'src/mirror.ts password in a URL (url-credentials)',
    ]);
  });

  it('reads a query string value only up to the next parameter, and a member path as a name', async () => {
    const repo = await makeRepo({
      'src/params.go': 'u, _ := url.Parse("http://shop.io/?key=42&invalid=value&negative=-5")\n',
      'src/push.py': 'params = "?pushover_user_key=a&state=foo&prio=0&prio_up=-1"\n',
      'src/feed.go': "const example = 'https://feeds.shop.io/fever/?api_key=TOKEN&items&max_id=0'\n",
      'plugins/github/api.ts':
        'const hooks = new Webhooks({\n  secretKey: env.GITHUB_WEBHOOK_SECRET!,\n});\n',
      'shared/i18n/locales/da_DK/translation.json':
        '{\n  "OAuth application secret": "OAuth-applikationshemmelighed"\n}\n',
    });
    const outcome = await runKind(repoSecrets, {}, repo.context());
    expect(outcome).toMatchObject({ status: 'pass', evidence: { secrets: 0, noted: 0 } });

    const real = await makeRepo({
      'src/client.ts': `const u = '/v1/feed?api_key=${t.password()}&page=2';\n`,
    });
    expect((await runKind(repoSecrets, {}, real.context())).status).toBe('fail');
  });
});

describe('a found value that is a short word', () => {
  it('is not masked in the rest of the output, and can never change a verdict', async () => {
    expect(worthMasking('pass')).toBe(false);
    expect(worthMasking('invalid')).toBe(false);
    expect(worthMasking('password')).toBe(false);
    expect(worthMasking('Xk29fLq8')).toBe(true);
    expect(worthMasking(t.password())).toBe(true);

    // Even a value registered by other means, equal to a status word, leaves the status alone.
    const secrets = new SecretSet([{ name: 'X', value: 'fail' }]);
    expect(redactOutcome({ status: 'fail', summary: 'it did fail' }, secrets)).toEqual({
      status: 'fail',
      summary: 'it did [redacted X]',
    });
  });

  it('in a real repository: a 4-letter URL password equal to a status word keeps every verdict', async () => {
    const repo = await makeRepo({
      'deploy/mirror.sh': 'git push https://deploy:fail@git.shop.io/app.git\n',
      'src/token-store.ts': 'export const password = "pass";\n',
    });
    const registered: string[] = [];
    const report = await evaluate(
      {
        id: 'c',
        title: 'C',
        files: ['f.yml'],
        targets: {},
        sections: [
          {
            id: 's',
            title: 'S',
            items: ['a', 'b'].map((id) => ({
              id,
              title: `Item ${id}`,
              section: 's',
              required: true,
              resetOnPush: false,
              source: { file: 'f.yml', line: 1, col: 1 },
              check: { kind: 'repo.secrets', params: {} },
            })),
          },
        ],
      },
      {
        registry: createRegistry([repoSecrets]),
        context: repo.context({ registerSecret: (v) => registered.push(v) }),
        facts: {},
        concurrency: 1,
        defaultTimeoutMs: 30_000,
        version: 'test',
      },
    );
    expect(report.items.map((i) => i.status)).toEqual(['fail', 'fail']);
    expect(report.state).toBe('fail');
    expect(report.items[1]?.findings?.[0]?.file).toBe('deploy/mirror.sh');
    expect(report.items[1]?.findings?.[0]?.message).toMatch(/^password in a URL \(url-credentials\)/);
    expect(registered).toEqual([]);
  });
});
