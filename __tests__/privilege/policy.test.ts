import { describe, expect, test } from '@jest/globals';
import { decidePrivilege, LISTED_EVENTS, publicEnvironment, trustedSha } from '../../src/action/privilege.js';
import { carryExecutingResults } from '../../src/gate/carry.js';
import type { GateRecord, RecordedItem } from '../../src/gate/record.js';
import { interpolate } from '../../src/definition/interpolate.js';

describe('the privilege policy', () => {
  test("only the pull request's own pull_request run may execute or read the head's checklist", () => {
    const open = LISTED_EVENTS.filter((e) => !decidePrivilege(e).privileged);
    expect(open).toEqual(['pull_request']);
    for (const e of [...LISTED_EVENTS, 'repository_dispatch', 'deployment', '']) {
      const p = decidePrivilege(e);
      expect({ e, commands: p.commands, head: p.headDefinitions }).toEqual({
        e,
        commands: e === 'pull_request',
        head: e === 'pull_request',
      });
    }
  });

  test('an event Preflight does not know is treated as holding a write token and secrets', () => {
    const p = decidePrivilege('repository_dispatch');
    expect(p).toMatchObject({ privileged: true, capabilities: { writeToken: true, secrets: true } });
    expect(p.reason).toContain('does not know');
  });

  test('the trusted commit is the base for pull request and merge queue events, else the workflow commit', () => {
    const facts = { baseSha: 'b'.repeat(40), workflowSha: 'w'.repeat(40) };
    expect(trustedSha(decidePrivilege('pull_request_target'), facts)).toBe(facts.baseSha);
    expect(trustedSha(decidePrivilege('merge_group'), facts)).toBe(facts.baseSha);
    for (const e of ['issue_comment', 'workflow_run', 'schedule', 'workflow_dispatch', 'push', 'x'])
      expect(trustedSha(decidePrivilege(e), facts)).toBe(facts.workflowSha);
    expect(trustedSha(decidePrivilege('pull_request_target'), { workflowSha: 'w' })).toBeUndefined();
  });

  test("a checklist the pull request wrote sees only the runner's own variables", () => {
    const { env, withheld } = publicEnvironment({
      CI: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_TOKEN: 'ghs_x',
      RUNNER_TEMP: '/tmp',
      JWT_SECRET: 'hunter2hunter2',
      API_URL: 'https://api.example.com',
      INPUT_TOKEN: 'ghs_y',
      ACTIONS_RUNTIME_TOKEN: 'z',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'z',
    });
    expect(Object.keys(env).sort()).toEqual(['CI', 'GITHUB_REPOSITORY', 'RUNNER_TEMP']);
    expect([...withheld].sort()).toEqual([
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_RUNTIME_TOKEN',
      'API_URL',
      'GITHUB_TOKEN',
      'INPUT_TOKEN',
      'JWT_SECRET',
    ]);
    const r = interpolate('http://127.0.0.1:9/?k=${JWT_SECRET}', env, withheld);
    expect(r).toEqual({ ok: false, message: expect.stringContaining("'JWT_SECRET' is withheld") });
    expect(JSON.stringify(r)).not.toContain('hunter2');
  });
});

describe('results a privileged run does not produce', () => {
  const item = (id: string, kind: string | undefined, status: RecordedItem['status']): RecordedItem => ({
    id,
    title: id,
    section: 's',
    sectionTitle: 'S',
    required: true,
    kind,
    status,
    summary: `${id} ${status}`,
    resetOnPush: false,
  });
  const record = (headSha: string, items: RecordedItem[]) =>
    ({ results: { headSha, at: '2026-12-01T00:00:00Z' }, items }) as unknown as GateRecord;

  test("command items keep what the pull request's own run recorded for the same head", () => {
    const now = [item('tests', 'command', 'error'), item('readme', 'repo.files-exist', 'pass')];
    const out = carryExecutingResults(now, record('h1', [item('tests', 'command', 'pass')]), 'h1');
    expect(out[0]).toMatchObject({ status: 'pass', summary: "tests pass (from the pull request's run)" });
    expect(out[1]).toBe(now[1]);
  });

  test('without a record for this head they stay errors that say why', () => {
    const now = [item('tests', 'command', 'error')];
    for (const r of [undefined, record('h0', [item('tests', 'command', 'pass')])])
      expect(carryExecutingResults(now, r, 'h1')[0]).toMatchObject({
        status: 'error',
        summary: expect.stringContaining('has not recorded it for h1'),
      });
  });
});
