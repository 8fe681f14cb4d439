import { afterEach, describe, expect, test } from '@jest/globals';
import { decodeRecord, encodeRecord } from '../../src/gate/record.js';
import { CHECKLIST, lastStatus, makeWorld, NUMBER, type World } from '../gate-e2e/world.js';

/**
 * The hardened setup, end to end against the GitHub API double: Preflight writes as its own GitHub App
 * (`preflight-release[bot]`, with an installation token), signs its records with `record-key`, and runs on
 * pull_request_target on a read-only checkout of the head. Each test is one row of the README's threat
 * model: it tries the attack and must not get a `success` from the app.
 */
const APP = 'preflight-release[bot]';
const APP_TOKEN = 'ghs_app-installation-token';
const WORKFLOW_TOKEN = 'ghs_any-workflow-github-token';
const KEY = 'k'.repeat(20) + 'record-key-of-the-protected-env';
const HARDENED = { token: APP_TOKEN, 'bot-login': APP, 'record-key': KEY };

let world: World | undefined;

afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

async function hardened(options: Parameters<typeof makeWorld>[0] = {}): Promise<World> {
  world = await makeWorld({ ...options, inputs: HARDENED, prEvent: 'pull_request_target' });
  world.double.setTokenIdentity(APP_TOKEN, APP);
  const first = await world.prRun('opened');
  expect(first.code).toBe(0);
  return world;
}

/** What a ruleset that requires `preflight` from the app sees on the head. */
const required = (w: World) => w.double.requiredStatus(w.headSha, 'preflight', APP);

/** Ticks every box and writes a record claiming maya ticked them all: what a forger would write. */
function forgedBody(body: string): string {
  const record = decodeRecord(body);
  if (!record) throw new Error('no record to forge from');
  for (const id of Object.keys(record.ticks))
    record.ticks[id] = { checked: true, by: 'maya', at: '2026-12-01T10:00:00Z' };
  const ticked = body.replace(/^- \[ \]/gm, '- [x]');
  return ticked.replace(/<!-- preflight:record [^\n]*-->/, encodeRecord(record));
}

describe('the hardened setup (own app identity, signed records, pull_request_target)', () => {
  test('the app writes the comment and the status; its record is signed; allowed ticks still turn it green', async () => {
    const w = await hardened();
    const comment = w.gateComments()[0];
    expect(w.double.comments(NUMBER).find((c) => c.id === comment?.id)?.user.login).toBe(APP);
    expect(comment?.body).toMatch(/<!-- preflight:record [A-Za-z0-9+/=]+ sig=[A-Za-z0-9_-]{43} -->/);
    expect(required(w)).toBe('pending');
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true);
    expect(required(w)).toBe('success');
    expect(w.gateComments()[0]?.body).toContain('#### Sign-off');
  });

  test('threat: the pull request edits its own checklist; the base checklist gates it', async () => {
    const w = await hardened({ checklistAtHead: CHECKLIST.replace(/\n {6}- id: rollback[\s\S]*$/, '\n') });
    expect(w.gateComments()[0]?.body).toContain('Rollback plan ready');
    expect(required(w)).toBe('pending');
  });

  test('threat: a writer edits the results and the record as themselves; nothing changes', async () => {
    const w = await hardened({ headFiles: {} });
    const comment = w.gateComments()[0];
    if (!comment) throw new Error('no comment');
    const { from } = w.double.editCommentAs(comment.id, 'alice', forgedBody(comment.body));
    const run = await w.run(
      'issue_comment',
      w.double.issueCommentEvent('edited', { commentId: comment.id, sender: 'alice', fromBody: from }),
    );
    expect(run.code).toBe(0);
    expect(required(w)).toBe('pending');
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toContain('a record written by alice was ignored');
    expect(body).toMatch(/- \[ \] Rollback plan ready/);
  });

  test('threat: a tick by someone not allowed is undone', async () => {
    const w = await hardened();
    await w.tick('mallory', 'smoke', true);
    await w.tick('alice', 'rollback', true);
    expect(required(w)).toBe('pending');
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toMatch(/- \[ \] Rollback plan ready/);
    expect(body).toMatch(/- \[ \] Smoke-tested on staging/);
    expect(body).toContain("mallory's tick of “Smoke-tested on staging” was undone");
  });

  test('threat: another workflow forges a record as github-actions[bot]; it is ignored with a visible note', async () => {
    const w = await hardened();
    const comment = w.gateComments()[0];
    if (!comment) throw new Error('no comment');
    // What a workflow a pull request added can do with its GITHUB_TOKEN: edit the comment as the Actions bot.
    const { from } = w.double.editCommentAs(comment.id, 'github-actions[bot]', forgedBody(comment.body));
    const run = await w.run(
      'issue_comment',
      w.double.issueCommentEvent('edited', {
        commentId: comment.id,
        sender: 'github-actions[bot]',
        fromBody: from,
      }),
    );
    expect(run.code).toBe(0);
    expect(required(w)).toBe('pending');
    expect(lastStatus(w)?.state).toBe('pending');
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toContain(
      'a record written by github-actions was ignored: only records Preflight signed count',
    );
    expect(body).toMatch(/- \[ \] Rollback plan ready/);
    expect(body).not.toContain('Signed off');
  });

  test('threat: another workflow posts the preflight status; the ruleset counts only the app', async () => {
    const w = await hardened();
    w.double.setTokenIdentity(WORKFLOW_TOKEN, 'github-actions[bot]');
    const r = await fetch(`${w.double.url}/repos/acme/shop/statuses/${w.headSha}`, {
      method: 'POST',
      headers: { authorization: `token ${WORKFLOW_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ state: 'success', context: 'preflight', description: 'all done' }),
    });
    expect(r.status).toBe(201);
    expect(w.double.requiredStatus(w.headSha, 'preflight')).toBe('success'); // what pinning nothing gives
    expect(required(w)).toBe('pending');
  });

  test('threat: a revision by the app identity without a valid signature is not believed', async () => {
    const w = await hardened();
    const comment = w.gateComments()[0];
    if (!comment) throw new Error('no comment');
    // Even written as the app (say, a leaked installation token without the environment's record key).
    const { from } = w.double.editCommentAs(comment.id, APP, forgedBody(comment.body));
    await w.run(
      'issue_comment',
      w.double.issueCommentEvent('edited', { commentId: comment.id, sender: 'alice', fromBody: from }),
    );
    expect(required(w)).toBe('pending');
    expect(w.gateComments()[0]?.body).toContain('carries an unsigned record');
  });

  test('threat: the comment is deleted after sign-off; the next run starts over and stays pending', async () => {
    const w = await hardened();
    await w.tick('maya', 'rollback', true);
    await w.tick('alice', 'smoke', true);
    expect(required(w)).toBe('success');
    const signed = w.gateComments()[0];
    const id = signed?.id;
    const del = await fetch(`${w.double.url}/repos/acme/shop/issues/comments/${id}`, {
      method: 'DELETE',
      headers: { authorization: `token ${WORKFLOW_TOKEN}` },
    });
    expect(del.status).toBe(204);
    // A copy with the marker and every box ticked, posted as the Actions bot, is not the gate.
    w.double.addComment(NUMBER, { author: 'github-actions[bot]', body: forgedBody(signed?.body ?? '') });
    const run = await w.prRun('synchronize');
    expect(run.code).toBe(0);
    expect(required(w)).toBe('pending');
    const mine = w.double.comments(NUMBER).filter((c) => c.user.login === APP);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.body).toMatch(/- \[ \] Rollback plan ready/);
  });
});
