import type { Revision } from '../gate/replay.js';
import type { GitHub } from './client.js';

/** The one query for a comment's live body and GitHub's record of its edits. */
export const COMMENT_HISTORY_QUERY = `query CommentHistory($id: ID!, $before: String) {
  node(id: $id) {
    ... on IssueComment {
      body
      author { login __typename }
      userContentEdits(last: 100, before: $before) {
        totalCount
        pageInfo { hasPreviousPage startCursor }
        nodes { editedAt deletedAt diff editor { login __typename } }
      }
    }
  }
}`;

interface Actor {
  login: string;
  __typename: string;
}

interface Answer {
  node: {
    body: string;
    author: Actor | null;
    userContentEdits: {
      totalCount: number;
      pageInfo: { hasPreviousPage: boolean; startCursor: string | null };
      nodes: Array<{
        editedAt: string;
        deletedAt: string | null;
        diff: string | null;
        editor: Actor | null;
      } | null>;
    } | null;
  } | null;
}

/** At most this many pages of history are read; older revisions are covered by Preflight's records. */
const MAX_PAGES = 5;

/** Logins compare without the `[bot]` suffix REST adds to apps (GraphQL leaves it off). */
export function sameLogin(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\[bot\]$/, '');
  return norm(a) === norm(b);
}

/**
 * GitHub's own record of the comment's edits, oldest first, with the live body as the only revision
 * when it was never edited. Each revision names its editor; the bodies are GitHub's copies.
 */
export async function readRevisions(
  gh: GitHub,
  nodeId: string,
  botLogin: string,
  createdAt: string,
): Promise<{ revisions: Revision[]; body: string; author: string }> {
  const arrived: Revision[] = [];
  let before: string | null = null;
  let body = '';
  let author = '';
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer: Answer = await gh.graphql<Answer>(COMMENT_HISTORY_QUERY, { id: nodeId, before });
    const node = answer.node;
    if (!node) throw new Error('the checklist comment was not found');
    body = node.body;
    author = node.author?.login ?? '';
    const edits = node.userContentEdits;
    for (const e of edits?.nodes ?? []) {
      if (!e) continue;
      const editor = e.editor?.login ?? '';
      arrived.push({
        editor,
        byPreflight: editor !== '' && sameLogin(editor, botLogin),
        at: e.editedAt,
        body: e.deletedAt ? null : e.diff,
      });
    }
    if (!edits?.pageInfo.hasPreviousPage || !edits.pageInfo.startCursor) break;
    before = edits.pageInfo.startCursor;
  }
  const revisions = oldestFirst(arrived);
  if (revisions.length === 0)
    revisions.push({ editor: author, byPreflight: sameLogin(author, botLogin), at: createdAt, body });
  return { revisions, body, author };
}

/** GitHub lists edits newest first; order by time, and among equal times keep that order reversed. */
function oldestFirst(arrived: Revision[]): Revision[] {
  return arrived
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.at < b.r.at ? -1 : a.r.at > b.r.at ? 1 : b.i - a.i))
    .map((x) => x.r);
}
