import { listReviews } from '../../github/reviews.js';
import { strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome, plural } from '../wording.js';
import { withPullRequest } from './pull-context.js';
import { tallyReviews } from './review-verdict.js';

interface Params {
  'min-approvals'?: number;
  'on-head'?: boolean;
  'from-users'?: string[];
}

export const reviews = defineKind<Params>({
  kind: 'github.reviews',
  description:
    'The pull request has enough approving reviews and no standing request for changes (each reviewer counts once, by their latest review).',
  scope: 'github',
  params: strictObject({
    'min-approvals': {
      type: 'integer',
      minimum: 0,
      maximum: 100,
      description: 'Approving reviewers needed (default 1).',
    },
    'on-head': {
      type: 'boolean',
      description: 'Count only approvals given on the current head commit (default false: any commit).',
    },
    'from-users': {
      type: 'array',
      items: {
        type: 'string',
        minLength: 1,
        pattern: '^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(\\[bot\\])?$',
      },
      minItems: 1,
      description: 'Only approvals from these logins count (requested changes from anyone still block).',
    },
  }),
  async run(p, ctx) {
    return withPullRequest(ctx, 'list the reviews', 'pull-requests: read', async (gh) => {
      const need = p['min-approvals'] ?? 1;
      const { reviews: list, truncated } = await listReviews(gh.client, gh.repo, gh.number, ctx.signal);
      const tally = tallyReviews(list, {
        headSha: gh.headSha,
        onHead: p['on-head'] ?? false,
        ...(p['from-users'] ? { fromUsers: p['from-users'] } : {}),
      });
      const evidence = {
        required: need,
        ...tally,
        reviewsRead: list.length,
        ...(truncated ? { truncated } : {}),
      };
      if (tally.changesRequested.length > 0) {
        return {
          status: 'fail',
          summary: `changes requested by ${listSome(tally.changesRequested)}`,
          evidence,
        };
      }
      const have = tally.approvers.length;
      if (have < need) {
        const notes = [
          tally.staleApprovals.length > 0 ? `not on the head: ${listSome(tally.staleApprovals)}` : '',
          tally.notCounted.length > 0 ? `not from the listed users: ${listSome(tally.notCounted)}` : '',
        ].filter((n) => n !== '');
        return {
          status: 'fail',
          summary: `${plural(have, 'approval')} of ${need} needed${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`,
          evidence,
        };
      }
      return {
        status: 'pass',
        summary:
          have > 0 ? `approved by ${listSome(tally.approvers)}` : `no approvals needed; no changes requested`,
        evidence,
      };
    });
  },
});
