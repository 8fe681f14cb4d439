import { frameAncestors, isBroad } from './csp.js';
import { fail, pass, type SubTest } from './subtest.js';

/**
 * Clickjacking protection as Mozilla HTTP Observatory judges it: CSP `frame-ancestors` (from a header; browsers
 * ignore it in `<meta>`), or one X-Frame-Options field of DENY or SAMEORIGIN. Observatory also passes the
 * obsolete ALLOW-FROM and any frame-ancestors value; `strict` rejects ALLOW-FROM (browsers ignore it) and
 * frame-ancestors that lets any host frame the page.
 */
export function judgeFraming(
  xfo: string[],
  cspHeader: string[],
  options: { strict?: boolean } = {},
): SubTest {
  const ancestors = frameAncestors(cspHeader);
  if (ancestors !== undefined) {
    const broad = ancestors.filter((s) => isBroad(s));
    const shown = [`CSP frame-ancestors ${ancestors.join(' ')}`, ...xfo.map((v) => `X-Frame-Options: ${v}`)];
    if (options.strict && broad.length > 0) {
      return fail(`frame-ancestors lets any host frame the page (${broad.join(' ')})`, shown);
    }
    return pass('CSP frame-ancestors is set', shown);
  }
  if (xfo.length === 0) return fail('missing: neither CSP frame-ancestors nor X-Frame-Options');
  if (xfo.length > 1) return fail(`invalid: X-Frame-Options sent ${xfo.length} times`, xfo);
  const value = (xfo[0] as string).trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin') return pass(`X-Frame-Options ${value.toUpperCase()}`, xfo);
  if (value.startsWith('allow-from')) {
    return options.strict
      ? fail('X-Frame-Options ALLOW-FROM is ignored by current browsers', xfo)
      : pass('X-Frame-Options ALLOW-FROM (ignored by current browsers; framing-strict rejects it)', xfo);
  }
  return fail('invalid X-Frame-Options value', xfo);
}
