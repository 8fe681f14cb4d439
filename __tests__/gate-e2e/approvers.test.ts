/** Issue: approvers GitHub can honour (teams, custom roles, named users, one way to compare logins). In-process. */
import { afterEach, describe, expect, test } from '@jest/globals';
import { CHECKLIST, lastStatus, makeWorld, type World } from './world.js';

let world: World | undefined;
afterEach(async () => {
  world?.double.assertNoViolations();
  await world?.stop();
  world = undefined;
});

const withApprovers = (rollback: string) =>
  CHECKLIST.replace('approvers: { permission: maintain }', `approvers: ${rollback}`);

describe('approvers GitHub can honour', () => {
  test('a team the GITHUB_TOKEN cannot read: a visible note and a pending status that name the token needed', async () => {
    world = await makeWorld({ checklist: withApprovers('{ teams: [acme/release-managers] }') });
    const w = world;
    w.double.addTeamMember('acme', 'release-managers', 'maya');
    await w.prRun('opened');
    await w.tick('maya', 'rollback', true);
    const body = w.gateComments()[0]?.body ?? '';
    expect(body).toContain(
      'GitHub did not let Preflight read the membership of team acme/release-managers: it needs an app token with organization Members read',
    );
    expect(lastStatus(w)).toMatchObject({
      state: 'pending',
      description:
        '1/3 done; 2 items to tick; team membership unreadable: needs an app token with org Members read',
    });
    // With a token that can read organization members, the same tick counts.
    w.double.setOrgMembersReadable(true);
    await w.tick('maya', 'rollback', true);
    expect(w.gateComments()[0]?.body).toMatch(/- \[x\] Rollback plan ready .*✔ maya/);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });

  test('a custom repository role counts by the base permission GitHub reports', async () => {
    world = await makeWorld();
    const w = world;
    w.double.setCustomRole('quinn', 'release-captain', 'write');
    await w.prRun('opened');
    await w.tick('quinn', 'smoke', true);
    expect(w.gateComments()[0]?.body).toMatch(/- \[x\] Smoke-tested on staging .*✔ quinn/);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });

  test('a named approver without write access gets a run-time note: they can never tick', async () => {
    world = await makeWorld({ checklist: withApprovers('{ users: [maya, mallory] }') });
    const run = await world.prRun('opened');
    const note =
      'mallory is named to tick “Rollback plan ready” but has read access to this repository: only people with write access can edit the comment, so mallory cannot tick it.';
    expect(run.annotations).toContain(`::warning::${note}`);
    expect(world.gateComments()[0]?.body).toContain(note);
    expect(run.annotations.join('\n')).not.toContain('maya is named');
  });

  test('one login comparison everywhere: bot-login in GraphQL form finds the REST-authored comment', async () => {
    world = await makeWorld();
    const w = world;
    await w.prRun('opened', { 'bot-login': 'github-actions' });
    await w.prRun('synchronize', { 'bot-login': 'GitHub-Actions' });
    expect(w.gateComments()).toHaveLength(1);
    const run = await w.tick('maya', 'rollback', true);
    expect(run?.code).toBe(0);
    expect(lastStatus(w)).toMatchObject({ state: 'pending', description: '2/3 done; 1 item to tick' });
  });
});
