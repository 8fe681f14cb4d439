import type { CheckKind } from '../types.js';
import { dnsResolve } from './dns-resolve.js';
import { httpLatency } from './http-latency.js';
import { httpRateLimit } from './http-rate-limit.js';
import { httpResponse } from './http-response.js';
import { httpsRedirect } from './https-redirect.js';
import { tlsCertificate } from './tls-certificate.js';
import { webhookVerify } from './webhook-verify.js';

/** Kinds that probe a target over the network: HTTP responses, latency, redirects, TLS, DNS, webhooks. */
export const netKinds: CheckKind[] = [
  httpResponse,
  httpLatency,
  httpsRedirect,
  tlsCertificate,
  dnsResolve,
  httpRateLimit,
  webhookVerify,
];
