import type { CheckKind } from '../types.js';
import { repoSecrets } from './repo-secrets.js';

/** Kinds that look for committed secrets in tracked files. */
export const secretKinds: CheckKind[] = [repoSecrets];
