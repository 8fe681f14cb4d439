/** Commit statuses: create, list for a ref (newest first), combined status for a ref. */
import { restCombinedStatus, restStatus } from '../shapes-checks.js';
import { MAX_STATUSES_PER_CONTEXT } from '../store-checks.js';
import type { StatusState } from '../records.js';
import { noCommit, tooLong, validationFailed } from './errors.js';
import { paginate } from './pagination.js';
import type { Handler } from './types.js';

const MAX_DESCRIPTION = 140;

const create: Handler = (ctx) => {
  const given = String(ctx.params.sha);
  const sha = ctx.s.git.resolve(given);
  if (!sha) return noCommit(ctx.docs, given);
  const body = ctx.body as unknown as {
    state: StatusState;
    description?: string | null;
    target_url?: string | null;
    context?: string;
  };
  const description = { resource: 'Status', field: 'description' };
  const long = tooLong(ctx, 'status description', description, body.description ?? '', MAX_DESCRIPTION);
  if (long) return long;
  if (ctx.s.checks.countFor(sha, body.context ?? 'default') >= MAX_STATUSES_PER_CONTEXT) {
    ctx.violation(`more than ${MAX_STATUSES_PER_CONTEXT} statuses for one SHA and context`);
    return validationFailed(ctx.docs, {
      resource: 'Status',
      code: 'custom',
      field: 'context',
      message: 'This SHA and context has reached the maximum number of statuses.',
    });
  }
  const status = ctx.s.checks.addStatus(sha, body, ctx.actor);
  const shape = restStatus(ctx.s, status);
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
};

const listForRef: Handler = (ctx) => {
  const ref = String(ctx.params.ref);
  const sha = ctx.s.git.resolve(ref);
  if (!sha) return noCommit(ctx.docs, ref);
  const { page, headers } = paginate(ctx, [...ctx.s.checks.statuses(sha)].reverse());
  return { status: 200, body: page.map((st) => restStatus(ctx.s, st)), headers };
};

const combined: Handler = (ctx) => {
  const ref = String(ctx.params.ref);
  const sha = ctx.s.git.resolve(ref);
  if (!sha) return noCommit(ctx.docs, ref);
  const { state, latest } = ctx.s.checks.combined(sha);
  const { page, headers } = paginate(ctx, latest);
  return { status: 200, body: restCombinedStatus(ctx.s, sha, state, page, latest.length), headers };
};

export const statusHandlers: Record<string, Handler> = {
  'repos/create-commit-status': create,
  'repos/list-commit-statuses-for-ref': listForRef,
  'repos/get-combined-status-for-ref': combined,
};
