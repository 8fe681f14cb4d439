import { requestParamProblems, timeoutOf } from '../net/http-options.js';
import { prepareRequest } from '../net/prepared-request.js';
import { scrubHeaders } from '../net/request.js';
import { targetParams, type TargetParams } from '../net/target-url.js';
import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { HSTS_MIN_AGE } from './headers/hsts.js';
import { SUB_TESTS, type SubTestName } from './headers/sub-tests.js';
import { fetchPage, webRequestParams, type WebRequestParams, webTransportProblem } from './web-target.js';

interface Params extends TargetParams, WebRequestParams {
  require?: SubTestName[];
  'hsts-min-age'?: number;
  'hsts-include-subdomains'?: boolean;
  'hsts-preload'?: boolean;
  'csp-allow-unsafe-inline'?: boolean;
  'csp-allow-unsafe-eval'?: boolean;
  'framing-strict'?: boolean;
  'referrer-policy-required'?: boolean;
  'cookies-require-httponly'?: boolean;
  'cookies-require-samesite'?: boolean;
}

const flag = (description: string) => ({ type: 'boolean', description });
const PAGE_BYTES = 2 * 1024 * 1024;

export const securityHeaders = defineKind<Params>({
  kind: 'http.security-headers',
  description:
    'The page the target serves (GET, redirects followed) sends the security headers a browser needs: HSTS, a ' +
    'Content-Security-Policy that stops injected scripts, framing protection, X-Content-Type-Options nosniff, a ' +
    'private Referrer-Policy and safe cookie attributes. Each sub-test passes or fails as in Mozilla HTTP ' +
    'Observatory; options make them stricter.',
  scope: 'target',
  params: strictObject({
    ...targetParams,
    ...webRequestParams,
    require: {
      type: 'array',
      items: { enum: [...SUB_TESTS] },
      uniqueItems: true,
      minItems: 1,
      description: `The sub-tests that decide the result (default all: ${SUB_TESTS.join(', ')}); the others are still reported.`,
    },
    'hsts-min-age': {
      type: 'integer',
      minimum: 0,
      description: `Smallest Strict-Transport-Security max-age accepted, in seconds (default ${HSTS_MIN_AGE}, 180 days).`,
    },
    'hsts-include-subdomains': flag('HSTS must carry includeSubDomains.'),
    'hsts-preload': flag('HSTS must meet the preload list: preload, includeSubDomains, max-age >= 31536000.'),
    'csp-allow-unsafe-inline': flag("Accept 'unsafe-inline' for scripts (default false)."),
    'csp-allow-unsafe-eval': flag("Accept 'unsafe-eval' (default false)."),
    'framing-strict': flag(
      'Reject X-Frame-Options ALLOW-FROM (ignored by browsers) and a frame-ancestors that allows any host.',
    ),
    'referrer-policy-required': flag(
      'Fail when no Referrer-Policy is set (default: pass, browsers default to strict-origin-when-cross-origin).',
    ),
    'cookies-require-httponly': flag('Every cookie must be HttpOnly (default: session cookies only).'),
    'cookies-require-samesite': flag('Every cookie must carry SameSite (default: anti-CSRF cookies only).'),
  }),
  validate: (p) => requestParamProblems(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(p, ctx, webTransportProblem);
    if (!prepared.ok) return prepared.outcome;
    const page = await fetchPage(prepared.value, {
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
      maxBodyBytes: PAGE_BYTES,
      timeoutMs: timeoutOf(p),
      signal: ctx.signal,
    });
    if (!page.ok) return page.outcome;
    const { result, evidence: where } = page;
    if (result.status >= 500) {
      return {
        status: 'error',
        summary: `${result.finalUrl} answered HTTP ${result.status}: an error page's headers are not judged`,
        evidence: where,
      };
    }
    // The judge reads <meta> policies with the HTML parser: loaded when a page is judged.
    const { judgeSecurityHeaders } = await import('./headers/judge.js');
    const tests = judgeSecurityHeaders(
      {
        // Values are scrubbed before the judge shortens them for evidence.
        headers: scrubHeaders(result.headers, ctx.scrub),
        https: new URL(result.finalUrl).protocol === 'https:',
        verified: result.tls?.authorized ?? false,
        body: (ctx.scrub ?? ((t: string) => t))(result.body.toString('utf8')),
      },
      {
        hsts: {
          minAge: p['hsts-min-age'],
          includeSubdomains: p['hsts-include-subdomains'],
          preload: p['hsts-preload'],
        },
        csp: { allowUnsafeInline: p['csp-allow-unsafe-inline'], allowUnsafeEval: p['csp-allow-unsafe-eval'] },
        framingStrict: p['framing-strict'],
        referrerPolicyRequired: p['referrer-policy-required'],
        cookies: {
          requireHttpOnly: p['cookies-require-httponly'],
          requireSameSite: p['cookies-require-samesite'],
        },
      },
    );
    const required = new Set<SubTestName>(p.require ?? SUB_TESTS);
    const evidence: Record<string, unknown> = { ...where, tests: {} };
    const shown = evidence.tests as Record<string, unknown>;
    for (const name of SUB_TESTS) {
      const t = tests[name];
      shown[name] = {
        verdict: t.pass ? 'pass' : 'fail',
        ...(required.has(name) ? {} : { required: false }),
        reason: t.reason,
        ...(t.value !== undefined ? { value: t.value } : {}),
        ...(t.cookies !== undefined && (t.cookies as unknown[]).length > 0 ? { cookies: t.cookies } : {}),
      };
    }
    const failed = SUB_TESTS.filter((n) => required.has(n) && !tests[n].pass);
    const passed = SUB_TESTS.filter((n) => required.has(n) && tests[n].pass);
    if (failed.length > 0) {
      const why = failed.map((n) => `${n} (${tests[n].reason})`).join('; ');
      return { status: 'fail', summary: `${failed.length} of ${required.size} failed: ${why}`, evidence };
    }
    return { status: 'pass', summary: `all ${passed.length} pass: ${passed.join(', ')}`, evidence };
  },
});
