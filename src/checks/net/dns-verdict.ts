import net from 'node:net';
import type { CheckOutcome } from '../types.js';
import { listSome } from '../wording.js';
import type { Answer } from './dns-lookup.js';

/** The verdict on what a host name resolved to. Pure. */

export interface DnsExpectations {
  family: 'any' | 'ipv4' | 'ipv6';
  expected?: string[];
  only: boolean;
}

export interface DnsAnswers {
  lookup?: Answer;
  v4?: Answer;
  v6?: Answer;
}

/** One spelling per address: IPv6 compressed and lower case. */
export function canonicalAddress(address: string): string {
  if (net.isIPv6(address)) {
    try {
      return new URL(`http://[${address}]/`).hostname.slice(1, -1);
    } catch {
      return address.toLowerCase();
    }
  }
  return address;
}

export function judgeDns(host: string, answers: DnsAnswers, e: DnsExpectations): CheckOutcome {
  const sources = Object.entries(answers).filter((x): x is [string, Answer] => x[1] !== undefined);
  const evidence: Record<string, unknown> = { host };
  for (const [name, a] of sources) evidence[name] = a.ok ? a.addresses : { error: a.code };
  const failed = sources.filter(([, a]) => !a.ok) as Array<[string, Extract<Answer, { ok: false }>]>;
  // DNS answering A but not AAAA (or the reverse) is fine; both failing, or lookup failing, is not.
  const dnsFailed = answers.v4 && answers.v6 && !answers.v4.ok && !answers.v6.ok;
  const lookupFailed = answers.lookup && !answers.lookup.ok;
  if (dnsFailed || lookupFailed) {
    const [via, answer] =
      failed.find(([n]) => n === 'lookup') ?? (failed[0] as [string, Extract<Answer, { ok: false }>]);
    if (!answer.notFound) {
      return {
        status: 'error',
        summary: `${host}: the resolver could not answer (${answer.code}, ${via})`,
        evidence,
      };
    }
    return { status: 'fail', summary: `${host} does not resolve (${answer.code}, ${via})`, evidence };
  }
  const found = [...new Set(sources.flatMap(([, a]) => (a.ok ? a.addresses.map(canonicalAddress) : [])))];
  evidence.addresses = found;
  const problems: string[] = [];
  if (found.length === 0) problems.push(`${host} has no address`);
  if (e.family === 'ipv4' && !found.some((a) => net.isIPv4(a))) problems.push(`${host} has no IPv4 address`);
  if (e.family === 'ipv6' && !found.some((a) => net.isIPv6(a))) problems.push(`${host} has no IPv6 address`);
  if (e.expected) {
    const want = e.expected.map(canonicalAddress);
    const missing = want.filter((a) => !found.includes(a));
    if (missing.length > 0) problems.push(`${host} does not resolve to ${listSome(missing)}`);
    const extra = found.filter((a) => !want.includes(a));
    if (e.only && extra.length > 0) problems.push(`${host} also resolves to ${listSome(extra)}`);
    evidence.missing = missing;
    if (e.only) evidence.unexpected = extra;
  }
  if (problems.length > 0) {
    return {
      status: 'fail',
      summary: `${problems.join('; ')} (found ${listSome(found) || 'none'})`,
      evidence,
    };
  }
  return { status: 'pass', summary: `${host} resolves to ${listSome(found)}`, evidence };
}
