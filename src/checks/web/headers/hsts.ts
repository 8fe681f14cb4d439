import { fail, pass, type SubTest } from './subtest.js';

/**
 * Strict-Transport-Security (RFC 6797), judged as Mozilla HTTP Observatory judges it: the header must come
 * over verified HTTPS, exactly once, with a max-age of at least six months (15552000 s); a comma in the value
 * means it was sent twice, which is invalid. Stricter than Observatory: a max-age that is not a number, or a
 * directive given twice, is invalid (Observatory lets some of these through).
 */
export interface HstsOptions {
  /** Seconds; default 15552000 (180 days). */
  minAge?: number;
  includeSubdomains?: boolean;
  /** The preload list's own requirements: `preload`, `includeSubDomains` and max-age >= 31536000. */
  preload?: boolean;
}

export interface HstsDirectives {
  maxAge: number;
  includeSubDomains: boolean;
  preload: boolean;
}

export const HSTS_MIN_AGE = 15_552_000;
const PRELOAD_MIN_AGE = 31_536_000;

export type ParsedHsts = { ok: true; directives: HstsDirectives } | { ok: false; problem: string };

/** Parses one header value; `problem` says what makes it invalid. */
export function parseHsts(value: string): ParsedHsts {
  if (value.includes(','))
    return { ok: false, problem: 'the header is sent more than once (a comma in the value)' };
  const seen = new Set<string>();
  let maxAge: number | undefined;
  for (const part of value.split(';')) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const eq = trimmed.indexOf('=');
    const name = (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim().toLowerCase();
    const raw = eq === -1 ? undefined : trimmed.slice(eq + 1).trim();
    if (seen.has(name)) return { ok: false, problem: `the directive ${name} appears twice` };
    seen.add(name);
    if (name === 'max-age') {
      const digits = raw?.replace(/^"(.*)"$/, '$1');
      if (digits === undefined || !/^[0-9]+$/.test(digits)) {
        return { ok: false, problem: `max-age is not a number of seconds: '${raw ?? ''}'` };
      }
      maxAge = Number(digits);
    }
  }
  if (maxAge === undefined) return { ok: false, problem: 'max-age is missing' };
  return {
    ok: true,
    directives: { maxAge, includeSubDomains: seen.has('includesubdomains'), preload: seen.has('preload') },
  };
}

/**
 * `values`: every Strict-Transport-Security field of the response, in order. `https`: the response came over
 * HTTPS; `verified`: its certificate chain was trusted (browsers ignore HSTS otherwise).
 */
export function judgeHsts(
  values: string[],
  transport: { https: boolean; verified: boolean },
  options: HstsOptions = {},
): SubTest {
  const minAge = options.minAge ?? HSTS_MIN_AGE;
  if (!transport.https) return fail('served over plain HTTP: browsers ignore HSTS there', values);
  if (!transport.verified) return fail('the certificate is not trusted: browsers ignore HSTS then', values);
  if (values.length === 0) return fail('missing');
  if (values.length > 1) return fail(`invalid: sent ${values.length} times`, values);
  const parsed = parseHsts(values[0] as string);
  if (!parsed.ok) return fail(`invalid: ${parsed.problem}`, values);
  const d = parsed.directives;
  if (d.maxAge < minAge) return fail(`max-age ${d.maxAge} is below ${minAge} (${days(minAge)})`, values);
  if (options.includeSubdomains && !d.includeSubDomains) return fail('includeSubDomains is missing', values);
  if (options.preload) {
    const missing = [
      d.preload ? '' : 'preload',
      d.includeSubDomains ? '' : 'includeSubDomains',
      d.maxAge >= PRELOAD_MIN_AGE ? '' : `max-age >= ${PRELOAD_MIN_AGE}`,
    ].filter((m) => m !== '');
    if (missing.length > 0)
      return fail(`not ready for the preload list: needs ${missing.join(', ')}`, values);
  }
  return pass(`max-age ${d.maxAge} (${days(d.maxAge)})`, values);
}

function days(seconds: number): string {
  const n = Math.floor(seconds / 86_400);
  return n === 1 ? '1 day' : `${n} days`;
}
