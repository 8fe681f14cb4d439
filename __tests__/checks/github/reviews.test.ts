import { describe, expect, it } from '@jest/globals';
import { reviews } from '../../../src/checks/github/reviews.js';
import { sha } from '../../helpers/github-double/index.js';
import { paramProblems, runKind } from '../run-kind.js';
import { bareContext, usePullRequests } from './pr-context.js';

const pr = usePullRequests();
let next = 100;

type State = 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';

/** A new pull request with these reviews, in this order. */
function withReviews(list: Array<[user: string, state: State, commitId?: string]>) {
  const ctx = pr.open(next++);
  for (const [user, state, commitId] of list) {
    pr.double.addReview(ctx.github.number, { user, state, ...(commitId ? { commitId } : {}) });
  }
  return ctx;
}

describe('github.reviews', () => {
  it('passes with one approval by default and names the approver', async () => {
    const out = await runKind(reviews, {}, withReviews([['alice', 'APPROVED']]));
    expect(out.status).toBe('pass');
    expect(out.summary).toBe('approved by alice');
    expect(out.evidence).toMatchObject({ approvers: ['alice'], changesRequested: [], required: 1 });
  });

  it('fails without reviews', async () => {
    const out = await runKind(reviews, {}, withReviews([]));
    expect(out).toMatchObject({ status: 'fail', summary: '0 approvals of 1 needed' });
  });

  it('counts each reviewer once, by their latest review', async () => {
    const ctx = withReviews([
      ['alice', 'APPROVED'],
      ['alice', 'APPROVED'],
      ['bob', 'APPROVED'],
    ]);
    expect(await runKind(reviews, { 'min-approvals': 3 }, ctx)).toMatchObject({
      status: 'fail',
      summary: '2 approvals of 3 needed',
    });
    expect((await runKind(reviews, { 'min-approvals': 2 }, ctx)).status).toBe('pass');
  });

  it('a comment after an approval leaves the approval standing', async () => {
    const out = await runKind(
      reviews,
      {},
      withReviews([
        ['alice', 'APPROVED'],
        ['alice', 'COMMENTED'],
      ]),
    );
    expect(out.status).toBe('pass');
    expect(out.evidence).toMatchObject({ approvers: ['alice'] });
  });

  it('requested changes block until the same reviewer approves', async () => {
    const blocked = await runKind(
      reviews,
      {},
      withReviews([
        ['alice', 'APPROVED'],
        ['bob', 'APPROVED'],
        ['bob', 'CHANGES_REQUESTED'],
        ['bob', 'COMMENTED'],
      ]),
    );
    expect(blocked).toMatchObject({ status: 'fail', summary: 'changes requested by bob' });
    expect(blocked.evidence).toMatchObject({ approvers: ['alice'], changesRequested: ['bob'] });

    const resolved = await runKind(
      reviews,
      {},
      withReviews([
        ['bob', 'CHANGES_REQUESTED'],
        ['bob', 'APPROVED'],
      ]),
    );
    expect(resolved).toMatchObject({ status: 'pass', summary: 'approved by bob' });
  });

  it('dismissed reviews do not count, and pending ones are ignored', async () => {
    const out = await runKind(
      reviews,
      {},
      withReviews([
        ['alice', 'APPROVED'],
        ['alice', 'DISMISSED'],
        ['carol', 'PENDING'],
      ]),
    );
    expect(out).toMatchObject({ status: 'fail', summary: '0 approvals of 1 needed' });
    const dismissedBlock = await runKind(reviews, {}, withReviews([['bob', 'DISMISSED']]));
    expect(dismissedBlock.evidence).toMatchObject({ changesRequested: [] });
  });

  it('with on-head, approvals of an older commit do not count', async () => {
    const older = sha('an-older-head');
    const ctx = withReviews([
      ['alice', 'APPROVED', older],
      ['bob', 'APPROVED'],
    ]);
    pr.double.addCommit(older);
    const strict = await runKind(reviews, { 'on-head': true, 'min-approvals': 2 }, ctx);
    expect(strict).toMatchObject({
      status: 'fail',
      summary: '1 approval of 2 needed (not on the head: alice)',
    });
    expect(strict.evidence).toMatchObject({ approvers: ['bob'], staleApprovals: ['alice'] });
    expect((await runKind(reviews, { 'min-approvals': 2 }, ctx)).status).toBe('pass');
  });

  it('with from-users, only those logins approve (case-insensitive)', async () => {
    const ctx = withReviews([
      ['alice', 'APPROVED'],
      ['bob', 'APPROVED'],
    ]);
    const out = await runKind(reviews, { 'from-users': ['Bob', 'dave'], 'min-approvals': 2 }, ctx);
    expect(out).toMatchObject({
      status: 'fail',
      summary: '1 approval of 2 needed (not from the listed users: alice)',
    });
    expect((await runKind(reviews, { 'from-users': ['BOB'] }, ctx)).status).toBe('pass');
  });

  it('min-approvals 0 passes without reviews but still fails on requested changes', async () => {
    expect((await runKind(reviews, { 'min-approvals': 0 }, withReviews([]))).status).toBe('pass');
    const blocked = await runKind(
      reviews,
      { 'min-approvals': 0 },
      withReviews([['bob', 'CHANGES_REQUESTED']]),
    );
    expect(blocked.status).toBe('fail');
  });

  it('reads every page of reviews', async () => {
    const ctx = withReviews(Array.from({ length: 120 }, (_, i) => [`r${i}`, 'COMMENTED'] as [string, State]));
    pr.double.addReview(ctx.github.number, { user: 'late-reviewer', state: 'APPROVED' });
    const out = await runKind(reviews, {}, ctx);
    expect(out).toMatchObject({ status: 'pass', summary: 'approved by late-reviewer' });
    expect(out.evidence).toMatchObject({ reviewsRead: 121 });
  });

  it('a failing API call is an error naming the permission', async () => {
    const ctx = withReviews([]);
    pr.double.failNext({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
      status: 403,
      body: { message: 'Resource not accessible by integration', status: '403' },
    });
    const out = await runKind(reviews, {}, ctx);
    expect(out.status).toBe('error');
    expect(out.summary).toMatch(/^GitHub refused to list the reviews \(403.*pull-requests: read/);
  });

  it('gives up when the engine aborts, as on a timeout', async () => {
    const controller = new AbortController();
    const ctx = { ...withReviews([]), signal: controller.signal };
    const held = pr.double.hold({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    });
    const pending = runKind(reviews, {}, ctx);
    await held.reached;
    controller.abort();
    try {
      expect(await pending).toEqual({
        status: 'error',
        summary: 'timed out while trying to list the reviews',
      });
    } finally {
      held.release();
    }
  });

  it('needs a pull request', async () => {
    expect(await runKind(reviews, {}, bareContext())).toEqual({
      status: 'error',
      summary: 'needs the action on a pull request (a token and a pull_request event)',
    });
  });

  it('rejects bad parameters, naming the field', () => {
    expect(paramProblems(reviews, { 'min-approvals': -1 })).toEqual(["'min-approvals' must be >= 0"]);
    expect(paramProblems(reviews, { 'from-users': ['not a login'] })[0]).toMatch(/^'from-users\[0\]'/);
  });
});
