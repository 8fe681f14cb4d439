import type { CheckKind } from '../types.js';

/** Kinds that ask GitHub about the pull request: reviews, other checks, version bump, changelog, target. */
export const githubKinds: CheckKind[] = [];
