import { listCheckRuns, listStatuses } from '../../github/check-results.js';
import { strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome, plural } from '../wording.js';
import { judgeChecks } from './checks-verdict.js';
import { withPullRequest } from './pull-context.js';

interface Params {
  ignore?: string[];
  'min-checks'?: number;
}

export const checksGreen = defineKind<Params>({
  kind: 'github.checks-green',
  description:
    "Every other check run and commit status on the pull request's head commit succeeded (Preflight's own status and the job running it are left out).",
  scope: 'github',
  params: strictObject({
    ignore: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      minItems: 1,
      description:
        "Check run names and status contexts to leave out, case-insensitive; '*' matches any characters (for example 'deploy / *').",
    },
    'min-checks': {
      type: 'integer',
      minimum: 0,
      maximum: 1000,
      description:
        'Fail unless at least this many checks were found and passed (default 1: no checks is a failure).',
    },
  }),
  async run(p, ctx) {
    return withPullRequest(
      ctx,
      'read the checks of the head commit',
      'checks: read, statuses: read',
      async (gh) => {
        const runs = await listCheckRuns(gh.client, gh.repo, gh.headSha, ctx.signal);
        const statuses = await listStatuses(gh.client, gh.repo, gh.headSha, ctx.signal);
        const runId = ctx.env.GITHUB_RUN_ID?.trim();
        const verdict = judgeChecks(runs.runs, statuses.statuses, {
          ownContext: gh.statusContext,
          ignore: p.ignore ?? [],
          ...(runId && /^\d+$/.test(runId) ? { runId } : {}),
        });
        const evidence = { headSha: gh.headSha, ...verdict };
        if (runs.truncated || statuses.truncated) {
          return {
            status: 'error',
            summary: 'too many checks on the head commit to read them all',
            evidence,
          };
        }
        if (verdict.failed.length > 0) {
          const names = verdict.failed.map((f) => `${f.name} (${f.result})`);
          return { status: 'fail', summary: `not passing: ${listSome(names)}`, evidence };
        }
        if (verdict.running.length > 0) {
          return { status: 'fail', summary: `still running: ${listSome(verdict.running)}`, evidence };
        }
        const min = p['min-checks'] ?? 1;
        if (verdict.passed.length < min) {
          return {
            status: 'fail',
            summary: `${plural(verdict.passed.length, 'check')} found on the head commit; at least ${min} expected`,
            evidence,
          };
        }
        return { status: 'pass', summary: `${plural(verdict.passed.length, 'check')} passed`, evidence };
      },
    );
  },
});
