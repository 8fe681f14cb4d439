import { upgradesInsecureRequests } from './headers/csp.js';
import { metaPolicies } from './html/meta.js';
import { isInsecure } from './html/insecure-url.js';
import { subresources, type Subresource } from './html/subresources.js';

/** What an HTTPS page loads over plain HTTP. Pure. */
export interface MixedContent {
  /** Every insecure subresource, in document order. */
  insecure: Subresource[];
  /** How many subresource URLs the page holds in all. */
  total: number;
  /** A CSP (header or `<meta>`) says upgrade-insecure-requests: browsers fetch those URLs over HTTPS. */
  upgraded: boolean;
}

export function findMixedContent(
  html: string,
  pageUrl: URL,
  cspHeader: string[],
  options: { allowLocalhost?: boolean } = {},
): MixedContent {
  const all = subresources(html, pageUrl);
  return {
    insecure: all.filter((s) => isInsecure(s.url, options)),
    total: all.length,
    upgraded: upgradesInsecureRequests(cspHeader, metaPolicies(html).csp),
  };
}

/** One insecure subresource as evidence: element, URL, and where in the page. */
export function describeSubresource(s: Subresource): Record<string, unknown> {
  const out: Record<string, unknown> = { element: s.element, url: s.url.href.slice(0, 300) };
  if (s.raw.trim() !== s.url.href) out.written = s.raw.trim().slice(0, 300);
  if (s.line !== undefined) out.line = s.line;
  if (s.col !== undefined) out.col = s.col;
  return out;
}
