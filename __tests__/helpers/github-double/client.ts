/**
 * An Octokit client for the double, with the retry and throttling plugins the action uses. Retry back-off and
 * the throttling plugin's spacing of writes are shrunk so tests stay fast; the plugins' decisions (what to
 * retry, when a rate limit applies) are unchanged.
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const Client = Octokit.plugin(retry, throttling);
export type DoubleClient = InstanceType<typeof Client>;

/**
 * A stand-in for the plugin's Bottleneck groups that space writes (1 s) and notification-triggering writes
 * such as new comments (3 s): no spacing.
 */
const unspaced = { key: () => ({ schedule: (_options: unknown, job: () => unknown) => job() }) };

export function doubleClient(
  double: { url: string },
  options: { retries?: number; rateLimitRetries?: number; token?: string | null } = {},
): DoubleClient {
  const rateLimitRetries = options.rateLimitRetries ?? 1;
  return new Client({
    baseUrl: double.url,
    ...(options.token === null ? {} : { auth: options.token ?? 'ghs_doubletoken' }),
    // Not `request: { retries }`: plugin-retry copies that onto every failed request, so even 404 and 422
    // answers would be retried.
    retry: { retries: options.retries ?? 3, retryAfterBaseValue: 5 },
    throttle: {
      retryAfterBaseValue: 5,
      write: unspaced as never,
      notifications: unspaced as never,
      onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < rateLimitRetries,
      onSecondaryRateLimit: (_after: number, _options: unknown, _octokit: unknown, retryCount: number) =>
        retryCount < rateLimitRetries,
    },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
}
