import type { CheckKind } from '../types.js';
import { changelog } from './changelog.js';
import { checksGreen } from './checks-green.js';
import { reviews } from './reviews.js';
import { targetBranch } from './target-branch.js';
import { versionBump } from './version-bump.js';

/** Kinds that ask GitHub about the pull request: reviews, other checks, version bump, changelog, target. */
export const githubKinds: CheckKind[] = [reviews, checksGreen, versionBump, changelog, targetBranch];
