import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { defaultRegistry } from '../../src/checks/registry.js';
import { loadChecklist, type LoadResult } from '../../src/definition/load.js';
import { allItems, type Checklist, type Item } from '../../src/definition/model.js';
import { builtinNames, readDefinitionFile } from '../../src/io/files.js';
import { load, messages, type Files } from './harness.js';

/** Valid definitions: what `extends`, `override`, `disable`, targets and field mapping produce. */

function ok(result: LoadResult): Checklist {
  if (!result.ok) throw new Error(`expected a checklist, got:\n${messages(result).join('\n')}`);
  return result.checklist;
}

function ids(checklist: Checklist): string[] {
  return allItems(checklist).map((i) => i.id);
}

function item(checklist: Checklist, id: string): Item {
  const found = allItems(checklist).find((i) => i.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
}

function layout(checklist: Checklist): Array<[string, string, string[]]> {
  return checklist.sections.map((s) => [s.id, s.title, s.items.map((i) => i.id)]);
}

const BASE = `id: base
title: Base checklist
applies-to:
  base-branches: [main]
sections:
  - id: release
    title: Release
    items:
      - id: changelog
        title: A CHANGELOG is kept
        description: Every user-visible change is listed.
        when: { paths: ['src/**'] }
        check: { kind: repo.files-exist, paths: ['CHANGELOG*'] }
      - id: rollback
        title: Rollback plan written
        approvers: { permission: maintain }
  - title: Code quality
    items:
      - id: no-console
        title: No console.log
        check: { kind: repo.forbidden-pattern, patterns: ['console\\.log\\('], include: ['src/**'] }
`;

/** One section with one automated item that needs the target `prod`. */
const SMOKE_SECTION = `sections:
  - title: Ops
    items:
      - id: smoke
        title: Smoke test passes
        check: { kind: command, run: ./smoke.sh, target: prod }
`;

describe('built-in checklists on disk', () => {
  let dir: string;
  const read = (files: Files) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
  };
  const loadDisk = (entry: string, env: Record<string, string> = {}) =>
    loadChecklist(path.join(dir, entry), {
      readFile: readDefinitionFile,
      registry: defaultRegistry,
      builtins: builtinNames(),
      env,
    });

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'preflight-extends-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  test('the real built-ins are found by name', () => {
    expect([...builtinNames().entries()]).toContainEqual(['repo-basics', 'builtin:repo-basics']);
  });

  test('extends a built-in by name', () => {
    read({
      '.github/preflight.yml': `id: app
title: App release
extends: repo-basics
sections:
  - id: release
    title: Release
    items:
      - id: tagged
        title: The release is tagged
`,
    });
    const c = ok(loadDisk('.github/preflight.yml'));
    expect(c.id).toBe('app');
    expect(c.title).toBe('App release');
    expect(c.files).toEqual([path.join(dir, '.github/preflight.yml'), 'builtin:repo-basics']);
    expect(layout(c)).toEqual([
      ['release', 'Release', ['readme', 'changelog', 'no-dumps-or-backups', 'tagged']],
    ]);
    expect(item(c, 'readme').source).toEqual({ file: 'builtin:repo-basics', line: 9, col: 9 });
    expect(item(c, 'no-dumps-or-backups').check).toEqual({
      kind: 'repo.files-absent',
      params: {
        paths: ['**/*.sql.gz', '**/*.dump', '**/*.bak', '**/*.orig', '**/*.jks', '**/*.p12'],
        'tracked-only': true,
      },
    });
  });

  test('extends a relative file on disk, from a subfolder', () => {
    read({
      'shared/base.yml': BASE.replace('id: changelog', 'id: changes'),
      '.github/preflight.yml': 'id: app\nextends: [../shared/base.yml, repo-basics]\n',
    });
    const c = ok(loadDisk('.github/preflight.yml'));
    expect(c.title).toBe('Base checklist');
    expect(c.files).toEqual([
      path.join(dir, '.github/preflight.yml'),
      path.join(dir, 'shared/base.yml'),
      'builtin:repo-basics',
    ]);
    expect(layout(c)).toEqual([
      ['release', 'Release', ['changes', 'rollback', 'readme', 'changelog', 'no-dumps-or-backups']],
      ['code-quality', 'Code quality', ['no-console']],
    ]);
  });

  test('the demo service example loads', () => {
    const c = ok(
      loadChecklist(path.resolve('examples/demo-service/.github/preflight.yml'), {
        readFile: readDefinitionFile,
        registry: defaultRegistry,
        builtins: builtinNames(),
        env: {},
      }),
    );
    expect(c.id).toBe('demo-release');
    expect(layout(c)).toEqual([
      ['release', 'Release', ['readme', 'changelog', 'no-dumps-or-backups', 'rollback-plan']],
      ['security', 'Security', ['env-not-committed', 'no-placeholder-secrets', 'oauth-redirects']],
      ['code-quality', 'Code quality', ['no-console-log', 'has-test-script', 'tests-pass']],
      ['docker', 'Container', ['dockerfile-non-root']],
    ]);
    expect(item(c, 'tests-pass').timeoutMs).toBe(120_000);
    expect(item(c, 'rollback-plan')).toMatchObject({
      approvers: { permission: 'maintain', users: [], teams: [] },
      resetOnPush: true,
    });
  });
});

describe('extends in memory', () => {
  test('a relative file: parent items first, id and title from the child', () => {
    const c = ok(
      load({
        'preflight.yml': `id: app
title: App
extends: ./base.yml
sections:
  - title: Docs
    items:
      - id: api-docs
        title: API docs are published
`,
        'base.yml': BASE,
      }),
    );
    expect(c.id).toBe('app');
    expect(c.title).toBe('App');
    expect(c.files).toEqual(['preflight.yml', 'base.yml']);
    expect(c.appliesTo).toEqual({ baseBranches: ['main'] });
    expect(layout(c)).toEqual([
      ['release', 'Release', ['changelog', 'rollback']],
      ['code-quality', 'Code quality', ['no-console']],
      ['docs', 'Docs', ['api-docs']],
    ]);
  });

  test('the title is inherited when the child has none', () => {
    const c = ok(load({ 'preflight.yml': 'id: app\nextends: ./base.yml\n', 'base.yml': BASE }));
    expect(c.id).toBe('app');
    expect(c.title).toBe('Base checklist');
  });

  test('multiple extends, in order, each file listed once', () => {
    const c = ok(
      load({
        'preflight.yml': 'id: app\nextends: [repo-basics, ./base.yml]\n',
        'base.yml': BASE.replace('id: changelog', 'id: changes'),
      }),
    );
    expect(c.files).toEqual(['preflight.yml', 'builtin:repo-basics', 'base.yml']);
    expect(layout(c)).toEqual([
      ['release', 'Release', ['readme', 'changelog', 'changes', 'rollback']],
      ['code-quality', 'Code quality', ['no-console']],
    ]);
  });

  test('diamond: the same grandparent through two parents is not a duplicate', () => {
    const c = ok(
      load({
        'preflight.yml': 'id: app\ntitle: App\nextends: [./web.yml, ./worker.yml]\n',
        'web.yml': `id: web
extends: repo-basics
sections:
  - title: Web
    items:
      - id: tls
        title: TLS is on
`,
        'worker.yml': `id: worker
extends: repo-basics
sections:
  - title: Worker
    items:
      - id: queue-alerts
        title: Queue alerts exist
`,
      }),
    );
    expect(c.files).toEqual(['preflight.yml', 'web.yml', 'builtin:repo-basics', 'worker.yml']);
    expect(layout(c)).toEqual([
      ['release', 'Release', ['readme', 'changelog']],
      ['web', 'Web', ['tls']],
      ['worker', 'Worker', ['queue-alerts']],
    ]);
  });

  test('sections merge by id, also when the id comes from the title', () => {
    const c = ok(
      load({
        'preflight.yml': `id: app
extends: ./base.yml
sections:
  - id: release
    title: Shipping
    items:
      - id: tagged
        title: Tagged
  - title: Code Quality
    items:
      - id: lint
        title: Lint passes
  - title: Security
    items:
      - id: secrets
        title: No secrets
`,
        'base.yml': BASE,
      }),
    );
    expect(layout(c)).toEqual([
      ['release', 'Release', ['changelog', 'rollback', 'tagged']],
      ['code-quality', 'Code quality', ['no-console', 'lint']],
      ['security', 'Security', ['secrets']],
    ]);
    expect(item(c, 'lint').section).toBe('code-quality');
  });

  test('override changes the given fields of an inherited item and keeps the others', () => {
    const c = ok(
      load({
        'preflight.yml': `id: app
extends: ./base.yml
override:
  changelog:
    title: CHANGES.md is kept
    required: false
    check: { kind: repo.files-exist, paths: [CHANGES.md], tracked-only: true }
  rollback:
    approvers: { teams: [acme/sre] }
    reset-on-push: true
    timeout: 30s
`,
        'base.yml': BASE,
      }),
    );
    expect(item(c, 'changelog')).toEqual({
      id: 'changelog',
      title: 'CHANGES.md is kept',
      description: 'Every user-visible change is listed.',
      section: 'release',
      required: false,
      resetOnPush: false,
      when: { paths: ['src/**'] },
      check: { kind: 'repo.files-exist', params: { paths: ['CHANGES.md'], 'tracked-only': true } },
      source: { file: 'base.yml', line: 9, col: 9 },
    });
    expect(item(c, 'rollback')).toEqual({
      id: 'rollback',
      title: 'Rollback plan written',
      section: 'release',
      required: true,
      resetOnPush: true,
      timeoutMs: 30_000,
      approvers: { users: [], teams: ['acme/sre'] },
      source: { file: 'base.yml', line: 14, col: 9 },
    });
    expect(ids(c)).toEqual(['changelog', 'rollback', 'no-console']);
  });

  test('override does not change the parent as another child sees it', () => {
    const files = {
      'preflight.yml': 'id: app\nextends: [./a.yml, ./b.yml]\n',
      'a.yml': 'id: a\nextends: ./base.yml\noverride:\n  changelog: { title: Changed in a }\n',
      'b.yml': 'id: b\nextends: ./base.yml\n',
      'base.yml': BASE,
    };
    const c = ok(load(files));
    expect(item(c, 'changelog').title).toBe('Changed in a');
    expect(ok(load(files, { entry: 'b.yml' })).sections[0]?.items[0]?.title).toBe('A CHANGELOG is kept');
  });

  test('an override replacing a check drops the old check target reference', () => {
    const c = ok(
      load({
        'preflight.yml': `id: app
extends: ./base.yml
override:
  smoke:
    check: { kind: command, run: ./smoke.sh }
`,
        'base.yml': `id: base\ntitle: Base\n${SMOKE_SECTION}`,
      }),
    );
    expect(item(c, 'smoke').check).toEqual({ kind: 'command', params: { run: './smoke.sh' } });
    expect(c.targets).toEqual({});
  });

  test('disable removes items, and sections left empty', () => {
    const c = ok(
      load({
        'preflight.yml': 'id: app\nextends: ./base.yml\ndisable: [rollback, no-console]\n',
        'base.yml': BASE,
      }),
    );
    expect(layout(c)).toEqual([['release', 'Release', ['changelog']]]);
  });

  test('a disabled item no longer needs its target', () => {
    const c = ok(
      load({
        'preflight.yml': 'id: app\nextends: ./base.yml\ndisable: [smoke]\n',
        'base.yml': `id: base\ntitle: Base\n${SMOKE_SECTION}      - id: runbook\n        title: Runbook updated\n`,
      }),
    );
    expect(ids(c)).toEqual(['runbook']);
  });

  test('a child may disable a grandparent item and a parent may override it', () => {
    const c = ok(
      load({
        'preflight.yml': 'id: app\nextends: ./mid.yml\ndisable: [readme]\n',
        'mid.yml': 'id: mid\nextends: repo-basics\noverride:\n  changelog: { required: false }\n',
      }),
    );
    expect(allItems(c).map((i) => [i.id, i.required])).toEqual([['changelog', false]]);
  });
});

describe('targets', () => {
  const withTarget = (targets: string, extra = '') => `id: app
title: App
targets:
${targets}
${SMOKE_SECTION}${extra}`;

  test('a target used by a parent may be defined by the child', () => {
    const c = ok(load({ 'preflight.yml': 'id: app\nextends: web-service\n' }));
    expect(c.targets).toEqual({ prod: 'https://example.com' });
    expect(item(c, 'health').check?.params.target).toBe('prod');
  });

  test('child targets override parent targets', () => {
    const c = ok(
      load({
        'preflight.yml':
          'id: app\nextends: web-service\ntargets:\n  prod: https://app.example.org\n  docs: https://docs.example.org\n',
      }),
    );
    expect(c.targets).toEqual({ prod: 'https://app.example.org', docs: 'https://docs.example.org' });
  });

  test('${VAR:-default} takes the default when the variable is unset or empty', () => {
    const text = withTarget('  prod: https://${PROD_HOST:-staging.example.com}/api');
    expect(ok(load(text, { env: {} })).targets).toEqual({ prod: 'https://staging.example.com/api' });
    expect(ok(load(text, { env: { PROD_HOST: '' } })).targets).toEqual({
      prod: 'https://staging.example.com/api',
    });
    expect(ok(load(text, { env: { PROD_HOST: 'example.com' } })).targets).toEqual({
      prod: 'https://example.com/api',
    });
  });

  test('${VAR} takes the environment value', () => {
    const text = withTarget('  prod: ${SCHEME:-https}://${HOST}:8443');
    expect(ok(load(text)).targets).toEqual({ prod: 'https://example.com:8443' });
  });

  test('a CLI or action override wins and suppresses a missing variable', () => {
    const text = withTarget('  prod: https://${PROD_HOST}');
    expect(messages(load(text, { env: {} }))).toHaveLength(1);
    const c = ok(load(text, { env: {}, targetOverrides: { prod: 'http://localhost:3000' } }));
    expect(c.targets).toEqual({ prod: 'http://localhost:3000' });
  });

  test('an override may define a target the definition does not have', () => {
    const text = withTarget('  docs: https://docs.example.com');
    const c = ok(load(text, { targetOverrides: { prod: 'https://pr-12.preview.example.com' } }));
    expect(c.targets).toEqual({
      docs: 'https://docs.example.com',
      prod: 'https://pr-12.preview.example.com',
    });
  });
});

describe('field mapping', () => {
  const c = () =>
    ok(
      load(`id: app
title: App
applies-to:
  head-branches: ['release/*']
  base-branches: [main]
  labels: [release]
sections:
  - id: ops
    title: Operations
    items:
      - id: manual
        title: Sign-off
        description: Someone from SRE signs off.
        reset-on-push: true
        approvers:
          permission: admin
          users: [alice]
          teams: [acme/sre]
        when:
          paths: ['deploy/**']
          labels: [infra]
          base-branches: ['release/*']
      - id: minutes
        title: Tests pass
        timeout: 2m
        check: { kind: command, run: npm test }
      - id: seconds
        title: Lint passes
        timeout: 5
        check: { kind: command, run: npm run lint }
      - id: fractions
        title: Format check
        timeout: 1.5s
        required: false
        check: { kind: command, run: npm run format:check }
      - id: millis
        title: Quick
        timeout: 500ms
        check: { kind: command, run: 'true' }
`),
    );

  test('kebab-case keys become model fields', () => {
    const checklist = c();
    expect(checklist.appliesTo).toEqual({
      headBranches: ['release/*'],
      baseBranches: ['main'],
      labels: ['release'],
    });
    expect(item(checklist, 'manual')).toEqual({
      id: 'manual',
      title: 'Sign-off',
      description: 'Someone from SRE signs off.',
      section: 'ops',
      required: true,
      resetOnPush: true,
      approvers: { permission: 'admin', users: ['alice'], teams: ['acme/sre'] },
      when: { paths: ['deploy/**'], labels: ['infra'], baseBranches: ['release/*'] },
      source: { file: 'preflight.yml', line: 11, col: 9 },
    });
  });

  test('durations become milliseconds', () => {
    const checklist = c();
    expect(
      ['minutes', 'seconds', 'fractions', 'millis'].map((id) => [id, item(checklist, id).timeoutMs]),
    ).toEqual([
      ['minutes', 120_000],
      ['seconds', 5000],
      ['fractions', 1500],
      ['millis', 500],
    ]);
  });

  test('defaults: required, not reset on push, no timeout; check params without the kind', () => {
    const minutes = item(c(), 'minutes');
    expect(minutes).toEqual({
      id: 'minutes',
      title: 'Tests pass',
      section: 'ops',
      required: true,
      resetOnPush: false,
      timeoutMs: 120_000,
      check: { kind: 'command', params: { run: 'npm test' } },
      source: { file: 'preflight.yml', line: 23, col: 9 },
    });
    expect(item(c(), 'fractions').required).toBe(false);
  });

  test('item source positions point at each item, in its own file', () => {
    const checklist = ok(
      load({
        'preflight.yml': `# Release checklist
id: app
extends: [repo-basics]
sections:
  - title: Docs
    items:
      - title: API docs are published
        id: api-docs
      -   id: runbook
          title: Runbook
`,
      }),
    );
    expect(allItems(checklist).map((i) => [i.id, i.source])).toEqual([
      ['readme', { file: 'builtin:repo-basics', line: 7, col: 9 }],
      ['changelog', { file: 'builtin:repo-basics', line: 10, col: 9 }],
      ['api-docs', { file: 'preflight.yml', line: 7, col: 9 }],
      ['runbook', { file: 'preflight.yml', line: 9, col: 11 }],
    ]);
  });
});
