import type { CheckKind } from '../types.js';
import { composePolicy } from './compose-policy.js';
import { dockerPolicy } from './docker-policy.js';

/** Kinds that judge container definitions: Dockerfiles and Compose files. */
export const containerKinds: CheckKind[] = [dockerPolicy, composePolicy];
