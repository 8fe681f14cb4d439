import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

export type GitHub = InstanceType<typeof Octokit>;

const Client = Octokit.plugin(retry, throttling);

export interface ClientOptions {
  token: string;
  baseUrl: string;
  /** Where retries and rate-limit waits are told. */
  log: (line: string) => void;
}

/** Octokit with bounded retries (server errors) and throttling (primary and secondary rate limits). */
export function createGitHub(options: ClientOptions): GitHub {
  return new Client({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
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
  });
}
