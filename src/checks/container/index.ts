import type { CheckKind } from '../types.js';

/** Kinds that judge container definitions: Dockerfiles and Compose files. */
export const containerKinds: CheckKind[] = [];
