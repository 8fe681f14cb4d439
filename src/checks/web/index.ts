import type { CheckKind } from '../types.js';
import { cors } from './cors.js';
import { mixedContent } from './mixed-content.js';
import { securityHeaders } from './security-headers.js';
import { wsHandshake } from './ws-handshake.js';

/** Kinds that judge what a web target serves: security headers, CORS, mixed content, WebSocket. */
export const webKinds: CheckKind[] = [securityHeaders, cors, mixedContent, wsHandshake];
