import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { defaultRegistry } from '../../src/checks/registry.js';
import { explainText } from '../../src/import/explain.js';
import { importMarkdown, type Explanation } from '../../src/import/index.js';
import { validateImported } from '../../src/import/command.js';

/** Imports a list of boxes and answers, per box, the checks it became (or the reason it stayed manual). */
function imported(lines: string[]) {
  const md = ['# Release', '## Checks', ...lines.map((l) => `- [ ] ${l}`)].join('\n');
  const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md' });
  if (!result.ok) throw new Error(result.message);
  expect(validateImported(result.yaml)).toEqual([]);
  const byTitle = new Map<string, Explanation>(result.explanations.map((e) => [e.title, e]));
  const of = (title: string): Explanation => {
    const e = byTitle.get(title);
    if (!e) throw new Error(`no item '${title}'`);
    return e;
  };
  return {
    result,
    checks: (title: string) => of(title).checks.map((c) => c.check),
    manual: (title: string) => of(title).manual,
    of,
  };
}

describe('recognising items by meaning', () => {
  test('items the issue lists as missed are automated, without backticks too', () => {
    const { checks } = imported([
      'Never commit .env',
      'Set NODE_ENV=production',
      '`npm audit`',
      'No linter errors',
      'All tests passing (unit, integration, E2E)',
      'TLS 1.2+ enforced',
      'JWT secrets are strong (256+ bits)',
      'Health checks configured',
      'HTTPS only',
      'CORS_ORIGIN (not `*`)',
      'Rate limiting enabled on API endpoints',
      'Cookies set with Secure, HttpOnly and SameSite flags',
      'Environment variables documented',
      'Changelog',
      'Code review completed',
    ]);
    expect(checks('Never commit .env')).toMatchObject([
      { kind: 'repo.untracked', paths: ['**/.env', '**/.env.*'] },
    ]);
    expect(checks('Set NODE_ENV=production')).toEqual([
      { kind: 'env.policy', variables: { NODE_ENV: { equals: 'production' } } },
    ]);
    expect(checks('`npm audit`')).toEqual([{ kind: 'command', run: 'npm audit' }]);
    expect(checks('No linter errors')).toEqual([{ kind: 'command', run: 'npm run lint' }]);
    expect(checks('All tests passing (unit, integration, E2E)')).toEqual([
      { kind: 'command', run: 'npm test' },
    ]);
    expect(checks('TLS 1.2+ enforced')).toEqual([
      { kind: 'tls.certificate', target: 'api', 'min-version': 'TLSv1.2' },
    ]);
    expect(checks('JWT secrets are strong (256+ bits)')).toEqual([
      { kind: 'env.policy', variables: { JWT_SECRET: { 'min-bytes': 32, 'not-placeholder': true } } },
    ]);
    expect(checks('Health checks configured')).toEqual([
      { kind: 'http.response', target: 'api', path: '/health' },
    ]);
    expect(checks('HTTPS only')).toEqual([{ kind: 'http.https-redirect', target: 'api' }]);
    expect(checks('CORS_ORIGIN (not `*`)')).toEqual([
      { kind: 'env.policy', variables: { CORS_ORIGIN: { matches: '^[^*]+$' } } },
    ]);
    expect(checks('Rate limiting enabled on API endpoints')).toMatchObject([{ kind: 'http.rate-limit' }]);
    expect(checks('Cookies set with Secure, HttpOnly and SameSite flags')).toEqual([
      {
        kind: 'http.security-headers',
        target: 'api',
        require: ['cookies'],
        'cookies-require-httponly': true,
        'cookies-require-samesite': true,
      },
    ]);
    expect(checks('Environment variables documented')).toEqual([{ kind: 'env.documented' }]);
    expect(checks('Changelog')).toEqual([{ kind: 'github.changelog' }]);
    expect(checks('Code review completed')).toEqual([{ kind: 'github.reviews' }]);
  });

  test('compound items: one kind merges into one check, several kinds split into one item each', () => {
    const { checks, result, of } = imported([
      'HSTS and CSP headers present',
      'Build and test',
      'Domain and TLS configured',
      '`SKIP_VERIFY=false` and `STRICT=true` in production',
    ]);
    expect(checks('HSTS and CSP headers present')).toEqual([
      { kind: 'http.security-headers', target: 'api', require: ['hsts', 'csp'] },
    ]);
    expect(checks('Build and test')).toEqual([
      { kind: 'command', run: 'npm run build' },
      { kind: 'command', run: 'npm test' },
    ]);
    expect(checks('Domain and TLS configured').map((c) => c.kind)).toEqual([
      'tls.certificate',
      'dns.resolve',
    ]);
    expect(checks('`SKIP_VERIFY=false` and `STRICT=true` in production')).toEqual([
      { kind: 'env.policy', variables: { SKIP_VERIFY: { equals: 'false' }, STRICT: { equals: 'true' } } },
    ]);
    expect(result.ok && result.summary.split).toBe(2);
    const doc = parse(result.ok ? result.yaml : '') as {
      sections: Array<{ items: Array<{ id: string; title: string }> }>;
    };
    const titles = doc.sections.flatMap((s) => s.items.map((i) => `${i.id}: ${i.title}`));
    expect(titles).toContain('build-and-test: Build and test (1/2)');
    expect(titles).toContain('build-and-test-2: Build and test (2/2)');
    expect(of('Build and test').ids).toEqual(['build-and-test', 'build-and-test-2']);
  });

  test('numbers are read from the text: budgets, percentiles, lengths, days, percentages, counts', () => {
    const { checks } = imported([
      'p95 response time under 300ms',
      'API responses < 250ms average',
      'Load test passed (50 concurrent users, p99 < 1.5s, errors < 1%)',
      '`SESSION_SECRET` at least 64 characters',
      '`DATA_KEY` exactly 32 bytes',
      'SSL certificate valid with more than 21 days left',
      'Rate limiting active (100 req/min)',
      'Approved by 2 reviewers',
    ]);
    expect(checks('p95 response time under 300ms')).toEqual([
      { kind: 'http.latency', target: 'api', 'p95-ms': 300 },
    ]);
    expect(checks('API responses < 250ms average')).toEqual([
      { kind: 'http.latency', target: 'api', 'p50-ms': 250 },
    ]);
    expect(checks('Load test passed (50 concurrent users, p99 < 1.5s, errors < 1%)')).toEqual([
      { kind: 'http.latency', target: 'api', 'p99-ms': 1500, concurrency: 50, 'max-error-rate': 0.01 },
    ]);
    expect(checks('`SESSION_SECRET` at least 64 characters')).toEqual([
      { kind: 'env.policy', variables: { SESSION_SECRET: { 'min-bytes': 64 } } },
    ]);
    expect(checks('`DATA_KEY` exactly 32 bytes')).toEqual([
      { kind: 'env.policy', variables: { DATA_KEY: { 'exact-bytes': 32 } } },
    ]);
    expect(checks('SSL certificate valid with more than 21 days left')).toEqual([
      { kind: 'tls.certificate', target: 'api', 'min-days': 21 },
    ]);
    expect(checks('Rate limiting active (100 req/min)')).toEqual([
      { kind: 'http.rate-limit', target: 'api', requests: 110 },
    ]);
    expect(checks('Approved by 2 reviewers')).toEqual([{ kind: 'github.reviews', 'min-approvals': 2 }]);
  });

  test('no number in the text: the item stays manual rather than getting an invented threshold', () => {
    const { checks, manual } = imported([
      'API response times acceptable',
      'Page load time is fast',
      'E2E tests passing',
    ]);
    expect(checks('API response times acceptable')).toEqual([]);
    expect(manual('API response times acceptable')).toMatch(/no budget in the words/);
    expect(checks('Page load time is fast')).toEqual([]);
    expect(checks('E2E tests passing')).toEqual([]);
    expect(manual('E2E tests passing')).toMatch(/name its command/);
  });

  test('templates, tracking, monitoring, scheduling, notifying and documenting stay manual, and say why', () => {
    const lines = [
      'File upload time (1MB): _____s',
      'API response time: [TARGET] (p95)',
      'Track p95 latency under 500ms',
      'Monitor error rates (< 1%)',
      'Schedule the TLS certificate renewal',
      'Notify stakeholders that HTTPS is enforced',
      'Document the rate limiting configuration',
      '**T+0:10** - Monitor error rates',
      'SSL certificate expiration monitoring',
      'Release tagged',
    ];
    const { checks, manual } = imported(lines);
    for (const l of lines) expect(checks(l)).toEqual([]);
    expect(manual('File upload time (1MB): _____s')).toMatch(/template to fill in/);
    expect(manual('API response time: [TARGET] (p95)')).toMatch(/template to fill in/);
    expect(manual('Track p95 latency under 500ms')).toMatch(/"track"/);
    expect(manual('Schedule the TLS certificate renewal')).toMatch(/"schedule"/);
    expect(manual('**T+0:10** - Monitor error rates')).toMatch(/"monitor"/);
    expect(manual('Release tagged')).toMatch(/after the merge/);
  });

  test('thresholds to watch or alert on are not release checks', () => {
    const md = [
      '## Monitoring',
      '- [ ] Alert thresholds set:',
      '  - [ ] Response time > 1s',
      '  - [ ] p95 latency < 800ms',
      '',
      '**Success Indicators:**',
      '- [ ] Response times < 1s',
      '## Performance Testing',
      '- [ ] Response times < 1s',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md' });
    if (!result.ok) throw new Error(result.message);
    expect(result.explanations.map((e) => [e.line, e.checks.map((c) => c.kind)])).toEqual([
      [2, []],
      [3, []],
      [4, []],
      [7, []],
      [9, ['http.latency']],
    ]);
    expect(result.explanations[0]?.manual).toMatch(/nested items carry the checks/);
  });

  test('negations and meaning-dependent items are not guessed', () => {
    const { checks } = imported([
      'The app is never run with `NODE_ENV=development` in production',
      '`JWT_SECRET` matches backend',
      'No secrets in environment variables (use a secrets manager)',
      'Dependencies up to date',
      '`main` is green',
    ]);
    expect(checks('The app is never run with `NODE_ENV=development` in production')).toEqual([]);
    expect(checks('`JWT_SECRET` matches backend')).toEqual([]);
    expect(checks('No secrets in environment variables (use a secrets manager)')).toEqual([]);
    expect(checks('Dependencies up to date')).toEqual([]);
    expect(checks('`main` is green')).toEqual([]);
  });

  test('the document decides the stack and names the verify token for items that lean on it', () => {
    const md = [
      '## Setup',
      '- [ ] `APP_VERIFY_TOKEN` set',
      '- [ ] Flask secret key rotated',
      '## Checks',
      '- [ ] All tests passing',
      '- [ ] Webhook verification working',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md' });
    if (!result.ok) throw new Error(result.message);
    const kinds = result.explanations.map((e) => e.checks.map((c) => c.check));
    expect(kinds[2]).toEqual([{ kind: 'command', run: 'pytest' }]);
    expect(kinds[3]).toEqual([{ kind: 'webhook.verify', target: 'api', 'token-env': 'APP_VERIFY_TOKEN' }]);
  });
});

describe('every guess names why', () => {
  test('a comment above each check names the rule and the words it matched; guesses say what they assumed', () => {
    const { result } = imported([
      'HSTS and CSP headers present',
      'Rate limiting configured',
      'Firewall configured',
    ]);
    const yaml = result.ok ? result.yaml : '';
    expect(yaml).toContain('# why: http.security-headers: matched "hsts", "csp"');
    expect(yaml).toContain('# why: http.rate-limit: matched "rate limiting configured"');
    expect(yaml).toMatch(/# guessed: a bounded burst must meet a 429/);
    expect(yaml.match(/# why:/g)).toHaveLength(2);
  });

  test('Markdown text cannot break out of a YAML comment', () => {
    const md = '## X\n- [ ] No mixed content\u2028kind: command\u2029run: rm -rf /';
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md' });
    if (!result.ok) throw new Error(result.message);
    expect(validateImported(result.yaml)).toEqual([]);
    const doc = parse(result.yaml) as { sections: Array<{ items: Array<{ check?: { kind: string } }> }> };
    expect(doc.sections[0]?.items[0]?.check?.kind).toBe('http.mixed-content');
  });

  test('--explain text lists each item with its line, its checks and rule, or why it stays manual', () => {
    const { result } = imported(['HSTS header present', 'Monitor error rates', 'Firewall configured']);
    const text = explainText(result.ok ? result.explanations : []);
    expect(text).toBe(
      [
        '## Checks',
        'line 3: HSTS header present',
        '  → http.security-headers require=["hsts"]',
        '    rule http.security-headers, matched "hsts"',
        'line 4: Monitor error rates',
        '  manual: "monitor" is an activity for people, not a state a check can verify',
        'line 5: Firewall configured',
        '  manual (no rule matched)',
        '',
      ].join('\n'),
    );
  });

  test('explanations carry no control characters to a terminal', () => {
    const md = '## X\n- [ ] HSTS header present \u001b[31mred\u001b[0m';
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'x.md' });
    const text = explainText(result.ok ? result.explanations : []);
    expect(text.includes('\u001b')).toBe(false);
  });
});

describe('bounded on hostile items', () => {
  test('a 200 KB item is read only as far as the rules look, and imports', () => {
    const long = `HSTS header present ${'a'.repeat(200_000)}`;
    const result = importMarkdown(`## X\n- [ ] ${long}`, { registry: defaultRegistry, source: 'x.md' });
    expect(result.ok && result.explanations[0]?.checks[0]?.kind).toBe('http.security-headers');
  });
});

describe('claims the gate cannot see stay manual and say why', () => {
  test('variables set elsewhere, either of two, and tuning tasks', () => {
    const { checks, manual } = imported([
      '`WORKER_MODE=queue` set in local `.env`',
      '`MAIL_KEY` configured in hosting platform',
      '`TZ_NAME=UTC` confirmed in Railway env vars',
      'Set `LOG_TOKEN` or `TRACE_ENDPOINT` for logs',
      'Tune `POOL_MAX_SIZE` to the load you see',
      'Notes kept (see DEPLOY_NOTES_FINAL.md)',
      '`MAIL_FROM` set',
    ]);
    expect(manual('`WORKER_MODE=queue` set in local `.env`')).toMatch(/local machine/);
    expect(manual('`MAIL_KEY` configured in hosting platform')).toMatch(/hosting platform's settings/);
    expect(manual('`TZ_NAME=UTC` confirmed in Railway env vars')).toMatch(/"in railway"/);
    expect(manual('Set `LOG_TOKEN` or `TRACE_ENDPOINT` for logs')).toMatch(/either of two variables/);
    expect(manual('Tune `POOL_MAX_SIZE` to the load you see')).toMatch(/"tune" is an activity/);
    expect(checks('Notes kept (see DEPLOY_NOTES_FINAL.md)')).toEqual([]);
    expect(checks('`MAIL_FROM` set')).toEqual([{ kind: 'env.policy', variables: { MAIL_FROM: {} } }]);
  });

  test('secrets under a parent that says they are a CI system’s', () => {
    const md = [
      '# Release',
      '## Deploy pipeline (GitHub Actions)',
      '- [ ] Secrets added:',
      '  - [ ] DEPLOY_HOOK_TOKEN',
      '## Environment',
      '- [ ] Secrets:',
      '  - [ ] SESSION_SECRET',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md' });
    if (!result.ok) throw new Error(result.message);
    const byLine = new Map(result.explanations.map((e) => [e.line, e]));
    expect(byLine.get(4)?.checks).toEqual([]);
    expect(byLine.get(4)?.manual).toMatch(/CI system/);
    expect(byLine.get(7)?.checks.map((c) => c.kind)).toEqual(['env.policy']);
  });

  test('a build done as a deployment step, and a parent over tests of their own', () => {
    const md = [
      '# Release',
      '## Server deployment',
      '- [ ] Run `npm run build`',
      '- [ ] `npm run build` succeeds',
      '## Sign-off',
      '- [ ] **All tests passed**',
      '  - [ ] Payment flow verified by hand',
    ].join('\n');
    const result = importMarkdown(md, { registry: defaultRegistry, source: 'release.md' });
    if (!result.ok) throw new Error(result.message);
    const byLine = new Map(result.explanations.map((e) => [e.line, e]));
    expect(byLine.get(3)?.manual).toMatch(/step of the deployment/);
    expect(byLine.get(4)?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'npm run build' }]);
    expect(byLine.get(6)?.checks).toEqual([]);
  });
});

describe('named checks in other words, by stack', () => {
  const explain = (md: string, repoStack?: 'python' | 'go') => {
    const result = importMarkdown(md, {
      registry: defaultRegistry,
      source: 'release.md',
      ...(repoStack ? { repoStack } : {}),
    });
    if (!result.ok) throw new Error(result.message);
    expect(validateImported(result.yaml)).toEqual([]);
    return { result, byLine: new Map(result.explanations.map((e) => [e.line, e])) };
  };

  test('a Python project: both commands of an `&&` span, a check run in a container, no compile step', () => {
    const { byLine, result } = explain(
      [
        '# Release',
        '## Checks',
        '- [ ] Lint clean: `ruff check . && ruff format . --check`',
        '- [ ] All tests pass: `docker exec ledger-worker pytest -q`',
        '- [ ] Code compiles without errors',
        '- [ ] Build process working',
      ].join('\n'),
      'python',
    );
    expect(byLine.get(3)?.checks.map((c) => c.check)).toEqual([
      { kind: 'command', run: 'ruff check .' },
      { kind: 'command', run: 'ruff format . --check' },
    ]);
    expect(byLine.get(4)?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'pytest -q' }]);
    // The container the command ran in is named in the guess, for the reviewer.
    expect(result.yaml).toMatch(/# guessed: `pytest -q` was run in the container "ledger-worker"/);
    expect(byLine.get(5)?.checks).toEqual([]);
    expect(byLine.get(6)?.checks).toEqual([]);
  });

  test('a Go project: code that compiles and a build that succeeds are `go build ./...`, linting `go vet`', () => {
    const { byLine, result } = explain(
      [
        '# Release',
        '## Checks',
        '- [ ] The project compiles cleanly',
        '- [ ] Build succeeds',
        '- [ ] Linting passes',
      ].join('\n'),
      'go',
    );
    expect(byLine.get(3)?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'go build ./...' }]);
    expect(byLine.get(4)?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'go build ./...' }]);
    expect(byLine.get(5)?.checks.map((c) => c.check)).toEqual([{ kind: 'command', run: 'go vet ./...' }]);
    expect(result.yaml).toMatch(
      /# guessed: a go project \(from the document, else the repository\): its usual lint command/,
    );
  });

  test('a Python project has no build step nor one linter: those stay manual', () => {
    const { byLine } = explain(
      ['# Release', '## Checks', '- [ ] Build succeeds', '- [ ] Linting passes'].join('\n'),
      'python',
    );
    expect(byLine.get(3)?.checks).toEqual([]);
    expect(byLine.get(4)?.checks).toEqual([]);
  });
});
