import type { CheckOutcome } from '../types.js';
import { describeTlsCode } from './request-errors.js';
import type { TlsFacts } from './tls-probe.js';

/**
 * The verdict on a TLS endpoint: trusted chain, host name covered, within its validity period with
 * `minDays` left (testssl.sh rates 30 days or fewer as high severity), and a protocol no older than
 * `minVersion`. Pure: the caller hands in the time.
 */

export const PROTOCOLS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export interface CertificateRules {
  host: string;
  now: number;
  minDays: number;
  minVersion: Protocol;
}

const DAY = 24 * 60 * 60 * 1000;
/** Verification results that the date and host name checks below report in their own words. */
const OWN_WORDS = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_TLS_CERT_ALTNAME_INVALID']);

export function judgeCertificate(facts: TlsFacts, rules: CertificateRules): CheckOutcome {
  const c = facts.certificate;
  const validTo = Date.parse(c.validTo);
  const validFrom = Date.parse(c.validFrom);
  const daysLeft = Math.floor((validTo - rules.now) / DAY);
  const problems: string[] = [];

  if (facts.chainError !== '' && !OWN_WORDS.has(facts.chainError)) {
    problems.push(`the certificate is not trusted: ${describeTlsCode(facts.chainError)}`);
  }
  if (facts.identityError !== undefined) {
    const covers = c.altNames.length > 0 ? c.altNames.join(', ') : c.subject;
    problems.push(`the certificate does not cover ${rules.host} (it covers ${covers})`);
  }
  if (validTo <= rules.now) {
    problems.push(`the certificate expired on ${day(c.validTo)} (${-daysLeft} days ago)`);
  } else if (validFrom > rules.now) {
    problems.push(`the certificate is not valid before ${day(c.validFrom)}`);
  } else if (daysLeft < rules.minDays) {
    problems.push(
      `the certificate expires in ${daysLeft} days (on ${day(c.validTo)}); at least ${rules.minDays} required`,
    );
  }
  const rank = PROTOCOLS.indexOf((facts.protocol ?? '') as Protocol);
  if (rank < PROTOCOLS.indexOf(rules.minVersion)) {
    problems.push(
      `the server negotiates ${facts.protocol ?? 'an unknown protocol'}, older than ${rules.minVersion}`,
    );
  }

  const evidence: Record<string, unknown> = {
    host: rules.host,
    subject: c.subject,
    issuer: c.issuer,
    altNames: c.altNames,
    validFrom: c.validFrom,
    validTo: c.validTo,
    daysLeft,
    protocol: facts.protocol,
    cipher: facts.cipher,
    chain: facts.chain,
    fingerprint: c.fingerprint,
    trusted: facts.chainError === '' || OWN_WORDS.has(facts.chainError),
  };
  if (problems.length > 0) {
    evidence.problems = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    return { status: 'fail', summary: `${problems[0]}${more}`, evidence };
  }
  return {
    status: 'pass',
    summary: `valid for ${rules.host} until ${day(c.validTo)} (${daysLeft} days), ${facts.protocol}, issued by ${shortName(c.issuer)}`,
    evidence,
  };
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function shortName(dn: string): string {
  const cn = /(?:^|, )CN=([^,]+)/.exec(dn);
  return cn ? (cn[1] as string) : dn;
}
