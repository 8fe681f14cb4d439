/** Pull requests: get one, list (filtered, sorted, paginated), its reviews and its changed files. */
import { restDiffEntry, restPull, restPullSimple, restReview } from '../shapes-issues.js';
import { noCommit, notFound } from './errors.js';
import { paginate } from './pagination.js';
import type { Handler } from './types.js';

const get: Handler = (ctx) => {
  const pull = ctx.s.issues.pull(Number(ctx.params.pull_number));
  return pull ? { status: 200, body: restPull(ctx.s, pull) } : notFound(ctx.docs);
};

const list: Handler = (ctx) => {
  const { state = 'open', head, base, sort = 'created', direction } = ctx.query;
  let pulls = ctx.s.issues.pulls();
  if (state !== 'all') pulls = pulls.filter((p) => p.state === state);
  if (typeof base === 'string') pulls = pulls.filter((p) => p.baseRef === base);
  if (typeof head === 'string') {
    const [owner, ref] = head.includes(':') ? head.split(':', 2) : [undefined, head];
    pulls = pulls.filter((p) => {
      const headOwner = p.fork ? p.author.login : ctx.s.repo.owner.login;
      return p.headRef === ref && (!owner || owner.toLowerCase() === headOwner.toLowerCase());
    });
  }
  const key = sort === 'updated' ? 'updatedAt' : 'createdAt';
  // GitHub: descending by default when sorting by creation date, ascending otherwise.
  const descending = (direction ?? (sort === 'created' ? 'desc' : 'asc')) === 'desc';
  pulls = [...pulls].sort((a, b) => {
    const order = a[key] === b[key] ? a.number - b.number : a[key] < b[key] ? -1 : 1;
    return descending ? -order : order;
  });
  const { page, headers } = paginate(ctx, pulls);
  return { status: 200, body: page.map((p) => restPullSimple(ctx.s, p)), headers };
};

const reviews: Handler = (ctx) => {
  const pull = ctx.s.issues.pull(Number(ctx.params.pull_number));
  if (!pull) return notFound(ctx.docs);
  const { page, headers } = paginate(ctx, pull.reviews);
  return { status: 200, body: page.map((r) => restReview(ctx.s, pull, r)), headers };
};

const files: Handler = (ctx) => {
  const pull = ctx.s.issues.pull(Number(ctx.params.pull_number));
  if (!pull) return notFound(ctx.docs);
  const { page, headers } = paginate(ctx, pull.files.slice(0, 3000));
  return { status: 200, body: page.map((f) => restDiffEntry(ctx.s, pull, f)), headers };
};

/**
 * `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls` (docs: "List pull requests associated with a commit"):
 * "Lists the merged pull request that introduced the commit to the repository. If the commit is not present
 * in the default branch, it will return merged and open pull requests associated with the commit." A commit
 * on the default branch answers the pull request whose merge made it or whose head history holds it; any
 * other commit, the open and merged pull requests whose head history holds it. An unknown commit is a 422.
 */
const forCommit: Handler = (ctx) => {
  const given = String(ctx.params.commit_sha);
  const sha = ctx.s.git.resolve(given);
  if (!sha) return noCommit(ctx.docs, given);
  const onDefault = ctx.s.git.isAncestor(sha, ctx.s.git.branch(ctx.s.repo.defaultBranch) ?? '');
  const pulls = ctx.s.issues.pulls().filter((p) => {
    const merged = p.merged && (p.mergeCommitSha === sha || p.headHistory.includes(sha));
    if (onDefault) return merged && p.baseRef === ctx.s.repo.defaultBranch;
    return merged || (p.state === 'open' && p.headHistory.includes(sha));
  });
  const { page, headers } = paginate(ctx, onDefault ? pulls.slice(0, 1) : pulls);
  return { status: 200, body: page.map((p) => restPullSimple(ctx.s, p)), headers };
};

export const pullHandlers: Record<string, Handler> = {
  'repos/list-pull-requests-associated-with-commit': forCommit,
  'pulls/get': get,
  'pulls/list': list,
  'pulls/list-reviews': reviews,
  'pulls/list-files': files,
};
