import { sameLogin } from '../gate/login.js';
import { historyCovers, type Revision } from '../gate/replay.js';
import type { GitHub } from './client.js';

/**
 * The one query for a comment's live body and GitHub's record of its edits. GitHub lists `userContentEdits`
 * newest first (public code that reads it, such as git-bug's GitHub importer, walks it that way), so
 * `first:`/`after:` reads from the newest end. Once a comment is edited the list includes an entry for its
 * creation (`includesCreatedEdit`); a never-edited comment has no entries.
 */
export const COMMENT_HISTORY_QUERY = `query CommentHistory($id: ID!, $after: String) {
  node(id: $id) {
    ... on IssueComment {
      body
      includesCreatedEdit
      author { login __typename }
      userContentEdits(first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
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
    includesCreatedEdit: boolean;
    author: Actor | null;
    userContentEdits: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        editedAt: string;
        deletedAt: string | null;
        diff: string | null;
        editor: Actor | null;
      } | null>;
    } | null;
  } | null;
}

/**
 * At most this many pages (of 100) are read from the newest end. Preflight rewrites its comment after each
 * person's edit, so its newest record is almost always on the first page; past this, the gate says it
 * cannot decide rather than trusting less.
 */
export const MAX_HISTORY_PAGES = 10;

export { sameLogin };

/** The newest part of a comment's history: enough to reach Preflight's newest trusted record. */
export interface CommentHistory {
  /** Oldest first; `revisions[0]` is the revision at position `offset` (0 is the comment's creation). */
  revisions: Revision[];
  offset: number;
  body: string;
  author: string;
}

/**
 * GitHub's own record of the comment's edits, read from the newest end until it holds the newest revision
 * Preflight wrote with a readable record (and the revision before the replay's start), or the beginning, or
 * `maxPages`. Positions are absolute, from `totalCount`. Each revision names its editor; the bodies are
 * GitHub's copies, null where a revision was deleted from the history.
 */
export async function readRevisions(
  gh: GitHub,
  nodeId: string,
  botLogin: string,
  createdAt: string,
  maxPages = MAX_HISTORY_PAGES,
): Promise<CommentHistory> {
  const newestFirst: Revision[] = [];
  let after: string | null = null;
  let body = '';
  let author = '';
  let total = 0;
  let listed = 0;
  let creationListed = true;
  for (let page = 0; page < maxPages; page += 1) {
    const answer: Answer = await gh.graphql<Answer>(COMMENT_HISTORY_QUERY, { id: nodeId, after });
    const node = answer.node;
    if (!node) throw new Error('the checklist comment was not found');
    body = node.body;
    author = node.author?.login ?? '';
    const edits = node.userContentEdits;
    listed = edits?.totalCount ?? 0;
    // A never-edited comment lists nothing: its creation is the live body.
    creationListed = node.includesCreatedEdit && listed > 0;
    total = listed + (creationListed ? 0 : 1);
    for (const e of edits?.nodes ?? []) {
      if (!e) continue;
      const editor = e.editor?.login ?? '';
      newestFirst.push({
        editor,
        byPreflight: editor !== '' && sameLogin(editor, botLogin),
        at: e.editedAt,
        body: e.deletedAt ? null : e.diff,
      });
    }
    if (!edits?.pageInfo.hasNextPage || !edits.pageInfo.endCursor) break;
    const window = [...newestFirst].reverse();
    if (historyCovers(window, total - window.length)) break;
    after = edits.pageInfo.endCursor;
  }
  const revisions = newestFirst.reverse();
  if (!creationListed && revisions.length === listed) {
    // Never edited (the live body is the only revision), or edited before GitHub kept the creation.
    revisions.unshift({
      editor: author,
      byPreflight: sameLogin(author, botLogin),
      at: createdAt,
      body: listed === 0 ? body : null,
    });
  }
  return { revisions, body, author, offset: total - revisions.length };
}
