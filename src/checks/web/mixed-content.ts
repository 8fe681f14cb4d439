import {
  buildHeaders,
  loadCaFile,
  MAX_REDIRECTS,
  maxBodyParam,
  requestParamProblems,
  sizeOf,
  timeoutOf,
  type RequestParams,
} from '../net/http-options.js';
import { displayUrl, headerValues, request } from '../net/request.js';
import { resolveTarget, targetParams, type TargetParams } from '../net/target-url.js';
import { transportOutcome } from '../net/transport-outcome.js';
import { strictObject } from '../params.js';
import { defineKind, type CheckOutcome } from '../types.js';
import { listSome, plural } from '../wording.js';
import { isHtmlType } from './html/document.js';
import { describeSubresource, findMixedContent } from './mixed-content-verdict.js';
import { webRequestParams, webTransportProblem, withAccept } from './web-target.js';

interface Params extends TargetParams, Omit<RequestParams, 'method'> {
  'allow-localhost'?: boolean;
  'max-findings'?: number;
  'max-body'?: string | number;
  'ca-file'?: string;
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
    const target = resolveTarget(p, ctx);
    if (!target.ok) return target.outcome;
    const wrong = webTransportProblem(target.url);
    if (wrong) return wrong;
    const url = displayUrl(target.url);
    if (target.url.protocol !== 'https:') {
      return {
        status: 'error',
        summary: `${url} is not an https:// URL: mixed content is judged on an HTTPS page (point the check at it)`,
        evidence: { url },
      };
    }
    const headers = buildHeaders(p, ctx.env);
    if (!headers.ok) return headers.outcome;
    const ca = await loadCaFile(p, ctx);
    if (!ca.ok) return ca.outcome;
    const result = await request(target.url, {
      headers: withAccept(headers.value, 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8'),
      timeoutMs: timeoutOf(p),
      maxBodyBytes: sizeOf(p['max-body'], PAGE_BYTES),
      followRedirects: MAX_REDIRECTS,
      ca: ca.value,
      signal: ctx.signal,
    });
    if (!result.ok) return transportOutcome(result, url);
    const evidence: Record<string, unknown> = { url, status: result.status };
    if (result.finalUrl !== url) evidence.finalUrl = result.finalUrl;
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
    const found = findMixedContent(
      result.body.toString('utf8'),
      page,
      headerValues(result.headers, 'content-security-policy'),
      { allowLocalhost: p['allow-localhost'] },
    );
    const max = p['max-findings'] ?? 20;
    evidence.subresources = found.total;
    evidence.insecureCount = found.insecure.length;
    evidence.insecure = found.insecure.slice(0, max).map(describeSubresource);
    if (found.upgraded) evidence.upgradeInsecureRequests = true;
    const n = found.insecure.length;
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
