/** Check runs: create, update, get, list for a ref. Every run belongs to the GitHub Actions app. */
import { ACTIONS_APP, restCheckRun } from '../shapes-checks.js';
import type { CheckRunInput } from '../store-checks.js';
import { noCommit, notFound, unprocessable } from './errors.js';
import { paginate } from './pagination.js';
import type { Handler } from './types.js';

const create: Handler = (ctx) => {
  const input = ctx.body as unknown as CheckRunInput & { name: string; head_sha: string };
  const sha = ctx.s.git.resolve(input.head_sha);
  if (!sha) return noCommit(ctx.docs, input.head_sha);
  if (input.status === 'completed' && input.conclusion === undefined) {
    ctx.violation('check run created with status "completed" but no conclusion');
    return unprocessable(ctx.docs, 'Invalid request.\n\n"conclusion" wasn\'t supplied.');
  }
  const run = ctx.s.checks.createRun({ ...input, head_sha: sha });
  const shape = restCheckRun(ctx.s, run);
  return { status: 201, body: shape, headers: { location: String(shape.url) } };
};

const update: Handler = (ctx) => {
  const run = ctx.s.checks.run(Number(ctx.params.check_run_id));
  if (!run) return notFound(ctx.docs);
  const input = ctx.body as unknown as CheckRunInput;
  if (run.status === 'completed' && (input.status === 'queued' || input.status === 'in_progress')) {
    ctx.violation(`check run ${run.id} is completed; GitHub does not reopen a completed check run`);
  }
  ctx.s.checks.updateRun(run, input);
  return { status: 200, body: restCheckRun(ctx.s, run) };
};

const get: Handler = (ctx) => {
  const run = ctx.s.checks.run(Number(ctx.params.check_run_id));
  return run ? { status: 200, body: restCheckRun(ctx.s, run) } : notFound(ctx.docs);
};

const listForRef: Handler = (ctx) => {
  const ref = String(ctx.params.ref);
  const sha = ctx.s.git.resolve(ref);
  if (!sha) return noCommit(ctx.docs, ref);
  const { check_name: name, status, filter = 'latest', app_id: appId } = ctx.query;
  let runs = ctx.s.checks.runsFor(sha).reverse();
  if (appId !== undefined && appId !== ACTIONS_APP.id) runs = [];
  if (name !== undefined) runs = runs.filter((r) => r.name === name);
  if (status !== undefined) runs = runs.filter((r) => r.status === status);
  if (filter === 'latest') {
    const seen = new Set<string>();
    runs = runs.filter((r) => !seen.has(r.name) && seen.add(r.name));
  }
  const { page, headers } = paginate(ctx, runs);
  return {
    status: 200,
    body: { total_count: runs.length, check_runs: page.map((r) => restCheckRun(ctx.s, r)) },
    headers,
  };
};

export const checkHandlers: Record<string, Handler> = {
  'checks/create': create,
  'checks/update': update,
  'checks/get': get,
  'checks/list-for-ref': listForRef,
};
