/**
 * A pull request in the GitHub API double and the CheckContext a gate run would hand the github kinds.
 *
 *   const pr = usePullRequests();                   // at the top of a test file: starts and stops the double
 *   const ctx = pr.open(7, { baseRef: 'main' });    // in a test: a fresh pull request and its context
 */
import os from 'node:os';
import { afterAll, afterEach, beforeAll } from '@jest/globals';
import { createGitClient, gitRunner } from '../../../src/io/git.js';
import type { CheckContext } from '../../../src/checks/types.js';
import { doubleClient, type DoubleClient } from '../../helpers/github-double/client.js';
import { sha, startGitHubDouble, type GitHubDouble } from '../../helpers/github-double/index.js';

export const STATUS_CONTEXT = 'preflight';

export interface PullRequests {
  double: GitHubDouble;
  client: DoubleClient;
  repo: { owner: string; repo: string };
  /** Adds pull request `number` (head and base commits derived from it) and returns a gate run's context. */
  open(
    number: number,
    options?: { baseRef?: string; env?: Record<string, string> },
  ): CheckContext & { github: NonNullable<CheckContext['github']> };
}

async function startPullRequests(): Promise<PullRequests> {
  const double = await startGitHubDouble();
  const client = doubleClient(double, { retries: 0 });
  const repo = { owner: double.owner, repo: double.repo };
  return {
    double,
    client,
    repo,
    open(number, options = {}) {
      const headSha = sha(`head-${number}`);
      const baseSha = sha(`base-${number}`);
      const baseRef = options.baseRef ?? 'main';
      double.addPullRequest({ number, headSha, baseSha, headRef: `release/${number}`, baseRef });
      return {
        ...bareContext(options.env),
        github: { client, repo, number, headSha, baseSha, baseRef, statusContext: STATUS_CONTEXT },
      };
    },
  };
}

/**
 * The pull requests of one test file: the double starts before its tests, is checked for violations after
 * each and stops after all of them.
 */
export function usePullRequests(): PullRequests {
  let started: PullRequests | undefined;
  beforeAll(async () => {
    started = await startPullRequests();
  });
  afterEach(() => started?.double.assertNoViolations());
  afterAll(() => started?.double.stop());
  const get = (): PullRequests => {
    if (!started) throw new Error('the GitHub double starts in beforeAll: use it inside tests');
    return started;
  };
  return {
    get double() {
      return get().double;
    },
    get client() {
      return get().client;
    },
    get repo() {
      return get().repo;
    },
    open: (number, options) => get().open(number, options),
  };
}

/** A context without a pull request, as the CLI builds one. */
export function bareContext(env: Record<string, string> = {}): CheckContext {
  return {
    repoDir: os.tmpdir(),
    env,
    targets: {},
    git: createGitClient(gitRunner(os.tmpdir())),
    signal: new AbortController().signal,
    allowCommands: false,
  };
}
