/** Injected failures (`failNext`) and paused requests (`hold`), matched by method and route template. */

export interface FaultSpec {
  method: string;
  /** A path template as in GitHub's OpenAPI description (`/repos/{owner}/{repo}/statuses/{sha}`), or 'graphql'. */
  route: string;
  status: number;
  /** How many matching requests fail (default 1). */
  times?: number;
  /** The JSON body; a realistic default is chosen from the status. */
  body?: unknown;
  headers?: Record<string, string>;
  /** For 403/429 without a body: which rate limit the answer reports (default secondary). */
  rateLimit?: 'primary' | 'secondary';
}

export interface Hold {
  /** Lets the held request proceed (idempotent; also allowed before the request arrives). */
  release(): void;
  /** Resolves when the matching request has arrived and is waiting. */
  reached: Promise<void>;
}

interface PendingHold {
  method: string;
  route: string;
  arrived(): void;
  released: Promise<void>;
  release(): void;
}

function matches(spec: { method: string; route: string }, method: string, route: string): boolean {
  return spec.method.toUpperCase() === method.toUpperCase() && spec.route === route;
}

export class Faults {
  private faults: Array<FaultSpec & { left: number }> = [];
  private holds: PendingHold[] = [];
  private readonly active = new Set<PendingHold>();

  failNext(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!Number.isInteger(times) || times < 1) throw new Error('failNext: times must be a positive integer');
    if (!Number.isInteger(spec.status) || spec.status < 400 || spec.status > 599) {
      throw new Error('failNext: status must be an HTTP error status (400-599)');
    }
    this.faults.push({ ...spec, left: times });
  }

  /** The fault for this request, if one is pending (consumes one of its `times`). */
  take(method: string, route: string): FaultSpec | undefined {
    const fault = this.faults.find((f) => f.left > 0 && matches(f, method, route));
    if (!fault) return undefined;
    fault.left -= 1;
    this.faults = this.faults.filter((f) => f.left > 0);
    return fault;
  }

  hold(match: { method: string; route: string }): Hold {
    let arrived!: () => void;
    let release!: () => void;
    const reached = new Promise<void>((resolve) => (arrived = resolve));
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ ...match, arrived, released, release });
    return { release, reached };
  }

  /** Waits while a hold matches this request (the first pending hold is used up). */
  async wait(method: string, route: string): Promise<void> {
    const hold = this.holds.find((h) => matches(h, method, route));
    if (!hold) return;
    this.holds = this.holds.filter((h) => h !== hold);
    this.active.add(hold);
    hold.arrived();
    await hold.released;
    this.active.delete(hold);
  }

  /** Forgets pending faults and holds, and lets held requests proceed. */
  clear(): void {
    for (const hold of [...this.holds, ...this.active]) hold.release();
    this.holds = [];
    this.faults = [];
  }
}

/** The answer to a faulted request: the given body, or what GitHub sends for that status. */
export function faultReply(
  fault: FaultSpec,
  requestId: string,
): { body: unknown; headers: Record<string, string> } {
  const headers = { ...(fault.headers ?? {}) };
  if (fault.body !== undefined) return { body: fault.body, headers };
  if (fault.status === 403 || fault.status === 429) {
    if (fault.rateLimit === 'primary') {
      headers['x-ratelimit-remaining'] ??= '0';
      headers['x-ratelimit-reset'] ??= String(Math.floor(Date.now() / 1000) + 1);
      return {
        body: {
          message: 'API rate limit exceeded for installation.',
          documentation_url:
            'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits',
          status: String(fault.status),
        },
        headers,
      };
    }
    headers['retry-after'] ??= '1';
    return {
      body: {
        message: `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`,
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(fault.status),
      },
      headers,
    };
  }
  const message = fault.status >= 500 ? 'Server Error' : 'Bad Request';
  return { body: { message, status: String(fault.status) }, headers };
}
