import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import {
  startGitHubDouble,
  type DoubleOptions,
  type GitHubDouble,
  type NewPullRequest,
} from '../helpers/github-double/index.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';
import type { GitHub } from '../../src/github/client.js';
import { doubleClient } from '../helpers/github-double/client.js';
import { runAction, type ActionRun } from '../helpers/run-action.js';
import { runInProcess } from '../helpers/run-in-process.js';

/** The release checklist of the end-to-end tests (shared with the API-call economy bench). */
export const CHECKLIST = readFileSync(
  path.join(PROJECT_ROOT, '__tests__/fixtures/release-checklist.yml'),
  'utf8',
);

export const NUMBER = 7;

/** A repository with a base and a head commit, a pull request for them in the GitHub double, and the action. */
export interface World {
  double: GitHubDouble;
  repo: TestRepo;
  baseSha: string;
  headSha: string;
  /** Runs the action on an event: its source in-process, or the bundle as the runner does (`bundle: true`). */
  run(
    eventName: string,
    payload: unknown,
    inputs?: Record<string, string>,
    env?: Record<string, string>,
  ): Promise<ActionRun>;
  /** A pull_request run for the live head. */
  prRun(action?: string, inputs?: Record<string, string>): Promise<ActionRun>;
  /** Preflight's comment(s) on the pull request. */
  gateComments(): Array<{ id: number; body: string }>;
  /** Sets one box through the web page as `login`, then runs the issue_comment event (unless `dropEvent`). */
  tick(
    login: string,
    id: string,
    checked: boolean,
    opts?: { dropEvent?: boolean },
  ): Promise<ActionRun | undefined>;
  /** The statuses on a commit, oldest first. */
  statuses(sha?: string): Array<{ state: string; description: string | null; context: string }>;
  stop(): Promise<void>;
}

export async function makeWorld(
  options: {
    /** The checklist at the base commit (the one that gates); default the release fixture. */
    checklist?: string;
    checklistAtHead?: string;
    headFiles?: Record<string, string>;
    pr?: Partial<NewPullRequest>;
    /** Run the committed bundle (dist/index.js) in a child process instead of the source in-process. */
    bundle?: boolean;
    /** How the double is laid out (GitHub Enterprise Server paths, the name it calls itself). */
    double?: Pick<DoubleOptions, 'enterprise'>;
    /** Runner variables to add or override (GITHUB_API_URL, HTTPS_PROXY, NODE_OPTIONS, …). */
    env?: (double: GitHubDouble) => Record<string, string>;
    /** Inputs every run gets (the hardened setup's token, bot-login and record-key). */
    inputs?: Record<string, string>;
    /** The event of pull request runs: pull_request (default) or pull_request_target (hardened). */
    prEvent?: 'pull_request' | 'pull_request_target';
    /** The clock of in-process runs (default: the real one). */
    now?: () => Date;
  } = {},
): Promise<World> {
  const double = await startGitHubDouble({ owner: 'acme', repo: 'shop', ...options.double });
  const base = options.checklist ?? CHECKLIST;
  const repo = await makeRepo({ 'README.md': '# shop\n', '.github/preflight.yml': base });
  const baseSha = (await repo.git('rev-parse', 'HEAD')).trim();
  await repo.git('checkout', '-q', '-b', 'release/1.4.0');
  const headSha = await repo.commit('release 1.4.0', {
    'CHANGELOG.md': '# 1.4.0\n',
    ...(options.checklistAtHead ? { '.github/preflight.yml': options.checklistAtHead } : {}),
    ...options.headFiles,
  });
  double.addPullRequest({
    number: NUMBER,
    headSha,
    headRef: 'release/1.4.0',
    baseRef: 'main',
    baseSha,
    title: 'Release 1.4.0',
    ...options.pr,
  });
  // Privileged runs read the checklist at the base through GitHub's contents API.
  double.putFile(baseSha, '.github/preflight.yml', base);
  double.setPermission('maya', 'maintain');
  double.setPermission('alice', 'write');
  double.setPermission('mallory', 'read');
  const env = {
    GITHUB_API_URL: double.url,
    GITHUB_GRAPHQL_URL: double.graphqlUrl,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SERVER_URL: double.webUrl,
    ...options.env?.(double),
  };
  const world: World = {
    double,
    repo,
    baseSha,
    headSha,
    run: (eventName, payload, inputs = {}, extraEnv = {}) => {
      const run = {
        workspace: repo.dir,
        eventName,
        payload,
        inputs: { token: 'test-token', ...options.inputs, ...inputs },
        env: { ...env, GITHUB_JOB: 'checklist', ...extraEnv },
      };
      return options.bundle
        ? runAction(run)
        : runInProcess({
            ...run,
            client: (o) => doubleClient(double, { token: o.token }) as unknown as GitHub,
            now: options.now,
          });
    },
    prRun: (action = 'synchronize', inputs = {}) =>
      world.run(
        options.prEvent ?? 'pull_request',
        double.pullRequestEvent(action as 'synchronize', NUMBER),
        inputs,
      ),
    gateComments: () =>
      double
        .comments(NUMBER)
        .map((c) => ({ id: c.id as number, body: String(c.body ?? '') }))
        .filter((c) => c.body.startsWith('<!-- preflight:comment release -->')),
    async tick(login, id, checked, opts = {}) {
      const comment = world.gateComments()[0];
      if (!comment) throw new Error('no checklist comment to tick');
      const marker = `<!-- preflight:item ${id} -->`;
      const lines = comment.body.split('\n');
      const at = lines.findIndex((l) => l.includes(marker) && /^- \[[ xX]\] /.test(l));
      if (at < 0) throw new Error(`no box for ${id}`);
      lines[at] = lines[at]!.replace(/^- \[[ xX]\]/, `- [${checked ? 'x' : ' '}]`);
      const { from } = double.editCommentAs(comment.id, login, lines.join('\n'));
      if (opts.dropEvent) return undefined;
      return world.run(
        'issue_comment',
        double.issueCommentEvent('edited', { commentId: comment.id, sender: login, fromBody: from }),
      );
    },
    statuses: (sha = world.headSha) =>
      double
        .statuses(sha)
        .map((s) => s as { state: string; description: string | null; context: string })
        .filter((s) => s.context === 'preflight'),
    async stop() {
      await double.stop();
      await repo.remove();
    },
  };
  return world;
}

export function lastStatus(world: World, sha?: string) {
  return world.statuses(sha).at(-1);
}
