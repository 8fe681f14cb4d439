import { readFileSync } from 'node:fs';
import type { ChangeFacts } from '../engine/conditions.js';

/** What the triggering event says about the change. Issue #4's adapter will read live state from the API. */
export interface EventFacts {
  eventName: string;
  facts: ChangeFacts;
  /** The pull request's base commit, to list changed files with git. */
  baseSha?: string;
  isPullRequestTarget: boolean;
}

interface PullRequestPayload {
  pull_request?: {
    base?: { ref?: string; sha?: string };
    head?: { ref?: string; sha?: string };
    labels?: Array<{ name?: string }>;
  };
}

export function readEventFacts(
  env: Readonly<Record<string, string | undefined>>,
  read = readPayload,
): EventFacts {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = env.GITHUB_EVENT_PATH ? read(env.GITHUB_EVENT_PATH) : {};
  const pr = payload.pull_request;
  const facts: ChangeFacts = {};
  if (pr) {
    facts.labels = (pr.labels ?? []).map((l) => l.name ?? '').filter((n) => n !== '');
    facts.baseBranch = pr.base?.ref;
    facts.headBranch = pr.head?.ref;
  }
  return {
    eventName,
    facts,
    baseSha: pr?.base?.sha,
    isPullRequestTarget: eventName === 'pull_request_target',
  };
}

function readPayload(file: string): PullRequestPayload {
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return typeof data === 'object' && data !== null ? (data as PullRequestPayload) : {};
  } catch {
    return {};
  }
}
