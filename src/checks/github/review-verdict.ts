import type { PullReview } from '../../github/reviews.js';

export interface ReviewTally {
  /** Reviewers whose standing review approves the change (and counts: on the head if required, an allowed user). */
  approvers: string[];
  /** Reviewers whose standing review requests changes. */
  changesRequested: string[];
  /** Standing approvals on an older commit (only when approvals must be on the head). */
  staleApprovals: string[];
  /** Standing approvals from people outside `from-users`. */
  notCounted: string[];
}

export interface TallyOptions {
  headSha: string;
  onHead: boolean;
  /** Logins whose approvals count; undefined: everyone's. */
  fromUsers?: string[];
}

/**
 * Each reviewer's standing review, as branch protection reads it: the latest APPROVED or CHANGES_REQUESTED
 * review stands; a later COMMENTED review changes nothing; a DISMISSED review withdraws what that reviewer
 * said before it; PENDING (unsubmitted) reviews are ignored.
 */
export function tallyReviews(reviews: PullReview[], options: TallyOptions): ReviewTally {
  const standing = new Map<
    string,
    { login: string; state: 'APPROVED' | 'CHANGES_REQUESTED'; commitId: string }
  >();
  for (const review of reviews) {
    if (review.user === '') continue;
    const key = review.user.toLowerCase();
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED') {
      standing.set(key, { login: review.user, state: review.state, commitId: review.commitId });
    } else if (review.state === 'DISMISSED') {
      standing.delete(key);
    }
  }
  const allowed = options.fromUsers && new Set(options.fromUsers.map((u) => u.toLowerCase()));
  const tally: ReviewTally = { approvers: [], changesRequested: [], staleApprovals: [], notCounted: [] };
  for (const [key, s] of standing) {
    if (s.state === 'CHANGES_REQUESTED') tally.changesRequested.push(s.login);
    else if (allowed && !allowed.has(key)) tally.notCounted.push(s.login);
    else if (options.onHead && s.commitId !== options.headSha) tally.staleApprovals.push(s.login);
    else tally.approvers.push(s.login);
  }
  return tally;
}
