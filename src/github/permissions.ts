import type { Approvers } from '../definition/model.js';
import type { ActorFacts } from '../gate/approvers.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

const ROLES = new Set(['admin', 'maintain', 'write', 'triage', 'read', 'none']);

/**
 * What GitHub says about each person: their role on the repository and, among the teams the approvers
 * name, the ones they belong to. One call per person, plus one per named team.
 */
export async function actorFacts(
  gh: GitHub,
  ref: RepoRef,
  logins: readonly string[],
  approvers: ReadonlyArray<Approvers | undefined>,
): Promise<Map<string, ActorFacts>> {
  const teams = [...new Set(approvers.flatMap((a) => a?.teams ?? []).map((t) => t.toLowerCase()))];
  const needRole = approvers.some((a) => a === undefined || a.permission !== undefined);
  const out = new Map<string, ActorFacts>();
  for (const login of logins) {
    const facts: ActorFacts = { role: 'none', teams: [] };
    if (needRole) facts.role = await role(gh, ref, login);
    for (const team of teams) if (await inTeam(gh, team, login)) facts.teams.push(team);
    out.set(login, facts);
  }
  return out;
}

async function role(gh: GitHub, ref: RepoRef, username: string): Promise<ActorFacts['role']> {
  try {
    const r = await gh.rest.repos.getCollaboratorPermissionLevel({ ...ref, username });
    const name = (r.data.role_name || r.data.permission) as string;
    return (ROLES.has(name) ? name : 'none') as ActorFacts['role'];
  } catch (e) {
    if ((e as { status?: number }).status === 404) return 'none';
    throw e;
  }
}

async function inTeam(gh: GitHub, team: string, username: string): Promise<boolean> {
  const [org, slug] = team.split('/');
  if (!org || !slug) return false;
  try {
    const r = await gh.rest.teams.getMembershipForUserInOrg({ org, team_slug: slug, username });
    return r.data.state === 'active';
  } catch (e) {
    if ((e as { status?: number }).status === 404) return false;
    throw e;
  }
}
