import type { CheckKind } from '../types.js';

/** Kinds that judge what a web target serves: security headers, CORS, mixed content, WebSocket. */
export const webKinds: CheckKind[] = [];
