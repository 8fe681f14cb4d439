import type { GitHub } from './client.js';
import type { RepoRef } from './repo.js';

/** One submitted review of a pull request, as the REST API lists it. */
export interface PullReview {
  id: number;
  /** The reviewer's login ('' for a deleted account). */
  user: string;
  state: string;
  /** The head commit the review was submitted on. */
  commitId: string;
  submittedAt: string;
}

/** At most this many pages of 100 reviews are read. */
const MAX_REVIEW_PAGES = 10;

/** The reviews of a pull request in submission order (GitHub lists them chronologically). */
export async function listReviews(
  gh: GitHub,
  ref: RepoRef,
  number: number,
  signal?: AbortSignal,
): Promise<{ reviews: PullReview[]; truncated: boolean }> {
  const reviews: PullReview[] = [];
  for (let page = 1; page <= MAX_REVIEW_PAGES; page++) {
    const r = await gh.rest.pulls.listReviews({
      ...ref,
      pull_number: number,
      per_page: 100,
      page,
      request: { signal },
    });
    for (const review of r.data) {
      reviews.push({
        id: review.id,
        user: review.user?.login ?? '',
        state: review.state,
        commitId: review.commit_id ?? '',
        submittedAt: review.submitted_at ?? '',
      });
    }
    if (r.data.length < 100) return { reviews, truncated: false };
  }
  return { reviews, truncated: true };
}
