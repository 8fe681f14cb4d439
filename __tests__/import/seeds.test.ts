import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { builtinKinds, createRegistry, defaultRegistry } from '../../src/checks/registry.js';
import type { CheckKind } from '../../src/checks/types.js';
import { loadChecklist } from '../../src/definition/load.js';
import { allItems } from '../../src/definition/model.js';
import { inlineText } from '../../src/render/escape.js';
import { previewComment } from '../../src/gate/preview.js';
import { importMarkdown } from '../../src/import/index.js';
import { readOutline } from '../../src/import/outline.js';
import { evaluateChecklist } from '../../src/pipeline/check.js';
import { builtinNames, readDefinitionFile } from '../../src/io/files.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';

const SEEDS = path.join(PROJECT_ROOT, '__tests__/import/seeds');
const CHAT = 'chat-platform-deployment-checklist.md';
const KHANFLOW = 'khanflow-production-checklist.md';

interface RawItem {
  id: string;
  title: string;
  description?: string;
  check?: Record<string, unknown> & { kind: string };
  approvers?: { permission: string };
}

function seed(name: string) {
  const text = readFileSync(path.join(SEEDS, name));
  const result = importMarkdown(text, { registry: defaultRegistry, source: name });
  if (!result.ok) throw new Error(result.message);
  const doc = parse(result.yaml) as { sections: Array<{ title: string; items: RawItem[] }> };
  const items = doc.sections.flatMap((s) => s.items);
  const item = (title: string): RawItem => {
    const found = items.filter((i) => i.title.includes(title));
    if (found.length !== 1) throw new Error(`${found.length} items titled like '${title}'`);
    return found[0] as RawItem;
  };
  return { text: text.toString('utf8'), result, doc, items, item };
}

function load(yaml: string, registry = defaultRegistry) {
  return loadChecklist('imported.yml', {
    readFile: (f) => (f === 'imported.yml' ? { text: yaml } : readDefinitionFile(f)),
    registry,
    builtins: builtinNames(),
    env: {},
    targetOverrides: { api: 'http://127.0.0.1:9/' },
  });
}

describe.each([CHAT, KHANFLOW])('importing %s', (name) => {
  test('gives a definition the loader accepts, with every task item and unique ids', () => {
    const { result, items, text } = seed(name);
    const loaded = load(result.yaml);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const outline = readOutline(text);
    const expected = outline.groups.reduce((n, g) => n + g.items.length, 0);
    // An item that makes claims of several kinds becomes one definition item per check.
    const extra = result.ok ? result.explanations.reduce((n, e) => n + Math.max(0, e.ids.length - 1), 0) : 0;
    expect(allItems(loaded.checklist)).toHaveLength(expected + extra);
    expect(result.ok && result.summary.split).toBe(text.includes('RATE_LIMIT_MAX_REQUESTS') ? 1 : 0);
    expect(result.summary.items).toBe(expected);
    expect(result.summary.automated + result.summary.manual).toBe(expected);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  test('rendering the comment keeps the text of every original item', async () => {
    const { result, text } = seed(name);
    // Every kind answers at once, so the comment can be rendered without a network or a repository.
    const quiet = createRegistry(
      builtinKinds.map((k): CheckKind => ({ ...k, run: async () => ({ status: 'pass', summary: 'ok' }) })),
    );
    const loaded = load(result.yaml, quiet);
    if (!loaded.ok) throw new Error('does not load');
    const report = await evaluateChecklist(loaded.checklist, {
      repoDir: PROJECT_ROOT,
      env: {},
      registry: quiet,
      allowCommands: false,
    });
    const comment = previewComment(loaded.checklist, report);
    const outline = readOutline(text);
    const originals = [
      ...outline.groups.flatMap((g) => g.items.map((i) => i.text.markdown)),
      ...outline.groups.map((g) => g.title),
    ];
    const missing = originals.filter((t) => !comment.includes(inlineText(t)));
    expect(missing).toEqual([]);
  });
});

describe('mappings from the chat platform checklist', () => {
  const { item, result } = seed(CHAT);

  test('the health curl -f lines become HTTP checks on that path of the api target', () => {
    expect(item('Backend health: `curl -f').check).toEqual({
      kind: 'http.response',
      target: 'api',
      path: '/health',
    });
    expect(item('Nginx health: `curl -f').check).toEqual({
      kind: 'http.response',
      target: 'api',
      path: '/health',
    });
  });

  test('secret lengths, distinct secrets and defaults become environment policies', () => {
    expect(item('`ENCRYPTION_KEY` (exactly 32 characters)').check).toEqual({
      kind: 'env.policy',
      variables: { ENCRYPTION_KEY: { 'exact-bytes': 32, 'not-placeholder': true } },
    });
    expect(item('`JWT_SECRET` (minimum 32 characters)').check).toEqual({
      kind: 'env.policy',
      variables: { JWT_SECRET: { 'min-bytes': 32, 'not-placeholder': true } },
    });
    expect(item('`JWT_REFRESH_SECRET` (different from JWT_SECRET)').check).toEqual({
      kind: 'env.policy',
      variables: { JWT_REFRESH_SECRET: { 'distinct-from': ['JWT_SECRET'], 'not-placeholder': true } },
    });
    expect(item('Change `POSTGRES_PASSWORD` from default').check).toEqual({
      kind: 'env.policy',
      variables: { POSTGRES_PASSWORD: { 'not-placeholder': true } },
    });
    expect(item('Set `NODE_ENV=production`').check).toEqual({
      kind: 'env.policy',
      variables: { NODE_ENV: { equals: 'production' } },
    });
  });

  test('grep for CHANGE_THIS becomes a forbidden pattern; commands become command checks', () => {
    expect(item('`grep -r "CHANGE_THIS" .env`').check).toMatchObject({
      kind: 'repo.forbidden-pattern',
      patterns: ['CHANGE_THIS'],
    });
    expect(item('Backend tests pass').check).toEqual({ kind: 'command', run: 'npm test', cwd: 'backend' });
    expect(item('Frontend builds successfully').check).toEqual({
      kind: 'command',
      run: 'npm run build',
      cwd: 'frontend',
    });
    expect(item('No hardcoded secrets in codebase').check).toEqual({ kind: 'repo.secrets' });
  });

  test('HTTPS, certificate, headers, HSTS, CSP, mixed content and response-time budgets', () => {
    expect(item('HTTPS redirects working').check?.kind).toBe('http.https-redirect');
    expect(item('SSL certificate valid and trusted').check?.kind).toBe('tls.certificate');
    expect(item('Certificate validity verified').check?.kind).toBe('tls.certificate');
    expect(item('No mixed content warnings').check?.kind).toBe('http.mixed-content');
    expect(item('Security headers present').check).toEqual({ kind: 'http.security-headers', target: 'api' });
    expect(item('HSTS header configured').check).toMatchObject({ require: ['hsts'] });
    expect(item('CSP headers configured').check).toMatchObject({ require: ['csp'] });
    expect(item('API response times acceptable (<500ms').check).toMatchObject({
      kind: 'http.latency',
      'p95-ms': 500,
    });
    expect(item('Page load times acceptable').check).toMatchObject({ kind: 'http.latency', 'p95-ms': 3000 });
    expect(item('WebSocket connections establish').check?.kind).toBe('ws.handshake');
  });

  test('people-only items stay manual, with maintainers for security matters', () => {
    expect(item('Firewall configured').check).toBeUndefined();
    expect(item('Firewall configured').approvers).toEqual({ permission: 'maintain' });
    expect(item('Team trained on new deployment').approvers).toEqual({ permission: 'write' });
    expect(item('Database backup created').check).toBeUndefined();
  });

  test('counts', () => {
    expect(result.ok && result.summary).toMatchObject({ items: 192, automated: CHAT_AUTOMATED, skipped: 0 });
  });
});

describe('mappings from the KhanFlow checklist', () => {
  const { item, result, doc } = seed(KHANFLOW);

  test('code quality items become commands and patterns', () => {
    expect(item('All tests passing').check).toEqual({ kind: 'command', run: 'npm test' });
    expect(item('TypeScript compilation successful').check).toEqual({
      kind: 'command',
      run: 'npx tsc --noEmit',
    });
    expect(item('Linting passes').check).toEqual({ kind: 'command', run: 'npm run lint' });
    expect(item('No console.log or debugging code').check).toMatchObject({
      kind: 'repo.forbidden-pattern',
      patterns: ['console\\.log\\(', '^\\s*debugger;?\\s*$'],
    });
    expect(item('Code reviewed and approved').check).toEqual({ kind: 'github.reviews' });
  });

  test('.env files and secrets', () => {
    expect(item('`.env` files not committed').check).toMatchObject({
      kind: 'repo.untracked',
      paths: ['**/.env', '**/.env.*'],
    });
    expect(item('Strong JWT secret generated (32+ characters)').check).toEqual({
      kind: 'env.policy',
      variables: { JWT_SECRET: { 'min-bytes': 32, 'not-placeholder': true } },
    });
    expect(item('`.env.example` files updated').check).toEqual({ kind: 'env.documented' });
  });

  test('Docker items become docker.policy checks of one rule each', () => {
    expect(item('Non-root user configured').check).toEqual({
      kind: 'docker.policy',
      'non-root': true,
      healthcheck: false,
      pinned: false,
      'no-secrets': false,
      'multi-stage': false,
    });
    expect(item('Health checks implemented').check).toMatchObject({
      kind: 'docker.policy',
      healthcheck: true,
    });
  });

  test('the same text in two sections keeps both items, with distinct ids', () => {
    const monitors = doc.sections.flatMap((s) => s.items).filter((i) => i.title === 'Monitor error rates');
    expect(monitors.map((i) => i.id)).toEqual(['monitor-error-rates', 'monitor-error-rates-2']);
  });

  test('counts', () => {
    expect(result.ok && result.summary).toMatchObject({
      items: 118,
      automated: KHANFLOW_AUTOMATED,
      skipped: 0,
    });
  });
});

const CHAT_AUTOMATED = 38;
// (Its Zoom variables "(if using)", the "AWS (if using)" section and "Update DNS (if needed)" are under a
// condition: manual.)
const KHANFLOW_AUTOMATED = 38;
