import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { judgeCertificate, PROTOCOLS, type Protocol } from './certificate-verdict.js';
import { caAndTimeoutParams, requestParamProblems, timeoutOf, type CaAndTimeout } from './http-options.js';
import { prepareRequest } from './prepared-request.js';
import { probeTls } from './tls-probe.js';
import { targetParams, type TargetParams } from './target-url.js';

interface Params extends TargetParams, CaAndTimeout {
  port?: number;
  'min-days'?: number;
  'min-version'?: 'TLSv1.2' | 'TLSv1.3';
}

/** Lets a handshake with an old protocol complete, only to name the protocol in the verdict. */
const LEGACY = { minVersion: 'TLSv1' as const, ciphers: 'DEFAULT:@SECLEVEL=0' };

export const tlsCertificate = defineKind<Params>({
  kind: 'tls.certificate',
  description:
    "The target's TLS certificate is trusted (system authorities plus an optional ca-file), covers the host name, is valid for at least min-days more (default 30), and the server speaks TLS 1.2 or newer.",
  scope: 'target',
  params: strictObject({
    ...targetParams,
    port: {
      type: 'integer',
      minimum: 1,
      maximum: 65535,
      description: "The TLS port (default: the URL's port, else 443).",
    },
    'min-days': {
      type: 'integer',
      minimum: 0,
      maximum: 3650,
      description: 'Fewest days the certificate must still be valid (default 30; testssl.sh warns at 60).',
    },
    'min-version': {
      enum: ['TLSv1.2', 'TLSv1.3'],
      description: 'Oldest acceptable protocol (default TLSv1.2: TLS 1.0 and 1.1 are refused).',
    },
    ...caAndTimeoutParams('For the handshake; default 10s.'),
  }),
  validate: (p) => requestParamProblems(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx);
    if (!prepared.ok) return prepared.outcome;
    const { url, ca } = prepared.value;
    const secure = url.protocol === 'https:' || url.protocol === 'wss:';
    if (!secure && p.port === undefined) {
      return {
        status: 'error',
        summary: `${url.href} is not an https URL: give an https target or the TLS 'port'`,
      };
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    const port = p.port ?? (url.port === '' ? 443 : Number(url.port));
    const minVersion: Protocol = p['min-version'] ?? 'TLSv1.2';
    const via = ctx.proxy?.(new URL(`https://${url.hostname}:${port}/`));
    const base = { host, port, ca, timeoutMs: timeoutOf(p), signal: ctx.signal, via };
    const rules = { host, now: Date.now(), minDays: p['min-days'] ?? 30, minVersion };
    const where = `${host}:${port}`;

    const modern = await probeTls({ ...base, minVersion });
    if (modern.ok) return judgeCertificate(modern.facts, rules);
    if (modern.code !== 'tls') {
      const status = 'error';
      return { status, summary: `${where}: ${modern.message}`, evidence: { host, port, error: modern } };
    }
    // The handshake failed: see whether the server would speak an older protocol, to say so.
    const legacy = await probeTls({ ...base, ...LEGACY });
    if (legacy.ok && PROTOCOLS.indexOf(legacy.facts.protocol as Protocol) < PROTOCOLS.indexOf(minVersion)) {
      return judgeCertificate(legacy.facts, rules);
    }
    return {
      status: 'fail',
      summary: `${where}: the TLS handshake failed (${modern.message.replace(/^TLS: /, '')})`,
      evidence: { host, port, error: modern },
    };
  },
});
