import type { RecordedItem } from '../../gate/record.js';
import type { GitHub } from '../../github/client.js';
import { repositoryRole } from '../../github/permissions.js';
import type { RepoRef } from '../../github/repo.js';

/** At most this many named approvers are looked up in one run. */
const MAX_NAMED = 20;
const CAN_EDIT = new Set(['write', 'maintain', 'admin']);

/**
 * Named approvers GitHub will never let tick: only people with write access (and the comment's author) can
 * edit someone else's comment, so a named user with less can never change a box. One lookup per person.
 */
export async function namedApproverWarnings(
  gh: GitHub,
  ref: RepoRef,
  items: readonly RecordedItem[],
): Promise<string[]> {
  const named = new Map<string, string[]>();
  for (const item of items)
    for (const login of item.kind ? [] : (item.approvers?.users ?? [])) {
      const key = login.toLowerCase();
      if (!named.has(key) && named.size >= MAX_NAMED) continue;
      named.set(key, [...(named.get(key) ?? []), item.title]);
    }
  const out: string[] = [];
  for (const [login, titles] of named) {
    const role = await repositoryRole(gh, ref, login);
    if (CAN_EDIT.has(role)) continue;
    out.push(
      `${login} is named to tick ${titles.map((t) => `“${t}”`).join(', ')} but has ${role === 'none' ? 'no' : role} access to this repository: only people with write access can edit the comment, so ${login} cannot tick it.`,
    );
  }
  return out;
}
