import { fail, pass, type SubTest } from './subtest.js';

/**
 * Referrer-Policy with Mozilla HTTP Observatory's rules: the last recognised token of the header fields and
 * the `<meta name="referrer">` tag wins (later values are fallbacks for older browsers). Private policies pass;
 * origin, origin-when-cross-origin, unsafe-url and no-referrer-when-downgrade fail. No policy at all passes, as
 * in Observatory, because browsers then default to strict-origin-when-cross-origin; `required` fails it.
 */
const PRIVATE_POLICIES = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
const UNSAFE_POLICIES = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];

export function judgeReferrerPolicy(
  header: string[],
  meta: string | undefined,
  options: { required?: boolean } = {},
): SubTest {
  const seen = meta === undefined ? header : [...header, `<meta> ${meta}`];
  const all = meta === undefined ? header : [...header, meta];
  if (all.length === 0) {
    return options.required
      ? fail('missing (browsers default to strict-origin-when-cross-origin)')
      : pass('not set: browsers default to strict-origin-when-cross-origin');
  }
  const tokens = all
    .join(',')
    .split(',')
    .map((t) => t.trim().toLowerCase());
  const policy = tokens.filter((t) => PRIVATE_POLICIES.includes(t) || UNSAFE_POLICIES.includes(t)).pop();
  if (policy === undefined) return fail('invalid: no recognised policy', seen);
  return PRIVATE_POLICIES.includes(policy)
    ? pass(policy, seen)
    : fail(`${policy} leaks the URL to other sites`, seen);
}
