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
export function describeSubresource(
  s: Subresource,
  scrub: (text: string) => string = (t) => t,
): Record<string, unknown> {
  // Scrubbed, then cut: a URL on the page may carry a token in its query.
  const url = scrub(s.url.href);
  const out: Record<string, unknown> = { element: s.element, url: cutUrl(url) };
  if (s.raw.trim() !== s.url.href) out.written = cutUrl(scrub(s.raw.trim()));
  if (s.line !== undefined) out.line = s.line;
  if (s.col !== undefined) out.col = s.col;
  return out;
}

function cutUrl(text: string): string {
  return text.length > 300 ? `${text.slice(0, 297)}...` : text;
}
