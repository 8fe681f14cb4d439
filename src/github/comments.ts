import { sameLogin } from '../gate/login.js';
import { isChecklistComment } from '../gate/markers.js';
import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

export interface ChecklistComment {
  id: number;
  nodeId: string;
  body: string;
  author: string;
  createdAt: string;
  htmlUrl: string;
}

/**
 * Preflight's comments for a checklist on a pull request, oldest first, reading every page. A comment
 * counts when its body opens with the marker and it was written by the identity Preflight runs as;
 * a person's copy of the marker is not Preflight's comment.
 */
export async function findChecklistComments(
  gh: GitHub,
  ref: RepoRef,
  number: number,
  checklistId: string,
  botLogin: string,
): Promise<ChecklistComment[]> {
  const out: ChecklistComment[] = [];
  for await (const page of gh.paginate.iterator(gh.rest.issues.listComments, {
    ...ref,
    issue_number: number,
    per_page: 100,
  })) {
    for (const c of page.data) {
      if (!isChecklistComment(c.body, checklistId)) continue;
      if (!sameLogin(c.user?.login ?? '', botLogin)) continue;
      out.push(toComment(c));
    }
  }
  return out.sort((a, b) => a.id - b.id);
}

interface RestComment {
  id: number;
  node_id: string;
  body?: string | null;
  user: { login: string } | null;
  created_at: string;
  html_url: string;
}

function toComment(c: RestComment): ChecklistComment {
  return {
    id: c.id,
    nodeId: c.node_id,
    body: c.body ?? '',
    author: c.user?.login ?? '',
    createdAt: c.created_at,
    htmlUrl: c.html_url,
  };
}

export async function createComment(gh: GitHub, ref: RepoRef, number: number, body: string) {
  const r = await gh.rest.issues.createComment({ ...ref, issue_number: number, body });
  return toComment(r.data);
}

export async function updateComment(gh: GitHub, ref: RepoRef, id: number, body: string) {
  const r = await gh.rest.issues.updateComment({ ...ref, comment_id: id, body });
  return toComment(r.data);
}

export async function deleteComment(gh: GitHub, ref: RepoRef, id: number): Promise<void> {
  await gh.rest.issues.deleteComment({ ...ref, comment_id: id });
}
