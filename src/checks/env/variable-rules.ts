import { compilePattern } from '../../util/pattern.js';
import {
  decodedBytes,
  fingerprint,
  JWT_MIN_BYTES,
  looksSecret,
  placeholderReason,
  type JwtAlg,
  type ValueEncoding,
} from './secret-value.js';

/** What one variable must satisfy. Every rule is optional; `required` defaults to true. */
export interface VariableRule {
  required?: boolean;
  /** Read by the engine before the run (src/engine/declared-secrets.ts): the value is scrubbed everywhere. */
  secret?: boolean;
  'min-bytes'?: number;
  'max-bytes'?: number;
  'exact-bytes'?: number;
  'jwt-alg'?: JwtAlg;
  encoding?: ValueEncoding;
  'distinct-from'?: string | string[];
  'not-placeholder'?: boolean;
  equals?: string;
  'one-of'?: string[];
  matches?: string;
  'url-host'?: string;
}

/** What is known about a variable, without its value. */
export interface VariableVerdict {
  name: string;
  present: boolean;
  /** Where the value came from: 'env' or the env file that set it. */
  source?: string;
  length?: number;
  /** Bytes after decoding, when an encoding other than raw was asked for. */
  decodedBytes?: number;
  fingerprint?: string;
  /** Names of the rules that failed, for evidence. */
  failed: string[];
  /** One sentence per failed rule; never contains the value. */
  problems: string[];
}

export type Lookup = (name: string) => { value: string; source: string } | undefined;

/** Judges one variable. `lookup` finds any variable (for distinct-from). */
export function judgeVariable(name: string, rule: VariableRule, lookup: Lookup): VariableVerdict {
  const found = lookup(name);
  const verdict: VariableVerdict = { name, present: found !== undefined, failed: [], problems: [] };
  const fail = (ruleName: string, problem: string) => {
    verdict.failed.push(ruleName);
    verdict.problems.push(`${name} ${problem}`);
  };
  if (found === undefined) {
    if (rule.required ?? true) fail('required', 'is not set');
    return verdict;
  }
  const { value, source } = found;
  verdict.source = source;
  verdict.length = Buffer.byteLength(value, 'utf8');
  verdict.fingerprint = fingerprint(value);
  if (value === '') {
    if (rule.required ?? true) fail('required', 'is set but empty');
    return verdict;
  }
  checkLength(rule, value, verdict, fail);
  for (const other of [rule['distinct-from'] ?? []].flat()) {
    const theirs = lookup(other);
    if (theirs !== undefined && theirs.value === value)
      fail('distinct-from', `has the same value as ${other}`);
  }
  const placeholderDefault =
    looksSecret(name) ||
    rule['min-bytes'] !== undefined ||
    rule['exact-bytes'] !== undefined ||
    rule['jwt-alg'] !== undefined;
  if (rule['not-placeholder'] ?? placeholderDefault) {
    const reason = placeholderReason(name, value);
    if (reason) fail('not-placeholder', `looks like a placeholder: ${reason}`);
  }
  if (rule.equals !== undefined && value !== rule.equals) fail('equals', `is not ${quote(rule.equals)}`);
  if (rule['one-of'] !== undefined && !rule['one-of'].includes(value)) {
    fail('one-of', `is not one of ${rule['one-of'].map(quote).join(', ')}`);
  }
  if (rule.matches !== undefined && !compilePattern(rule.matches).test(value)) {
    fail('matches', `does not match /${rule.matches}/`);
  }
  if (rule['url-host'] !== undefined) {
    const host = urlHost(value);
    if (host === undefined) fail('url-host', 'is not a URL');
    else if (!hostMatches(host, rule['url-host'])) fail('url-host', `is not a URL on ${rule['url-host']}`);
  }
  return verdict;
}

function checkLength(
  rule: VariableRule,
  value: string,
  verdict: VariableVerdict,
  fail: (rule: string, problem: string) => void,
): void {
  const encoding = rule.encoding ?? 'raw';
  const bytes = decodedBytes(value, encoding);
  if (bytes === undefined) {
    fail('encoding', `is not valid ${encoding}`);
    return;
  }
  if (encoding !== 'raw') verdict.decodedBytes = bytes;
  const unit = encoding === 'raw' ? 'bytes' : `bytes after ${encoding} decoding`;
  const jwtMin = rule['jwt-alg'] ? JWT_MIN_BYTES[rule['jwt-alg']] : undefined;
  if (jwtMin !== undefined && bytes < jwtMin) {
    fail('jwt-alg', `has ${bytes} ${unit}; ${rule['jwt-alg']} needs at least ${jwtMin} (RFC 7518 3.2)`);
  }
  const min = rule['min-bytes'];
  if (min !== undefined && bytes < min) fail('min-bytes', `has ${bytes} ${unit}, fewer than ${min}`);
  const max = rule['max-bytes'];
  if (max !== undefined && bytes > max) fail('max-bytes', `has ${bytes} ${unit}, more than ${max}`);
  const exact = rule['exact-bytes'];
  if (exact !== undefined && bytes !== exact)
    fail('exact-bytes', `has ${bytes} ${unit}, not exactly ${exact}`);
}

function urlHost(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.hostname === '' ? undefined : url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return undefined;
  }
}

/** `example.com` matches that host only; `*.example.com` matches any host below it. */
export function hostMatches(host: string, pattern: string): boolean {
  const p = pattern.toLowerCase();
  if (p.startsWith('*.')) return host.endsWith(p.slice(1)) && host.length > p.length - 1;
  return host === p;
}

function quote(s: string): string {
  return `'${s}'`;
}
