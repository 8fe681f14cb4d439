import type { CheckKind } from '../types.js';

/** Kinds that judge configuration: the job's environment variables, env files and their documentation. */
export const envKinds: CheckKind[] = [];
