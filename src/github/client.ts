import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHub = ReturnType<typeof getOctokit>;

/** GitHub.com's REST root, for a run without GITHUB_API_URL (every Actions runner sets it, GHES ones too). */
export const DEFAULT_API_URL = 'https://api.github.com';

export interface ClientOptions {
  token: string;
  /** REST root: `https://api.github.com`, or `https://HOST/api/v3` on GitHub Enterprise Server. */
  baseUrl: string;
  /** GraphQL endpoint as the runner gives it (`GITHUB_GRAPHQL_URL`); derived from `baseUrl` when absent. */
  graphqlUrl?: string;
  /** Where retries and rate-limit waits are told. */
  log: (line: string) => void;
}

/**
 * The runner's Octokit (`@actions/github`): its fetch goes through `HTTPS_PROXY` / `HTTP_PROXY` unless
 * `NO_PROXY` (or a loopback host) says otherwise, with bounded retries (server errors) and throttling
 * (primary and secondary rate limits) added.
 */
export function createGitHub(options: ClientOptions): GitHub {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const gh = getOctokit(
    options.token,
    {
      baseUrl,
      userAgent: 'preflight-action',
      // Server errors and timeouts are retried (4xx answers are not: they will not change).
      retry: { retries: 3 },
      log: { debug: () => {}, info: () => {}, warn: options.log, error: options.log },
      throttle: {
        onRateLimit: (after: number, req: { method: string; url: string }, _o: unknown, count: number) => {
          options.log(
            `GitHub rate limit on ${req.method} ${req.url}: waiting ${after}s (retry ${count + 1} of 2)`,
          );
          return count < 2 && after <= 120;
        },
        onSecondaryRateLimit: (
          after: number,
          req: { method: string; url: string },
          _o: unknown,
          count: number,
        ) => {
          options.log(`GitHub secondary rate limit on ${req.method} ${req.url}: waiting ${after}s`);
          return count < 1 && after <= 120;
        },
      },
    },
    retry,
    throttling,
  );
  const graphqlUrl = options.graphqlUrl?.trim();
  if (graphqlUrl) gh.graphql = gh.graphql.defaults(graphqlEndpoint(graphqlUrl));
  return gh;
}

/**
 * Octokit rewrites the GraphQL URL of a `/api/v3` base to `/api/graphql` itself; an absolute `url` with a
 * base that has no path keeps the runner's GITHUB_GRAPHQL_URL exactly as given.
 */
function graphqlEndpoint(url: string): { baseUrl: string; url: string } {
  return { baseUrl: new URL(url).origin, url };
}
