import { afterEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';
import { loadDefinition } from '../../src/pipeline/check.js';
import { WORKFLOW } from '../../src/init/workflow.js';
import { fakeIo } from '../helpers/cli-io.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-init-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

describe('preflight init', () => {
  test('writes a definition extending production-web-service and the workflow', async () => {
    const dir = tempDir();
    const { io, out } = fakeIo(dir);
    expect(await main(['init'], io)).toBe(0);
    expect(out()).toContain('wrote .github/preflight.yml');
    expect(out()).toContain('wrote .github/workflows/preflight.yml');
    const def = parse(read(dir, '.github/preflight.yml')) as { extends: string };
    expect(def.extends).toBe('production-web-service');
    const loaded = loadDefinition({
      checklist: '.github/preflight.yml',
      cwd: dir,
      env: {},
      targets: { api: 'https://example.invalid' },
    });
    expect(loaded.ok).toBe(true);
    expect(read(dir, '.github/workflows/preflight.yml')).toBe(WORKFLOW);
  });

  test('the workflow is the one README.md shows: same events and permissions', () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const block = /## Use it in a workflow[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBe(WORKFLOW);
    const workflow = parse(WORKFLOW) as Record<string, unknown>;
    expect(Object.keys(workflow.on as object)).toEqual([
      'pull_request',
      'issue_comment',
      'merge_group',
      'schedule',
      'workflow_dispatch',
    ]);
    expect(workflow.permissions).toEqual({
      contents: 'read',
      'pull-requests': 'write',
      statuses: 'write',
      checks: 'read',
    });
  });

  test('refuses to overwrite existing files unless --force', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(path.join(dir, '.github/workflows/preflight.yml'), 'name: mine\n');
    const refused = fakeIo(dir);
    expect(await main(['init'], refused.io)).toBe(2);
    expect(refused.err()).toContain(
      '.github/workflows/preflight.yml already exists; pass --force to overwrite',
    );
    expect(existsSync(path.join(dir, '.github/preflight.yml'))).toBe(false);
    expect(read(dir, '.github/workflows/preflight.yml')).toBe('name: mine\n');
    expect(await main(['init', '--force'], fakeIo(dir).io)).toBe(0);
    expect(read(dir, '.github/workflows/preflight.yml')).toBe(WORKFLOW);
  });

  test('--extends names a built-in; an unknown one lists the built-ins', async () => {
    const dir = tempDir();
    expect(await main(['init', '-C', dir, '--extends', 'tls'], fakeIo(PROJECT_ROOT).io)).toBe(0);
    expect((parse(read(dir, '.github/preflight.yml')) as { extends: string }).extends).toBe('tls');
    const other = tempDir();
    const bad = fakeIo(other);
    expect(await main(['init', '--extends', 'nope'], bad.io)).toBe(2);
    expect(bad.err()).toContain(
      "there is no built-in checklist 'nope'; the built-ins are docker, node-service",
    );
    expect(existsSync(path.join(other, '.github'))).toBe(false);
  });

  test('--from imports a Markdown checklist', async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'CHECKLIST.md'),
      '# Go live\n- [ ] HTTPS redirects working\n- [ ] Tell support\n',
    );
    const { io, out } = fakeIo(dir);
    expect(await main(['init', '--from', 'CHECKLIST.md'], io)).toBe(0);
    expect(out()).toContain('imported from CHECKLIST.md: 2 items: 1 automated, 1 manual, 0 skipped');
    const def = parse(read(dir, '.github/preflight.yml')) as { id: string; targets: Record<string, string> };
    expect(def.id).toBe('go-live');
    expect(def.targets).toEqual({ api: '${API_URL}' });
  });

  test('bad combinations and inputs are usage errors that write nothing', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'empty.md'), '');
    const both = fakeIo(dir);
    expect(await main(['init', '--from', 'empty.md', '--extends', 'tls'], both.io)).toBe(2);
    expect(both.err()).toContain('init takes --from FILE.md or --extends NAME, not both');
    const empty = fakeIo(dir);
    expect(await main(['init', '--from', 'empty.md'], empty.io)).toBe(2);
    expect(empty.err()).toContain('empty.md is empty');
    const extra = fakeIo(dir);
    expect(await main(['init', 'CHECKLIST.md'], extra.io)).toBe(2);
    expect(extra.err()).toContain('a Markdown file goes after --from');
    expect(existsSync(path.join(dir, '.github'))).toBe(false);
  });
});
