import type { CheckKind } from '../types.js';

/** Kinds that look for committed secrets in tracked files. */
export const secretKinds: CheckKind[] = [];
