import type { Approvers, Permission } from '../definition/model.js';
import { sameLogin } from './login.js';

/** What GitHub says about a person, as far as approvers need it. */
export interface ActorFacts {
  /** The repository role (`role_name`): admin, maintain, write, triage, read or none. */
  role: Permission | 'none';
  /** Teams the person belongs to, as `org/slug`, among those the checklist names. */
  teams: string[];
  /** Teams whose membership the token could not read (the GITHUB_TOKEN cannot read organization membership). */
  unreadableTeams?: string[];
}

const RANK: Record<Permission | 'none', number> = {
  none: 0,
  read: 1,
  triage: 2,
  write: 3,
  maintain: 4,
  admin: 5,
};

/** Items without approvers may be ticked by anyone with write access. */
export const DEFAULT_APPROVERS: Approvers = { permission: 'write', users: [], teams: [] };

export type Verdict = { allowed: true } | { allowed: false; why: string; needsToken?: boolean };

/** What the gate needs to read team membership, named wherever it is missing. */
export const TEAM_TOKEN =
  'an app token with organization Members read (the workflow’s GITHUB_TOKEN cannot read organization membership)';

/** Whether this person may tick or untick an item; `facts` undefined when GitHub could not say. */
export function mayTick(
  login: string,
  approvers: Approvers | undefined,
  facts: ActorFacts | undefined,
): Verdict {
  const rule = approvers ?? DEFAULT_APPROVERS;
  if (rule.users.some((u) => sameLogin(u, login))) return { allowed: true };
  if (facts && rule.teams.some((t) => facts.teams.includes(t.toLowerCase()))) return { allowed: true };
  if (rule.permission && facts && RANK[facts.role] >= RANK[rule.permission]) return { allowed: true };
  const unreadable = rule.teams.filter((t) => facts?.unreadableTeams?.includes(t.toLowerCase()));
  if (unreadable.length > 0)
    return {
      allowed: false,
      needsToken: true,
      why: `GitHub did not let Preflight read the membership of team ${unreadable.join(', ')}: it needs ${TEAM_TOKEN}`,
    };
  if (!facts && (rule.permission || rule.teams.length > 0))
    return { allowed: false, why: 'GitHub did not say what access they have' };
  return { allowed: false, why: `this item may be ticked by ${describeApprovers(rule)}` };
}

/** Whether deciding needs GitHub's answer about the person (users named explicitly need none). */
export function needsFacts(login: string, approvers: Approvers | undefined): boolean {
  const rule = approvers ?? DEFAULT_APPROVERS;
  if (rule.users.some((u) => sameLogin(u, login))) return false;
  return Boolean(rule.permission) || rule.teams.length > 0;
}

/** "write access or above, alice or org/release-managers", without @ so nobody is mentioned. */
export function describeApprovers(rule: Approvers | undefined): string {
  const r = rule ?? DEFAULT_APPROVERS;
  const parts: string[] = [];
  if (r.permission) parts.push(r.permission === 'admin' ? 'admins' : `${r.permission} access or above`);
  parts.push(...r.users, ...r.teams.map((t) => `team ${t}`));
  return parts.length === 0 ? 'nobody' : parts.join(', ');
}
