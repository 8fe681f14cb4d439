import type { CheckKind } from '../types.js';

/** Kinds that probe a target over the network: HTTP responses, latency, redirects, TLS, DNS, webhooks. */
export const netKinds: CheckKind[] = [];
