import { maxBodyParam, requestParamProblems, sizeOf, timeoutOf } from '../net/http-options.js';
import { prepareRequest } from '../net/prepared-request.js';
import { displayUrl, headerValues } from '../net/request.js';
import { targetParams, type TargetParams } from '../net/target-url.js';
import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { listSome, plural } from '../wording.js';
import { isHtmlType } from './html/html-type.js';
import { fetchPage, webRequestParams, type WebRequestParams, webTransportProblem } from './web-target.js';

interface Params extends TargetParams, WebRequestParams {
  'allow-localhost'?: boolean;
  'max-findings'?: number;
  'max-body'?: string | number;
}

const PAGE_BYTES = 4 * 1024 * 1024;

export const mixedContent = defineKind<Params>({
  kind: 'http.mixed-content',
  description:
    'An HTTPS page loads nothing over plain http://: scripts, stylesheets and other loading <link>s, images ' +
    'and srcset candidates, media, frames, object/embed and form targets, with relative URLs resolved against ' +
    'the page and its <base>. The page is parsed as browsers parse HTML. A target that is not https:// is an ' +
    'error; an https:// target that redirects to http:// fails.',
  scope: 'target',
  params: strictObject({
    ...targetParams,
    ...webRequestParams,
    'max-body': { ...maxBodyParam, description: 'Read at most this much of the page (default 4MB).' },
    'allow-localhost': {
      type: 'boolean',
      description:
        'Count http://localhost, *.localhost, 127.0.0.0/8 and [::1] as secure, as Lighthouse does (default false).',
    },
    'max-findings': {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description: 'How many insecure URLs the evidence lists (default 20); all are counted.',
    },
  }),
  validate: (p) => requestParamProblems(p),
  async run(p, ctx): Promise<CheckOutcome> {
    const prepared = await prepareRequest(
      p,
      ctx,
      (target) => webTransportProblem(target) ?? notHttps(target),
    );
    if (!prepared.ok) return prepared.outcome;
    const fetched = await fetchPage(prepared.value, {
      accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
      maxBodyBytes: sizeOf(p['max-body'], PAGE_BYTES),
      timeoutMs: timeoutOf(p),
      signal: ctx.signal,
    });
    if (!fetched.ok) return fetched.outcome;
    const { result, evidence } = fetched;
    const url = prepared.value.shown;
    const page = new URL(result.finalUrl);
    if (page.protocol !== 'https:') {
      return { status: 'fail', summary: `${url} redirects to plain HTTP: ${result.finalUrl}`, evidence };
    }
    if (result.status >= 400) {
      return {
        status: 'error',
        summary: `${result.finalUrl} answered HTTP ${result.status}, not a page`,
        evidence,
      };
    }
    const type = headerValues(result.headers, 'content-type')[0];
    if (!isHtmlType(type)) {
      return {
        status: 'error',
        summary: `${result.finalUrl} is not an HTML page (Content-Type ${type ?? 'missing'})`,
        evidence: { ...evidence, contentType: type ?? null },
      };
    }
    if (result.truncated) evidence.truncated = true;
    // The HTML parser is loaded when a page is read.
    const { describeSubresource, findMixedContent } = await import('./mixed-content-verdict.js');
    const found = findMixedContent(
      result.body.toString('utf8'),
      page,
      headerValues(result.headers, 'content-security-policy'),
      { allowLocalhost: p['allow-localhost'] },
    );
    const max = p['max-findings'] ?? 20;
    evidence.subresources = found.total;
    evidence.insecureCount = found.insecure.length;
    evidence.insecure = found.insecure.slice(0, max).map((s) => describeSubresource(s, ctx.scrub));
    if (found.upgraded) evidence.upgradeInsecureRequests = true;
    const n = found.insecure.length;
    if (n === 0 && result.truncated) {
      // Subresources past the cut were never seen: a clean first part is not a clean page.
      return {
        status: 'fail',
        summary: `the page exceeded max-body (${result.body.length} bytes): no http:// subresources among ${plural(found.total, 'URL')} in the part read, the rest was not judged: raise max-body to judge it`,
        evidence,
      };
    }
    if (n === 0) {
      return {
        status: 'pass',
        summary: `no http:// subresources among ${plural(found.total, 'URL')}`,
        evidence,
      };
    }
    const examples = listSome(
      found.insecure.map((s) => `<${s.element}> ${s.url.href}`),
      3,
    );
    if (found.upgraded) {
      return {
        status: 'pass',
        summary: `${plural(n, 'http:// subresource')}, upgraded to HTTPS by CSP upgrade-insecure-requests: ${examples}`,
        evidence,
      };
    }
    return { status: 'fail', summary: `${plural(n, 'http:// subresource')}: ${examples}`, evidence };
  },
});

/** Mixed content is a matter of HTTPS pages: another target is an error that says where to point. */
function notHttps(target: URL): CheckOutcome | undefined {
  if (target.protocol === 'https:') return undefined;
  const url = displayUrl(target);
  return {
    status: 'error',
    summary: `${url} is not an https:// URL: mixed content is judged on an HTTPS page (point the check at it)`,
    evidence: { url },
  };
}
