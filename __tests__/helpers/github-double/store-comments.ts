/** Issue and pull request comments with GitHub's edit history (what GraphQL `userContentEdits` exposes). */
import { type Clock, type IdSource, nodeId } from './ids.js';
import type { CommentRecord, EditRecord } from './records.js';
import type { Account } from './users.js';

export const MAX_COMMENT_BODY = 65536;

export class CommentStore {
  private readonly byId = new Map<number, CommentRecord>();

  constructor(
    private readonly clock: Clock,
    private readonly ids: IdSource,
    private readonly repoId: number,
  ) {}

  add(issueNumber: number, author: Account, body: string): CommentRecord {
    const id = this.ids.take('comment');
    const at = this.clock.tick();
    const comment: CommentRecord = {
      id,
      nodeId: nodeId('IC', this.repoId, id),
      issueNumber,
      author,
      body,
      createdAt: at,
      updatedAt: at,
      edits: [],
    };
    this.byId.set(id, comment);
    return comment;
  }

  get(id: number): CommentRecord | undefined {
    return this.byId.get(id);
  }

  byNodeId(value: string): CommentRecord | undefined {
    for (const comment of this.byId.values()) if (comment.nodeId === value) return comment;
    return undefined;
  }

  /** Oldest first, as GitHub lists them. */
  forIssue(issueNumber: number): CommentRecord[] {
    return [...this.byId.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);
  }

  /**
   * Replaces the body as `editor`. The first edit records the original revision too (its author at its
   * creation time), as GitHub does; an edit that changes nothing records nothing.
   */
  edit(id: number, editor: Account, body: string): { from: string; to: string; comment: CommentRecord } {
    const comment = this.byId.get(id);
    if (!comment) throw new Error(`no comment with id ${id}`);
    const from = comment.body;
    if (body !== from) {
      const at = this.clock.tick();
      if (comment.edits.length === 0)
        comment.edits.push(this.revision(comment.author, comment.createdAt, from));
      comment.edits.push(this.revision(editor, at, body));
      comment.body = body;
      comment.updatedAt = at;
    }
    return { from, to: body, comment };
  }

  /**
   * Deletes one revision from the comment's history, as the "edited" menu on github.com does: GitHub keeps
   * the entry (who edited, when) with `deletedAt` and `deletedBy`, and its `diff` is gone (null). The live
   * body is not a revision that can be deleted. `position` counts from the creation entry (0).
   */
  deleteRevision(id: number, position: number, by: Account): EditRecord {
    const comment = this.byId.get(id);
    if (!comment) throw new Error(`no comment with id ${id}`);
    const edit = comment.edits[position];
    if (!edit) throw new Error(`comment ${id} has no revision ${position}`);
    if (position === comment.edits.length - 1) throw new Error('the live revision cannot be deleted');
    edit.diff = null;
    edit.deletedAt = this.clock.tick();
    edit.deletedBy = by;
    return edit;
  }

  remove(id: number): boolean {
    return this.byId.delete(id);
  }

  private revision(editor: Account, editedAt: string, diff: string): EditRecord {
    return { id: this.ids.take('edit'), editor, editedAt, diff, deletedAt: null, deletedBy: null };
  }
}
