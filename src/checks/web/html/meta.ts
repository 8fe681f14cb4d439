import { attr, htmlElements, parseHtml } from './document.js';

/** What an HTML page says about itself in `<meta>`: policies that act like response headers. */
export interface MetaPolicies {
  /** Each `<meta http-equiv="Content-Security-Policy" content>`, in order. */
  csp: string[];
  /** The last `<meta name="referrer" content>`. */
  referrer?: string;
}

/** Reads every `<meta>` of the page, wherever it sits (as Mozilla HTTP Observatory does). */
export function metaPolicies(html: string): MetaPolicies {
  const out: MetaPolicies = { csp: [] };
  for (const el of htmlElements(parseHtml(html))) {
    if (el.tagName !== 'meta') continue;
    const content = attr(el, 'content');
    const equiv = attr(el, 'http-equiv');
    if (equiv !== undefined && content !== undefined) {
      if (equiv.trim().toLowerCase() === 'content-security-policy' && content !== '') out.csp.push(content);
    } else if (attr(el, 'name')?.trim().toLowerCase() === 'referrer' && content) {
      out.referrer = content;
    }
  }
  return out;
}
