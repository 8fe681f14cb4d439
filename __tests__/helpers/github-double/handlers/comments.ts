/** Issue (and pull request) comments: list, create, get, update, delete. */
import { MAX_COMMENT_BODY } from '../store-comments.js';
import { restComment } from '../shapes-issues.js';
import { notFound, tooLong, validationFailed } from './errors.js';
import { paginate } from './pagination.js';
import type { Handler, HandlerContext, Reply } from './types.js';

/** GitHub's rules for a comment body beyond the schema; undefined when the body is acceptable. */
function badBody(ctx: HandlerContext, body: string): Reply | undefined {
  const field = { resource: 'IssueComment', field: 'body' };
  const long = tooLong(ctx, 'comment body', field, body, MAX_COMMENT_BODY);
  if (long) return long;
  if (body.trim() === '') {
    ctx.violation('comment body is empty; GitHub rejects blank comments');
    return validationFailed(ctx.docs, { resource: 'IssueComment', code: 'missing_field', field: 'body' });
  }
  return undefined;
}

const list: Handler = (ctx) => {
  const number = Number(ctx.params.issue_number);
  if (!ctx.s.issues.issue(number)) return notFound(ctx.docs);
  const since = typeof ctx.query.since === 'string' ? ctx.query.since : undefined;
  const all = ctx.s.comments.forIssue(number).filter((c) => !since || c.updatedAt >= since);
  const { page, headers } = paginate(ctx, all);
  return { status: 200, body: page.map((c) => restComment(ctx.s, c)), headers };
};

const create: Handler = (ctx) => {
  const number = Number(ctx.params.issue_number);
  if (!ctx.s.issues.issue(number)) return notFound(ctx.docs);
  const body = String(ctx.body.body);
  const bad = badBody(ctx, body);
  if (bad) return bad;
  const comment = ctx.s.comments.add(number, ctx.actor, body);
  const shape = restComment(ctx.s, comment);
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
};

const get: Handler = (ctx) => {
  const comment = ctx.s.comments.get(Number(ctx.params.comment_id));
  return comment ? { status: 200, body: restComment(ctx.s, comment) } : notFound(ctx.docs);
};

const update: Handler = (ctx) => {
  const id = Number(ctx.params.comment_id);
  if (!ctx.s.comments.get(id)) return notFound(ctx.docs);
  const body = String(ctx.body.body);
  const bad = badBody(ctx, body);
  if (bad) return bad;
  const { comment } = ctx.s.comments.edit(id, ctx.actor, body);
  return { status: 200, body: restComment(ctx.s, comment) };
};

const remove: Handler = (ctx) =>
  ctx.s.comments.remove(Number(ctx.params.comment_id)) ? { status: 204 } : notFound(ctx.docs);

export const commentHandlers: Record<string, Handler> = {
  'issues/list-comments': list,
  'issues/create-comment': create,
  'issues/get-comment': get,
  'issues/update-comment': update,
  'issues/delete-comment': remove,
};
