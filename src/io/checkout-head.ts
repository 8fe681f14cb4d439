import type { RunGit } from './git.js';

/**
 * The pull request head a checkout holds. GitHub's docs on the `pull_request` event: `GITHUB_SHA` is "the last
 * merge commit of the pull request merge branch"; the head's own commit is `github.event.pull_request.head.sha`.
 * A `pull_request` run checks out `refs/pull/N/merge` as of the event:
 * a merge commit whose second parent is the head that was evaluated (the payload's `pull_request.head.sha`);
 * a workflow may instead check out that head itself. Anything else was not the pull request at that head.
 */
export async function checkoutHead(
  git: RunGit,
  eventHead: string | undefined,
): Promise<{ sha: string } | { sha?: undefined; why: string; head?: string }> {
  const r = await git(['rev-parse', 'HEAD', 'HEAD^@']);
  if (r.code !== 0) return { why: 'the checkout has no commit' };
  const [head = '', ...parents] = r.stdout.split('\n').filter((l) => l !== '');
  if (!eventHead) return { sha: head };
  if (head === eventHead) return { sha: head };
  if (parents.length === 2 && parents[1] === eventHead) return { sha: eventHead };
  return {
    head,
    why: `the checkout ${head.slice(0, 7)} is neither the pull request's head at the event (${eventHead.slice(0, 7)}) nor its merge commit`,
  };
}
