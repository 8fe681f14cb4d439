import { APP_TARGET, type Rule } from './types.js';

const CURL_URL = /\bcurl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/;

/** The path (and query) of a URL from the checklist; the host becomes the target. */
function pathOf(url: string): string | undefined {
  try {
    const u = new URL(url.replace(/:chatId\b/g, '1'));
    const p = `${u.pathname}${u.search}`;
    return p === '/' ? undefined : p;
  } catch {
    return undefined;
  }
}

const onApp = (path?: string) => (path ? { target: APP_TARGET, path } : { target: APP_TARGET });

/** `curl -f URL` and health-check items: an HTTP request that must succeed. */
export const healthCurl: Rule = (item) => {
  for (const code of item.code) {
    const m = CURL_URL.exec(code);
    if (!m?.[2] || !/\s-[a-zA-Z]*f|--fail\b/.test(code)) continue;
    const path = pathOf(m[2]);
    return {
      check: { kind: 'http.response', ...onApp(path) },
      note: `from \`${code}\`: the host is the '${APP_TARGET}' target, the path is kept; curl -f fails on 4xx/5xx, this expects 2xx`,
    };
  }
  if (
    /\bhealth ?check(s)? endpoints? (work|respond|pass)/.test(item.text) ||
    /verify \w+ health checks?/.test(item.text)
  ) {
    return {
      check: { kind: 'http.response', ...onApp('/health') },
      note: 'guessed: the health endpoint is /health on the app target',
    };
  }
  return undefined;
};

/** Security headers, HSTS, CSP and XSS protection: the Observatory sub-tests. */
export const securityHeaders: Rule = (item) => {
  const t = item.text;
  if (/\bhsts\b|strict-transport-security/.test(t))
    return { check: { kind: 'http.security-headers', ...onApp(), require: ['hsts'] } };
  if (/\bcsp\b|content-security-policy/.test(t))
    return { check: { kind: 'http.security-headers', ...onApp(), require: ['csp'] } };
  if (/\bxss protection\b/.test(t))
    return {
      check: { kind: 'http.security-headers', ...onApp(), require: ['csp', 'nosniff'] },
      note: 'guessed: browsers protect against XSS through a Content-Security-Policy and nosniff',
    };
  if (/security headers? (present|enabled|configured|set)/.test(t))
    return {
      check: { kind: 'http.security-headers', ...onApp() },
      note: /nginx/.test(t) ? 'guessed: checks the headers the site serves, not the Nginx file' : undefined,
    };
  return undefined;
};

export const httpsRedirect: Rule = (item) =>
  /https redirect|redirects? (http )?to https/.test(item.text)
    ? { check: { kind: 'http.https-redirect', ...onApp() } }
    : undefined;

export const certificate: Rule = (item) => {
  const t = item.text;
  if (!/\b(ssl|tls)\b.*certificate|certificate (validity|valid)/.test(t)) return undefined;
  if (/\b(valid|validity|trusted|expir)/.test(t)) return { check: { kind: 'tls.certificate', ...onApp() } };
  if (/\b(obtained|installed)\b/.test(t))
    return {
      check: { kind: 'tls.certificate', ...onApp() },
      note: 'guessed: an obtained certificate is checked as the one the site serves',
    };
  return undefined;
};

export const mixedContent: Rule = (item) =>
  /mixed content/.test(item.text) ? { check: { kind: 'http.mixed-content', ...onApp() } } : undefined;

export const cors: Rule = (item) =>
  /\bcors\b/.test(item.text) && /(restrict|production|configured)/.test(item.text)
    ? {
        check: { kind: 'http.cors', ...onApp() },
        note: "guessed: a foreign origin must not be allowed; list your own under 'allowed-origins'",
      }
    : undefined;

export const rateLimit: Rule = (item) =>
  /rate limit(ing)? (is )?(configured|enabled|enforced)/.test(item.text)
    ? {
        check: { kind: 'http.rate-limit', ...onApp() },
        note: 'guessed: sends a burst of 30 requests and expects a 429 or rate-limit headers',
      }
    : undefined;

/** "<500ms", "<3 seconds": a latency budget. Monitoring items stay manual. */
export const latency: Rule = (item) => {
  const t = item.text;
  if (!/(response|load) times?/.test(t) || /\bmonitor/.test(t)) return undefined;
  const m = /<\s*(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|seconds?)\b/.exec(t);
  const ms = m ? Math.round(Number(m[1]) * (m[2]?.startsWith('m') ? 1 : 1000)) : 500;
  return {
    check: { kind: 'http.latency', ...onApp(), 'p95-ms': ms },
    note: m
      ? `the budget ${m[0].replace(/\s+/g, '')} is read as the 95th percentile`
      : 'guessed: no budget given, p95 under 500 ms',
  };
};

export const websocket: Rule = (item) =>
  /websocket connections? (establish|work|open)/.test(item.text)
    ? {
        check: { kind: 'ws.handshake', ...onApp() },
        note: "guessed: the handshake goes to the app target's root; set 'path' to the WebSocket endpoint",
      }
    : undefined;

export const dns: Rule = (item) =>
  /\bdns\b.*(record|propagat|points?|pointing)/.test(item.text)
    ? {
        check: { kind: 'dns.resolve', ...onApp() },
        note: "guessed: the app target's host resolves; add 'expect-addresses' to pin the server's IP",
      }
    : undefined;
