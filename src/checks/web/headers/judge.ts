import { headerValues, type HeaderList } from '../../net/request.js';
import { isHtmlType } from '../html/html-type.js';
import { metaPolicies, type MetaPolicies } from '../html/meta.js';
import { judgeCookies, type CookieOptions } from './cookies.js';
import { judgeCsp, type CspOptions } from './csp.js';
import { judgeFraming } from './framing.js';
import { judgeHsts, type HstsOptions } from './hsts.js';
import { judgeNosniff } from './nosniff.js';
import { judgeReferrerPolicy } from './referrer-policy.js';
import type { SubTest } from './subtest.js';
import type { SubTestName } from './sub-tests.js';

export { SUB_TESTS, type SubTestName } from './sub-tests.js';

export interface JudgeOptions {
  hsts?: HstsOptions;
  csp?: CspOptions;
  framingStrict?: boolean;
  referrerPolicyRequired?: boolean;
  cookies?: CookieOptions;
}

export interface ResponseFacts {
  headers: HeaderList;
  /** The final response came over HTTPS ... */
  https: boolean;
  /** ... with a certificate chain that verified. */
  verified: boolean;
  /** The body, read when the page is HTML (for `<meta>` policies). */
  body?: string;
}

export type SubTestResults = Record<SubTestName, SubTest & { cookies?: unknown }>;

/** Every sub-test's verdict on one response. Pure. */
export function judgeSecurityHeaders(r: ResponseFacts, options: JudgeOptions = {}): SubTestResults {
  const h = (name: string) => headerValues(r.headers, name);
  const meta = pageMeta(r);
  const csp = h('content-security-policy');
  return {
    hsts: judgeHsts(h('strict-transport-security'), { https: r.https, verified: r.verified }, options.hsts),
    csp: judgeCsp(
      { header: csp, meta: meta.csp, reportOnly: h('content-security-policy-report-only'), https: r.https },
      options.csp,
    ),
    framing: judgeFraming(h('x-frame-options'), csp, { strict: options.framingStrict }),
    nosniff: judgeNosniff(h('x-content-type-options')),
    'referrer-policy': judgeReferrerPolicy(h('referrer-policy'), meta.referrer, {
      required: options.referrerPolicyRequired,
    }),
    cookies: judgeCookies(h('set-cookie'), options.cookies),
  };
}

function pageMeta(r: ResponseFacts): MetaPolicies {
  const type = headerValues(r.headers, 'content-type')[0];
  if (r.body === undefined || !isHtmlType(type)) return { csp: [] };
  return metaPolicies(r.body);
}
