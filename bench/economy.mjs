// GitHub API calls per gate run, counted by the GitHub API double (the same one the end-to-end tests use):
// the bundled action runs as the Actions runner runs it, and every request it makes is recorded.
// Budgets (issue: the release-PR gate): a pull_request run at most 4 REST calls plus pagination, an
// issue_comment run at most 5.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { alignColumns } from './measure.mjs';

const CHECKLIST_FILE = '__tests__/fixtures/release-checklist.yml';

const COMMENTS_ROUTE = '/repos/{owner}/{repo}/issues/{issue_number}/comments';

/** Bundles the double (TypeScript, in the tests' helpers) with ncc once, then imports it. */
async function loadDouble(projectDir, benchDir) {
  const out = path.join(benchDir, 'github-double');
  execFileSync(
    path.join(projectDir, 'node_modules/.bin/ncc'),
    ['build', path.join(projectDir, '__tests__/helpers/github-double/index.ts'), '-o', out, '-q'],
    { cwd: projectDir, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return import(pathToFileURL(path.join(out, 'index.js')).href);
}

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

/** Runs dist/index.js as the runner does. Asynchronously: the double answers from this same process. */
async function runAction(projectDir, workspace, double, eventName, payload) {
  const runner = mkdtempSync(path.join(os.tmpdir(), 'preflight-bench-runner-'));
  try {
    const event = path.join(runner, 'event.json');
    writeFileSync(event, JSON.stringify(payload));
    for (const f of ['output', 'summary.md']) writeFileSync(path.join(runner, f), '');
    const child = spawn(process.execPath, [path.join(projectDir, 'dist/index.js')], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH,
        HOME: runner,
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: path.join(runner, 'output'),
        GITHUB_STEP_SUMMARY: path.join(runner, 'summary.md'),
        RUNNER_TEMP: runner,
        GITHUB_REPOSITORY: `${double.owner}/${double.repo}`,
        GITHUB_API_URL: double.url,
        GITHUB_GRAPHQL_URL: double.graphqlUrl,
        INPUT_TOKEN: 'bench-token',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const status = await new Promise((resolve) => child.on('close', resolve));
    return { status, stdout, stderr };
  } finally {
    rmSync(runner, { recursive: true, force: true });
  }
}

/** Each scenario's calls, counted from the double's request log. */
export async function economyBenchmark({ projectDir, benchDir, log }) {
  mkdirSync(benchDir, { recursive: true });
  const { startGitHubDouble } = await loadDouble(projectDir, benchDir);
  const double = await startGitHubDouble({ owner: 'acme', repo: 'shop' });
  const repo = mkdtempSync(path.join(os.tmpdir(), 'preflight-bench-repo-'));
  const rows = [];
  try {
    git(repo, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(repo, 'README.md'), '# shop\n');
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(
      path.join(repo, '.github/preflight.yml'),
      readFileSync(path.join(projectDir, CHECKLIST_FILE), 'utf8'),
    );
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    const baseSha = git(repo, 'rev-parse', 'HEAD');
    git(repo, 'checkout', '-q', '-b', 'release/1.0.0');
    writeFileSync(path.join(repo, 'CHANGELOG.md'), '# 1.0.0\n');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'release');
    const headSha = git(repo, 'rev-parse', 'HEAD');
    // 120 comments before Preflight's own: listing them takes two pages of 100.
    double.addPullRequest({ number: 1, headSha, headRef: 'release/1.0.0', baseRef: 'main', baseSha });
    double.addPullRequest({ number: 2, headSha, headRef: 'release/1.0.0', baseRef: 'main', baseSha });
    for (let i = 0; i < 120; i += 1) double.addComment(2, { author: 'chatty', body: `comment ${i}` });
    double.setPermission('maya', 'maintain');

    const measure = async (label, budget, eventName, payload) => {
      double.resetRequests();
      const r = await runAction(projectDir, repo, double, eventName, payload);
      if (r.status !== 0)
        throw new Error(`${label}: the action exited ${r.status}\n${r.stdout}\n${r.stderr}`);
      const reqs = double.requests;
      const rest = reqs.filter((q) => q.route !== 'graphql');
      // Pagination: the follow-up pages of a listing (page=2 and on), which the budget allows on top.
      const pages = rest.filter(
        (q) =>
          q.method === 'GET' &&
          q.route === COMMENTS_ROUTE &&
          Number(/[?&]page=(\d+)/.exec(q.path)?.[1] ?? 1) > 1,
      ).length;
      const row = { label, rest: rest.length, pagination: pages, graphql: reqs.length - rest.length, budget };
      log(`economy: ${label}: ${rest.map((q) => `${q.method} ${q.route}`).join(', ')}`);
      rows.push(row);
    };
    await measure(
      'pull_request, first run (creates the comment)',
      4,
      'pull_request',
      double.pullRequestEvent('opened', 1),
    );
    await measure('pull_request, later run', 4, 'pull_request', double.pullRequestEvent('synchronize', 1));
    const comment = double
      .comments(1)
      .find((c) => String(c.body).startsWith('<!-- preflight:comment release -->'));
    const ticked = String(comment.body).replace('- [ ] Rollback plan ready', '- [x] Rollback plan ready');
    const { from } = double.editCommentAs(comment.id, 'maya', ticked);
    await measure(
      'issue_comment, an allowed tick',
      5,
      'issue_comment',
      double.issueCommentEvent('edited', { commentId: comment.id, sender: 'maya', fromBody: from }),
    );
    await measure(
      'pull_request, first run, 120 other comments',
      4,
      'pull_request',
      double.pullRequestEvent('opened', 2),
    );
    await measure(
      'pull_request, later run, 120 other comments',
      4,
      'pull_request',
      double.pullRequestEvent('synchronize', 2),
    );
    if (double.violations.length > 0)
      throw new Error(`the double saw invalid requests:\n${double.violations.join('\n')}`);
  } finally {
    await double.stop();
    rmSync(repo, { recursive: true, force: true });
  }
  return rows;
}

export function economyTable(rows) {
  const header = ['gate run', 'REST calls', 'of which next pages', 'GraphQL', 'REST budget'];
  const cells = rows.map((r) => [
    r.label,
    String(r.rest),
    String(r.pagination),
    String(r.graphql),
    `<= ${r.budget} + pages ${r.rest - r.pagination <= r.budget ? 'ok' : 'MISSED'}`,
  ]);
  return alignColumns([header, ...cells]);
}
