import type { Approvers, Permission } from '../definition/model.js';
import type { ActorFacts } from '../gate/approvers.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

const BUILT_IN = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);
const BASES = new Set(['admin', 'write', 'read', 'none']);

/**
 * What GitHub says about each person: their role on the repository and, among the teams the approvers
 * name, the ones they belong to, or the ones GitHub would not show. One call per person, plus one per
 * named team (and one per team when a membership answer is ambiguous).
 */
export async function actorFacts(
  gh: GitHub,
  ref: RepoRef,
  logins: readonly string[],
  approvers: ReadonlyArray<Approvers | undefined>,
): Promise<Map<string, ActorFacts>> {
  const teams = [...new Set(approvers.flatMap((a) => a?.teams ?? []).map((t) => t.toLowerCase()))];
  const needRole = approvers.some((a) => a === undefined || a.permission !== undefined);
  const visible = new Map<string, Promise<boolean>>();
  const out = new Map<string, ActorFacts>();
  for (const login of logins) {
    const facts: ActorFacts = { role: 'none', teams: [] };
    if (needRole) facts.role = await repositoryRole(gh, ref, login);
    for (const team of teams) {
      const answer = await inTeam(gh, team, login, visible);
      if (answer === 'member') facts.teams.push(team);
      else if (answer === 'unreadable') (facts.unreadableTeams ??= []).push(team);
    }
    out.set(login, facts);
  }
  return out;
}

/**
 * GitHub's docs for this endpoint: `permission` is the legacy base (admin, write, read, none) and
 * `role_name` the assigned role, "including custom roles". A custom role counts by its base.
 */
export async function repositoryRole(
  gh: GitHub,
  ref: RepoRef,
  username: string,
): Promise<ActorFacts['role']> {
  try {
    const r = await gh.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
    const name = String(r.data.role_name ?? '');
    if (BUILT_IN.has(name)) return name as Permission | 'none';
    const base = String(r.data.permission ?? '');
    return (BASES.has(base) ? base : 'none') as Permission | 'none';
  } catch (e) {
    if ((e as { status?: number }).status === 404) return 'none';
    throw e;
  }
}

/**
 * "To get a user's membership with a team, the team must be visible to the authenticated user" (GitHub's
 * docs), and the GITHUB_TOKEN sees no team: a 404 is a non-member only when the team itself is visible.
 * Public evidence of the trap: PostHog/posthog#56869 and srvaroa/labeler#188 (a 404 read as "not a member").
 */
async function inTeam(
  gh: GitHub,
  team: string,
  username: string,
  visible: Map<string, Promise<boolean>>,
): Promise<'member' | 'not-member' | 'unreadable'> {
  const [org, slug] = team.split('/');
  if (!org || !slug) return 'not-member';
  try {
    const r = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
    return r.data.state === 'active' ? 'member' : 'not-member';
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403) return 'unreadable';
    if (status !== 404) throw e;
  }
  let seen = visible.get(team);
  if (!seen) visible.set(team, (seen = teamVisible(gh, org, slug)));
  return (await seen) ? 'not-member' : 'unreadable';
}

async function teamVisible(gh: GitHub, org: string, slug: string): Promise<boolean> {
  try {
    await gh.rest.teams.getByName({ org, team_slug: slug });
    return true;
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 404 || status === 403) return false;
    throw e;
  }
}
