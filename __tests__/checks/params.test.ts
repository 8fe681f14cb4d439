import { describe, expect, it } from '@jest/globals';
import { builtinKinds, createRegistry, defaultRegistry } from '../../src/checks/registry.js';
import { createAjv, validateWith } from '../../src/definition/schema-errors.js';

/** The smallest valid parameters of each kind. */
const MINIMAL: Record<string, Record<string, unknown>> = {
  'repo.files-exist': { paths: ['README*'] },
  'repo.files-absent': { paths: ['**/*.bak'] },
  'repo.untracked': { paths: ['.env'] },
  'repo.forbidden-pattern': { patterns: ['console\\.log'] },
  'repo.required-pattern': { pattern: 'Usage', files: ['README.md'] },
  'repo.value': { file: 'package.json', path: 'scripts.test' },
  'repo.secrets': {},
  command: { run: 'npm test' },
  'http.response': {},
  'http.latency': {},
  'http.https-redirect': {},
  'tls.certificate': {},
  'dns.resolve': {},
  'http.rate-limit': {},
  'webhook.verify': { 'token-env': 'VERIFY_TOKEN' },
  'http.security-headers': {},
  'http.cors': {},
  'http.mixed-content': {},
  'ws.handshake': {},
  'env.policy': { variables: { NODE_ENV: { equals: 'production' } } },
  'env.documented': {},
  'docker.policy': {},
  'compose.policy': {},
  'github.reviews': {},
  'github.checks-green': {},
  'github.version-bump': {},
  'github.changelog': {},
  'github.target-branch': { branches: ['main'] },
};

const ajv = createAjv();

describe('check kind parameter schemas', () => {
  it('the registry holds every kind once', () => {
    expect([...defaultRegistry.keys()].sort()).toEqual(Object.keys(MINIMAL).sort());
    expect(() => createRegistry([...builtinKinds, builtinKinds[0]!])).toThrow(
      'check kind registered twice: repo.files-exist',
    );
  });

  describe.each(builtinKinds.map((k) => [k.kind, k] as const))('%s', (name, kind) => {
    const validate = ajv.compile(kind.params);
    const minimal = MINIMAL[name] as Record<string, unknown>;

    it('accepts its minimal parameters, and a target', () => {
      expect(validateWith(validate, minimal)).toEqual([]);
      expect(validateWith(validate, { ...minimal, target: 'production' })).toEqual([]);
      expect(kind.validate?.(minimal) ?? []).toEqual([]);
    });

    it('rejects an unknown key', () => {
      const problems = validateWith(validate, { ...minimal, bogus: true });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ path: ['bogus'], atKey: true });
      expect(problems[0]?.message).toMatch(/^unknown key 'bogus'/);
    });

    it('rejects missing required keys', () => {
      const required = (kind.params.required as string[]) ?? [];
      // Target kinds default to the checklist's only target, so they may need nothing else.
      // GitHub kinds other than target-branch default everything (one approval, package.json, CHANGELOG*).
      // env.documented, docker.policy and compose.policy default their files and rules; repo.secrets its rules.
      const allDefaulted =
        (kind.scope === 'github' && name !== 'github.target-branch') ||
        ['env.documented', 'docker.policy', 'compose.policy', 'repo.secrets'].includes(name);
      if (kind.scope !== 'target' && !allDefaulted) expect(required.length).toBeGreaterThan(0);
      for (const key of required) {
        const rest = Object.fromEntries(Object.entries(minimal).filter(([k]) => k !== key));
        expect(validateWith(validate, rest).map((p) => p.message)).toContain(
          `the document is missing the required key '${key}'`,
        );
      }
    });

    it('has a description', () => {
      expect(kind.description.length).toBeGreaterThan(10);
    });
  });

  it('glob lists must not be empty', () => {
    const validate = ajv.compile(defaultRegistry.get('repo.files-exist')!.params);
    expect(validateWith(validate, { paths: [] }).map((p) => p.message)).toEqual([
      "'paths' must list at least 1 entry",
    ]);
    expect(validateWith(validate, { paths: [''] }).map((p) => p.message)).toEqual([
      "'paths[0]' must not be empty",
    ]);
  });

  it('pattern kinds reject regular expressions that do not compile', () => {
    const forbidden = defaultRegistry.get('repo.forbidden-pattern')!;
    expect(forbidden.validate?.({ patterns: ['ok', '[unclosed'] })).toEqual([
      { path: ['patterns', 1], message: 'is not a valid regular expression: Unterminated character class' },
    ]);
    const required = defaultRegistry.get('repo.required-pattern')!;
    expect(required.validate?.({ pattern: '*x', files: ['a'] })).toEqual([
      { path: ['pattern'], message: 'is not a valid regular expression: Nothing to repeat' },
    ]);
  });
});
