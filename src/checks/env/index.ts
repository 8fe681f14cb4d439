import type { CheckKind } from '../types.js';
import { envDocumented } from './env-documented.js';
import { envPolicy } from './env-policy.js';

/** Kinds that judge configuration: the job's environment variables, env files and their documentation. */
export const envKinds: CheckKind[] = [envPolicy, envDocumented];
