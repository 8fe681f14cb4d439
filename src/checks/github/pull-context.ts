import { compilePattern } from '../../util/pattern.js';
import type { CheckContext, CheckOutcome, PullRequestContext } from '../types.js';

export const NEEDS_PULL_REQUEST = 'needs the action on a pull request (a token and a pull_request event)';

/**
 * Runs `body` with the pull request's GitHub context. Without one (the CLI, or an event without a pull
 * request) the check is an error; a failed API call is an error naming what was asked and which
 * `permissions:` the job needs for it.
 */
export async function withPullRequest(
  ctx: CheckContext,
  doing: string,
  permission: string,
  body: (gh: PullRequestContext) => Promise<CheckOutcome>,
): Promise<CheckOutcome> {
  if (!ctx.github) return { status: 'error', summary: NEEDS_PULL_REQUEST };
  try {
    return await body(ctx.github);
  } catch (e) {
    return { status: 'error', summary: explainFailure(e, doing, permission, ctx.signal) };
  }
}

function explainFailure(e: unknown, doing: string, permission: string, signal: AbortSignal): string {
  if (signal.aborted) return `timed out while trying to ${doing}`;
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = oneLine(err.response?.data?.message ?? err.message ?? String(e));
  if (err.status === 401) return `GitHub rejected the token while trying to ${doing} (401)`;
  if (err.status === 403 || err.status === 404) {
    return `GitHub refused to ${doing} (${err.status} ${message}); the job needs \`permissions: { ${permission} }\``;
  }
  return `could not ${doing}: ${err.status ? `${err.status} ` : ''}${message}`;
}

function oneLine(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** Case-insensitive names with `*` standing for any run of characters (names may hold '/' and spaces). */
export function nameMatcher(patterns: string[]): (name: string) => boolean {
  // RE2 (util/pattern): `a*a*a*a*…` over a long check name would backtrack for ever in RegExp.
  const res = patterns.map((p) =>
    compilePattern(
      `^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
        .join('[\\s\\S]*')}$`,
      { ignoreCase: true },
    ),
  );
  return (name) => res.some((re) => re.test(name));
}
