import net from 'node:net';
import { durationSchema } from '../../definition/schema.js';
import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome, type ParamProblem } from '../types.js';
import { timeoutOf } from './http-options.js';
import { dnsRecords, systemLookup } from './dns-lookup.js';
import { judgeDns, type DnsAnswers } from './dns-verdict.js';
import { resolveTarget, targetParams, type TargetParams } from './target-url.js';

interface Params extends TargetParams {
  host?: string;
  via?: 'lookup' | 'dns' | 'both';
  family?: 'any' | 'ipv4' | 'ipv6';
  'expect-addresses'?: string[];
  only?: boolean;
  timeout?: string | number;
}

export const dnsResolve = defineKind<Params>({
  kind: 'dns.resolve',
  description:
    "The target's host name resolves, optionally to expected addresses (all of them, or only them). Asks the system resolver (hosts file included), the DNS servers (A and AAAA records), or both.",
  scope: 'target',
  params: strictObject({
    ...targetParams,
    host: {
      type: 'string',
      minLength: 1,
      pattern: '^[A-Za-z0-9._:-]+$',
      description: "A host name to resolve instead of the target's.",
    },
    via: {
      enum: ['lookup', 'dns', 'both'],
      description:
        "'lookup' (default): the system resolver, as the service's clients on this machine see it; 'dns': A and AAAA records from the DNS servers; 'both'.",
    },
    family: {
      enum: ['any', 'ipv4', 'ipv6'],
      description: 'An address of this family must be among the answers.',
    },
    'expect-addresses': {
      type: 'array',
      minItems: 1,
      items: { type: 'string', minLength: 1 },
      description: 'IPv4 or IPv6 addresses that must all be among the answers.',
    },
    only: { type: 'boolean', description: 'With expect-addresses: no other address may be answered.' },
    timeout: { ...durationSchema, description: 'For each question; default 10s.' },
  }),
  validate(p) {
    const problems: ParamProblem[] = [];
    (p['expect-addresses'] ?? []).forEach((a, i) => {
      if (net.isIP(a) === 0)
        problems.push({ path: ['expect-addresses', i], message: `'${a}' is not an IP address` });
    });
    if (p.only && !p['expect-addresses']) {
      problems.push({ path: ['only'], message: "needs 'expect-addresses'" });
    }
    if (p.host !== undefined && (p.target !== undefined || p.url !== undefined)) {
      problems.push({ path: ['host'], message: "give 'host', or 'target' / 'url', not both" });
    }
    return problems;
  },
  async run(p, ctx): Promise<CheckOutcome> {
    let host = p.host;
    if (host === undefined) {
      const target = resolveTarget(p, ctx);
      if (!target.ok) return target.outcome;
      host = target.url.hostname.replace(/^\[(.*)\]$/, '$1');
    }
    const expectations = {
      family: p.family ?? 'any',
      expected: p['expect-addresses'],
      only: p.only ?? false,
    } as const;
    // An address needs no resolving.
    if (net.isIP(host) !== 0)
      return judgeDns(host, { lookup: { ok: true, addresses: [host] } }, expectations);
    const timeoutMs = timeoutOf(p);
    const via = p.via ?? 'lookup';
    const answers: DnsAnswers = {};
    const [lookup, records] = await Promise.all([
      via === 'dns' ? undefined : systemLookup(host, timeoutMs, ctx.signal),
      via === 'lookup' ? undefined : dnsRecords(host, timeoutMs, ctx.signal),
    ]);
    if (ctx.signal.aborted) return { status: 'error', summary: 'cancelled' };
    if (lookup) answers.lookup = lookup;
    if (records) {
      answers.v4 = records.v4;
      answers.v6 = records.v6;
    }
    return judgeDns(host, answers, expectations);
  },
});
