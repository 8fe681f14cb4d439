import { budgetOf, countBefore, daysOf, percentileOf, percentOf } from './numbers.js';
import { watchContext } from './claims.js';
import { headOf } from './commands.js';
import { packageNamed } from './repo.js';
import { OTHER_CLAIM, statedStatus, statusParam } from './requests.js';
import { onApp, phrase, type Mapping, type Rule } from './types.js';

export { requestAnswers } from './requests.js';

/** The words without their parenthetical remarks: "(auto-renewed by the host)" qualifies, it is not the claim. */
export const unremarked = (t: string) => t.replace(/\([^()]*\)/g, ' ');

/**
 * Words that say the claim does not hold yet, as a status of the item: "blocked until a domain is
 * provisioned", "no domain exists yet", "until then the app is HTTP-only", "access token currently in a
 * non-HttpOnly cookie". The item is work still to do; what it names is not yet served.
 */
const NOT_YET =
  /\bblocked (?:until|pending|on)\b|\buntil then\b|\bwill be (?:enabled|added|configured|set up|turned on|switched on|in place)\b|\bno [\w-]+ (?:exists|is provisioned|is set up) yet\b|\bcurrently\b[^.;]{0,60}?(?:\bnon-(?:httponly|secure|https|tls)\b|\binsecure\b|\bunencrypted\b|\bcleartext\b|\bhttp-only\b|\bnot (?:secure|httponly|encrypted|enabled|configured)\b)/;

export const notYet = (t: string) => NOT_YET.exec(t)?.[0];

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

/** A path the item names: `/health`, `/api/health`. */
function namedPath(codes: string[], text: string): string | undefined {
  return namedPaths(codes, text)[0];
}

/** Every path the item names ("visit `/health`, `/ready`, `/live`"). */
function namedPaths(codes: string[], text: string): string[] {
  const out = codes
    .map((c) => c.trim())
    .map((c) => (/^https?:\/\//.test(c) ? pathOf(c) : c))
    .filter((c): c is string => c !== undefined && /^\/[\w./-]*$/.test(c));
  if (out.length > 0) return [...new Set(out)];
  // "Health check endpoints (/health, /ready, /live)": a remark that lists paths only.
  const listed = /\((\/[\w./-]*(?:(?:,|\band\b|\bor\b|&)\s*\/[\w./-]*){0,5})\)/.exec(text)?.[1];
  if (listed) return [...new Set(listed.match(/\/[\w./-]*/g) ?? [])];
  const bare = /(?:^|\s)(\/(?:api\/)?health\w*)\b/.exec(text)?.[1];
  return bare ? [bare] : [];
}

/** `curl -f URL`, a health endpoint that answers: an HTTP request that must succeed. */
export const healthEndpoint: Rule = (item) => {
  for (const code of item.code) {
    const m = CURL_URL.exec(code);
    if (!m?.[2]) continue;
    const path = pathOf(m[2]);
    // "Health check: `curl https://host/api/health`", "Check the metrics endpoint: `curl …/metrics`":
    // without -f, still an endpoint that must answer.
    const health = path !== undefined && /\/health\w*(?:\/|$)/.test(path) && /\bhealth\b/.test(item.text);
    // "API responding: `curl https://host/api/`": the API's address answers.
    // (The root too when the words name the API or the backend: "API up: `curl https://api.example.org`".)
    const endpoint =
      (path !== undefined || /\b(?:api|backend)\b/.test(item.text)) &&
      /\b(?:endpoints?|api|backend|server)\b/.test(item.text) &&
      /^(?:check|verify|test|confirm)\b|\b(?:responds?|responding|returns?|answers?|works?|working|ok|up|reachable)\b/.test(
        item.text,
      );
    // "API docs not accessible: `curl https://host/api/docs` returns 404": the status the item states.
    const stated = statedStatus(item.text.slice(Math.max(0, item.text.indexOf(m[2].toLowerCase()))));
    if (stated && OTHER_CLAIM(stated.codes)) continue;
    if (!/\s-[a-zA-Z]*f|--fail\b/.test(code) && !health && !endpoint && !stated) continue;
    return {
      check: { kind: 'http.response', ...onApp(path), ...(stated ? statusParam(stated.codes) : {}) },
      rule: 'http.curl-fail',
      matched: stated ? [code, stated.phrase] : [code],
      note: stated
        ? "the host is the 'api' target, the path is kept"
        : "the host is the 'api' target, the path is kept; curl -f fails on 4xx/5xx, this expects 2xx",
    };
  }
  const t = item.text;
  // (An endpoint is the app's wherever the section sits: "Health check endpoint works" under "Docker/Container".)
  if (
    /\bdocker|container|compose|load balancer|orchestrator|kubernetes|k8s\b|\bcompute\b|auto-?scaling/.test(
      /\bendpoints?\b/.test(t) && !/\bdocker|container|compose|kubernetes|k8s\b|probes?\b/.test(t)
        ? t
        : `${t} ${item.context}`,
    )
  )
    return undefined;
  const said =
    // (A box with its request in a block below it is read from the block.)
    (/\bcurl\b/.test(item.block ?? '') ? undefined : endpointNamed(t, item.near)) ??
    phrase(
      t,
      /\bhealth ?-?check(?:s)?:? endpoints? (?:\w+ )?(?:work\w*|respond\w*|pass\w*|exists?|returns? 200|ok|up|answers?)\b/,
    ) ??
    phrase(
      t,
      /\bhealth ?(?:check )?endpoints?(?: \/[\w/-]*)? (?:is |are )?(?:exists?|works?|responds?|responding|working|ready|live|up|reachable|accessible|healthy|ok|verified|answers?(?: 200)?|answering|returns? (?:200|ok|healthy)|returning (?:200|ok))\b/,
    ) ??
    phrase(
      t,
      /\b(?:health|(?:liveness|readiness)(?: and (?:liveness|readiness|health))?) ?-?checks? (?:are |is )?(?:passing|pass|passes|green|ok|configured|set up|in place|working|implemented|defined|live|returns? (?:200|ok|healthy)|answers? 200|responds?|responding)\b/,
    ) ??
    phrase(t, /\bverify (?:\w+ )?health ?-?checks?\b/) ??
    // "Run health checks" (not a script the item names: that is the script's own claim).
    (item.code.length === 0 ? phrase(t, /^(?:run|execute) (?:the |all )?health ?-?checks?$/) : undefined) ??
    phrase(
      t,
      /(?:^|[\s(])\/(?:api\/)?health\w*\b[^,;]*\b(?:exists?|responds?|responding|returns?|returning|ok|works?|answers?)\b/,
    );
  if (!said) return undefined;
  if (/\bvalidates? all\b|\bintegrated\b|\bdatabase\b/.test(unremarked(t)) && !namedPath(item.code, t))
    return undefined;
  // "Health check responds < 200ms" is a budget: the latency rule's claim.
  if (budgetOf(t)) return undefined;
  const paths = namedPaths(item.code, t);
  if (paths.length > 0)
    return paths.map((path) => ({
      check: { kind: 'http.response', ...onApp(path) },
      rule: 'http.health-endpoint',
      matched: [said, path],
    }));
  // The request of a block inside the item ("Health endpoint responding" over `curl https://host/up`).
  const inBlock = /(?:^|\n)[ \t]*curl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/.exec(
    (item.block ?? '').slice(0, 1600),
  )?.[2];
  const blockPath = inBlock ? pathOf(inBlock) : undefined;
  if (blockPath)
    return {
      check: { kind: 'http.response', ...onApp(blockPath) },
      rule: 'http.health-endpoint',
      matched: [said, inBlock as string],
      note: "the request of the block inside the item: the host is the 'api' target, the path is kept",
    };
  // The path the document uses elsewhere (in a `curl` block above the items), else /health.
  const own = item.doc.healthPath;
  return {
    check: { kind: 'http.response', ...onApp(own ?? '/health') },
    rule: 'http.health-endpoint',
    matched: [said],
    note: own
      ? `the health endpoint is ${own}, the path the document names elsewhere`
      : 'the health endpoint is taken to be /health on the app target; change path if yours differs',
  };
};

/**
 * A health endpoint named with no verb ("Application health endpoints (`/healthz`, `/readyz`)", "Liveness
 * check endpoint", "Readiness endpoint" under "Health Checks"): the name of a check in a release list says it
 * answers, as "Security headers" does for its headers.
 */
function endpointNamed(t: string, near = ''): string | undefined {
  // (The nearest step decides: "Uptime monitoring" or "API docs" above it make the name a watch or a page.)
  if (/\bmonitor\w*|\buptime\b|\balert\w*|\bdocument\w*|\bdocs\b/.test(near)) return undefined;
  return phrase(
    unremarked(t).replace(/[\s.:]+$/, ''),
    /^(?:the )?(?:application |app |api |service |server |backend |http )?(?:health|liveness|readiness|readyz|healthz|livez|startup|status|ping|\/(?:api\/)?(?:health|healthz|ready|readyz|live|livez|status|ping)\w*)(?: ?-?checks?| probes?| and (?:health|liveness|readiness))?(?: \/[\w/-]+)? endpoints?(?: (?:exists?|implemented|available|in place|added|exposed|defined)(?: at \/[\w/-]+)?)?$/,
  );
}

/**
 * A box that only names a check of the running app, with the request or the served configuration in a code
 * block inside it: "**Basic Health Check**" over `curl https://example.org/api/health` (that path answers),
 * "**Security Headers**" over the server's header list (the headers it names are served).
 */
export const blockRequest: Rule = (item) => {
  if (!item.block || item.code.length > 0) return undefined;
  const name = item.text.replace(/[*_:]/g, ' ').replace(/\s+/g, ' ').trim();
  if (name.split(' ').length > 4) return undefined;
  const block = item.block.slice(0, 1600);
  const head = headOf(name);
  if (
    /\b(?:health|healthz|readiness|liveness|status|smoke|endpoints?|api|ping)(?: page)?(?: ?-?checks?| tests?| probes?)?$/.test(
      head,
    )
  ) {
    // (Blanks before `curl` within its line: `\s*` would run from every newline over all the empty lines below.)
    const m = /(?:^|\n)[ \t]*curl\b[^\n]*?\s(['"]?)(https?:\/\/[^\s'"]+)\1/.exec(block);
    const path = m?.[2] ? pathOf(m[2]) : undefined;
    if (!m?.[2] || /\s-X\s*(?:POST|PUT|PATCH|DELETE)\b/.test(m[0])) return undefined;
    return {
      check: { kind: 'http.response', ...onApp(path) },
      rule: 'http.health-endpoint',
      matched: [name, m[2]],
      note: "the request of the block inside the item: the host is the 'api' target, the path is kept",
    };
  }
  if (/\bheaders?$/.test(head) && /\b(?:security|http|response|secure)\b/.test(name)) {
    const lower = block.toLowerCase();
    const require = HEADER_NAMES.filter(([re]) => re.test(lower)).map(([, n]) => n);
    if (require.length === 0) return undefined;
    return {
      check: { kind: 'http.security-headers', ...onApp(), require },
      rule: 'http.security-headers',
      matched: [name, ...require],
      note: 'the headers the configuration in the block inside the item sets are served',
    };
  }
  return undefined;
};

/** The host of a URL from the checklist ('localhost' when it does not parse: never the app's). */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'localhost';
  }
}

/** Hosts of consoles, dashboards and code hosts: a page there is not the app's. */
const NOT_APP_HOST =
  /(?:^|\.)(?:github|gitlab|bitbucket|vercel|netlify|heroku|render|railway|supabase|sentry)\.com$|^(?:console|dashboard|docs?|admin|app\.netlify)\.|^(?:localhost|127\.0\.0\.1|0\.0\.0\.0)$/;

/** "Site accessible:", "Health endpoint:", "API endpoints respond:" before the address of what must answer. */
const ADDRESS_LABEL =
  /^(?:(?:verify|check|confirm|ensure|test) )?(?:the )?(?:[\w-]+ ){0,2}?(?:site|website|homepage|home page|landing page|page|frontend|app|application|web app|api|api endpoints?|endpoints?|health ?-?checks?|health endpoints?|status page|status(?: ?-?checks?| endpoints?)?|readiness(?: ?-?checks?| probes?)?|liveness(?: ?-?checks?| probes?)?|ping)(?: (?:loads|is up|up|responds|respond|responding|is reachable|reachable|is accessible|accessible|returns 200|works|ok|live|answers))?\s*[:–—-]\s*$/;

/**
 * An address after a label ("Site accessible: `https://app.example.org`", "Health endpoint: `/api/health`",
 * "API endpoints respond: `https://api.example.org/v1/ping`"): that address answers.
 */
export const addressAnswers: Rule = (item) => {
  if (/\benv|variables?|secrets?|config/.test(item.near)) return undefined;
  const t = item.text.replace(/[\s.;]+$/, '');
  for (const code of item.code) {
    // ("Health check: `GET /actuator/health`": the request line's path or URL.)
    const request = /^(?:GET|HEAD)\s+(\S+)$/i.exec(code.trim());
    const c = request?.[1] && t.endsWith(code.trim().toLowerCase()) ? request[1] : code.trim();
    const written = request?.[1] ? code.trim() : c;
    const url = /^https?:\/\/\S+$/.test(c);
    if (!url && !/^\/[\w./-]*$/.test(c)) continue;
    if (!t.endsWith(written.toLowerCase())) continue;
    const before = t.slice(0, t.length - written.length);
    if (!ADDRESS_LABEL.test(before)) continue;
    let path: string | undefined = c;
    if (url) {
      try {
        const u = new URL(c);
        if (NOT_APP_HOST.test(u.hostname)) return undefined;
      } catch {
        return undefined;
      }
      path = pathOf(c);
    }
    return {
      check: { kind: 'http.response', ...onApp(path) },
      rule: 'http.address-answers',
      matched: [before.replace(/\s*[:–—-]\s*$/, ''), c],
      ...(url ? { note: "the host is the 'api' target, the path is kept" } : {}),
    };
  }
  return undefined;
};

/**
 * The app, its pages or its API said to answer, with no address: "Application accessible", "Angular app
 * loads correctly", "All pages load", "API endpoints respond correctly", "Verify all endpoints are
 * accessible". (The subject is the app as a whole; a device, a browser or a local run is left out below.)
 */
function appAnswers(t: string, context: string, near: string): string | undefined {
  // (Under "Uptime monitoring" or "Alerts", "Site is up" is a watch over time.)
  if (/\bmonitor\w*|\buptime\b|\balert\w*|\bstatus page\b/.test(near)) return undefined;
  // ("Server responds" under "Mail server" or "Database" is that server: only the app's is meant.)
  if (
    /^(?:the )?(?:service|server|backend)\b/.test(t) &&
    /\b(?:databases?|db|redis|mail|smtp|e-?mail|caches?|queues?|workers?|cron|ssh|vpn|ftp|dns|ldap|build server|ci)\b/.test(
      context,
    )
  )
    return undefined;
  return phrase(
    t.replace(/[\s.!]+$/, ''),
    /^(?:(?:verify|check|confirm|ensure) (?:that )?)?(?:the )?(?:application|app|web application|(?:angular|react|vue|next\.js|nextjs|svelte|nuxt|spa|client|web) (?:app|application|frontend)|(?:all |main |key |public )?pages|every page|(?:all )?(?:the )?(?:api )?routes|(?:all )?(?:the )?(?:api )?endpoints|(?:the )?api|rest api|backend api|service|server|backend|site|website|homepage|home page|web app) (?:is |are )?(?:deployed and )?(?:loads?|loading|renders?|(?:is |are )?(?:reachable|accessible|up|responding|live|up and running|working)|responds?|answers?|returns? 200)(?: (?:successfully|correctly|properly|without errors|fine|as expected|in production|(?:via|on|at|over) (?:the |its |our |their )?(?:custom |production |live |public )?(?:domain|url|address)))?$/,
  );
}

/** `Application loads at https://…`: the page answers. */
export const siteLoads: Rule = (item) => {
  const said = phrase(
    item.text,
    /\b(?:application|app|site|website|homepage) (?:loads|is reachable|reachable|responds|is accessible|accessible|is up|up|is live|live|is online|online|available) at\b/,
  );
  const url = item.code.find((c) => /^https?:\/\//.test(c.trim()));
  // ("Application is live ✅": a mark at the end ticks the item.)
  const ended = item.text.replace(/[^\p{L}\p{N})]+$/u, '');
  // "Site loads on the live domain": the app target's root answers.
  const live = phrase(
    item.text,
    /\b(?:application|app|site|website|homepage) (?:loads|is reachable|reachable|responds|is accessible|accessible|is up|up) (?:on|at|from) (?:the )?(?:live|production|prod|custom) (?:domain|url|site)\b/,
  );
  // "Homepage loads successfully": the app target's root answers (nothing else said: no device, no page).
  const bare =
    phrase(
      ended,
      /^(?:(?:verify|check|confirm|ensure) (?:that )?)?(?:the )?(?:homepage|home page|landing page|website|site|frontend|web app|deployment url|production url|live url|live site) (?:(?:is )?deployed and )?(?:loads|is reachable|reachable|is accessible|accessible|is up|responds|renders|opens|returns (?:an? )?(?:http |status )?200(?: ok)?|answers (?:with )?(?:http |status )?200)(?: (?:successfully|correctly|properly|without errors|fine|as expected))?(?: (?:(?:via|on|at|from) (?:the )?(?:custom |production |prod |live |public )?(?:domain|url|address)|in (?:a |the |your )?browsers?|and displays (?:the )?[\w-]+(?: [\w-]+)?))?$/,
    ) ??
    appAnswers(ended, item.context, item.near) ??
    // "Deployed to Vercel and responding on production URL": the app target's root answers.
    phrase(
      item.text,
      /\b(?:deployed|live)\b[^,;]{0,40}?\b(?:responding|reachable|accessible|up) (?:on|at) (?:the )?(?:live|production|prod) (?:domain|url)\b/,
    );
  // "Frontend loads: open https://app.example.org in browser": the address to open answers.
  const opened =
    /^(?:the )?(?:frontend|site|website|web app|app|application|homepage|home page|landing page) (?:loads|is reachable|works|opens|is up)\s*[:–—-]?\s*(?:open|visit|browse to|go to|navigate to) (https?:\/\/[^\s)]+?)\/?(?: in (?:a |the |your )?browser)?[.]?$/.exec(
      item.text,
    );
  if (opened?.[1]) {
    if (!NOT_APP_HOST.test(hostOf(opened[1])))
      return {
        check: { kind: 'http.response', ...onApp(pathOf(opened[1])) },
        rule: 'http.site-loads',
        matched: [opened[0]],
        note: "the host is the 'api' target",
      };
  }
  // (Under "Mobile testing" or "Browsers", the page loads on a device or a browser, not at the app target.)
  const device = /\bmobile|ios\b|android|browsers?\b|devices?\b|safari|chrome|firefox|offline/.test(
    item.near,
  );
  // (Under "Uptime monitoring" or "Alerts", "Site is up" is watched over time.)
  const watching = /\bmonitor\w*|\buptime\b|\balert\w*/.test(item.near);
  if ((live ?? (device || watching ? undefined : bare)) && !url)
    return {
      check: { kind: 'http.response', ...onApp() },
      rule: 'http.site-loads',
      matched: [(live ?? bare) as string],
    };
  // "Contact form at `/contact` displays": the page at that path answers.
  const at =
    /\b(?:page|form|route|screen|view|section)\b[^,;]{0,20}? at (\/[\w./-]*) (?:displays|loads|renders|works|responds|opens|shows|is reachable|is accessible)\b/.exec(
      item.text,
    );
  if (!url && at?.[1] && item.code.some((c) => c.trim() === at[1]) && !device)
    return {
      check: { kind: 'http.response', ...onApp(at[1]) },
      rule: 'http.site-loads',
      matched: [at[0]],
    };
  // (The address written out in the words counts as one in code: "Site up at https://example.org".)
  const address = url ?? (said ? /\bhttps?:\/\/[^\s`'"<>()]+/.exec(item.raw)?.[0] : undefined);
  if (!said || !address || (!url && NOT_APP_HOST.test(hostOf(address)))) return undefined;
  return {
    check: { kind: 'http.response', ...onApp(pathOf(address.trim())) },
    rule: 'http.site-loads',
    matched: [said, address],
    note: "the host is the 'api' target",
  };
};

/** HSTS, CSP, framing, nosniff, Referrer-Policy and cookie attributes: the Observatory sub-tests named. */
const HEADER_NAMES: Array<[RegExp, string]> = [
  [/\bhsts\b|strict-transport(?:-security)?/, 'hsts'],
  [/\bcsp\b|content-security(?:-policy)?|content security policy/, 'csp'],
  [/x-frame(?:-options)?|frame-ancestors|clickjacking/, 'framing'],
  [/nosniff|x-content-type(?:-options)?/, 'nosniff'],
  [/referrer-policy|referrer policy/, 'referrer-policy'],
];

/** Headers that name the server's software, said to be gone: the response must not carry them. */
const FINGERPRINT: Array<[RegExp, string]> = [
  [/\bx-powered-by\b/, 'X-Powered-By'],
  [/\bx-aspnet-version\b/, 'X-AspNet-Version'],
  [/\bx-aspnetmvc-version\b/, 'X-AspNetMvc-Version'],
];

/**
 * "`X-Powered-By` header removed", "X-Powered-By disabled in Express", "No X-Powered-By header in responses":
 * the header's name and a word that it is gone (after it, or before it as "no", "remove", "disable").
 */
function fingerprintHidden(item: { text: string }): Mapping | undefined {
  const t = unremarked(item.text);
  if (/\b(?:docs?|documentation|readme|mentions?|wiki|comments?)\b/.test(t)) return undefined;
  const names: string[] = [];
  const matched: string[] = [];
  for (const [re, name] of FINGERPRINT) {
    const m = re.exec(t);
    if (!m) continue;
    const after = t.slice(m.index + m[0].length);
    const before = t.slice(Math.max(0, m.index - 16), m.index);
    const gone =
      /^(?:,? ?(?:and|&) [\w-]+)?(?: headers?)?(?: (?:is|are|has been|have been))? (?:removed|disabled|hidden|stripped|suppressed|turned off|switched off|off|not sent|absent|gone|dropped|unset|omitted)\b/.exec(
        after,
      ) ?? /\b(?:no|remove|disable|hide|strip|suppress|drop|unset|omit|without)(?: the| any)? $/.exec(before);
    if (!gone) continue;
    names.push(name);
    matched.push(`${m[0]}${gone[0].startsWith(' ') ? gone[0] : ''}`.trim());
  }
  if (names.length === 0) return undefined;
  return {
    check: { kind: 'http.response', ...onApp(), 'forbid-headers': names },
    rule: 'http.header-removed',
    matched,
    note: "the app target's root must answer without the header; set 'path' to check another page",
  };
}

export const securityHeaders: Rule = (item) => {
  const hidden = fingerprintHidden(item);
  const headers = headersServed(item);
  if (!hidden) return headers;
  return headers && !('manual' in headers)
    ? [hidden, ...(Array.isArray(headers) ? headers : [headers])]
    : hidden;
};

/** A header's value the check itself fails (Observatory: unsafe referrer policies): no guess that it passes. */
const FAILING_VALUE = /\breferrer-policy\s*[:=]?\s*["'`]?(?:unsafe-url|no-referrer-when-downgrade)\b/;

const headersServed: Rule = (item) => {
  if (notYet(item.text)) return undefined;
  // "`CSP_NONCE_SECRET` is set for Content Security Policy": what the variable is for, not a header served.
  if (
    item.code.some((c) => /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(c.trim())) &&
    /\b(?:set|configured|defined|generated|provided|present|used) (?:for|by)\b/.test(item.text)
  )
    return undefined;
  const words = `${item.text} ${item.code.join(' ').toLowerCase()}`;
  // ("Cookies set as secure and http-only": the attribute's name written with a hyphen.)
  const t = /\bcookies?\b/.test(words)
    ? words.replace(/\bhttp-only\b/g, 'httponly').replace(/\bsame-site\b/g, 'samesite')
    : words;
  const require: string[] = [];
  const matched: string[] = [];
  for (const [re, name] of HEADER_NAMES) {
    const m = phrase(t, re);
    if (m) {
      require.push(name);
      matched.push(m);
    }
  }
  const cookies = phrase(
    t,
    /\bcookies?\b[^.;]*\b(?:secure|httponly|samesite)\b|\b(?:httponly|samesite|secure)\b[^.;]*\bcookies?\b|\bcookie (?:flags|attributes)\b|\bhttponly (?:auth|cookies?|session)\b/,
  );
  const extra: Record<string, unknown> = {};
  if (cookies) {
    require.push('cookies');
    matched.push(cookies);
    if (/httponly/.test(t)) extra['cookies-require-httponly'] = true;
    if (/samesite/.test(t)) extra['cookies-require-samesite'] = true;
  }
  // "XSS protection in user-generated content", "XSS protection in webviews": sanitising what some part
  // renders, not a header the app serves (only the headers, the responses or the site itself are that).
  const xssIn = /\bxss protection (?:in|for|of|within|inside|across) (?:the |all |our )?([\w-]+)/.exec(t);
  // ("XSS protection (template escaping enabled)", "XSS protection through sanitising": the code, not a header.)
  const xss = /\bescap\w*|\bsanitiz\w*|\bsanitis\w*|\bencod\w*|\bpurif\w*|\bdompurify\b/.test(t)
    ? undefined
    : xssIn?.[1] &&
        !/^(?:place|effect|headers?|responses?|app|application|site|website|api|production|pages?|browsers?)$/.test(
          xssIn[1],
        )
      ? undefined
      : phrase(t, /\bxss protection\b(?: (?:enabled|header|on))?/);
  const general = phrase(
    t,
    /\b(?:security|http|secure) headers?\b(?: (?:are |is )?(?:properly |correctly )?(?:present|enabled|configured|set|in place|hardened|added|applied|verified|correct|implemented|pass\w*))?|\bharden(?:ed)? (?:http )?headers\b|\bresponse headers (?:are )?(?:hardened|secured|locked down)\b/,
  );
  // A state before the noun or around it: "Comprehensive HTTP security headers", "Strict security headers
  // on all responses", "configured with security headers", or the check's bare name as the whole item.
  const described =
    general &&
    (/\b(?:comprehensive|complete|full|strict|proper|standard|recommended|all(?: the)?(?: recommended| standard| required)?) (?:http |response )?security headers\b/.test(
      t,
    ) ||
      /\b(?:configured|set up|enabled|served|deployed|in place) with (?:all |the )?(?:http |standard |recommended )?security headers\b/.test(
        t,
      ) ||
      /^(?:http |web )?(?:security|secure) headers$/.test(t.replace(/[\s.:]+$/, '')));
  // "Add security headers in `settings.py`:", "Configure the security headers": the imperative brings them.
  const imperative = phrase(
    t,
    /^(?:add|enable|configure|set up|apply|implement) (?:the |all )?(?:recommended |standard |required )?(?:security|http) headers\b/,
  );
  if (require.length === 0 && !xss && !general) return undefined;
  if (FAILING_VALUE.test(t) && require.length === 1) return undefined;
  // A policy only reported, not enforced ("CSP in report-only mode", the Report-Only header) fails the check.
  if (/\breport-?only\b/.test(t) && require.includes('csp')) {
    require.splice(require.indexOf('csp'), 1);
    if (require.length === 0) return undefined;
  }
  if (/\bpermissions-policy\b/.test(t) && require.length === 0) return undefined;
  if (
    require.length === 0 &&
    general &&
    !imperative &&
    !described &&
    !/present|enabled|configured|set\b|in place|hardened|harden|secured|locked down|added|applied|verified|correct|implemented|pass/.test(
      general,
    )
  )
    return undefined;
  // "`helmet` is used" is the package's claim; headers named beside it ("with CSP", "via Helmet") are served.
  // ("Security headers enabled (`@fastify/helmet`)": the package named in a remark is how.)
  if (
    /\bhelmet\b/.test(unremarked(item.text)) &&
    require.length === 0 &&
    !/\b(?:via|with|using|through|by) helmet\b/.test(t)
  )
    return undefined;
  if (
    require.length > 0 &&
    !general &&
    !/\b(?:present|enabled|configured|set|header|headers|hardened|in place|enforced|added|secure|httponly|samesite|policy|blocked|prevented|sent|served|returned)\b/.test(
      t,
    ) &&
    // A header's bare name as a sub-item of "Security Headers" claims that header is served, and so does
    // a header's name alone as the item ("X-Frame-Options") under any heading that names headers.
    !/\bheaders?\b/.test(item.near) &&
    // (With its value or a remark: "X-Frame-Options: DENY", "Strict-Transport-Security (HTTPS only)".)
    !(/\bheaders?\b/.test(item.context) && /^[a-z-]+(?::\s*[^()]{1,60})?$/.test(unremarked(item.text).trim()))
  )
    return undefined;
  if (xss && require.length === 0 && !general) {
    return {
      check: { kind: 'http.security-headers', ...onApp(), require: ['csp', 'nosniff'] },
      rule: 'http.security-headers',
      matched: [xss],
      note: 'browsers protect against XSS through a Content-Security-Policy and nosniff',
    };
  }
  // "HSTS enabled (max-age: 31536000)": the age the item asks for is the least the check accepts.
  const maxAge = require.includes('hsts') ? /\bmax-age\s*[:=]?\s*(\d{1,9})\b/.exec(t) : null;
  if (maxAge?.[1]) {
    extra['hsts-min-age'] = Number(maxAge[1]);
    matched.push(maxAge[0]);
  }
  if (require.includes('hsts') && /\bincludesubdomains\b/.test(t)) extra['hsts-include-subdomains'] = true;
  if (require.includes('hsts') && /\bpreload\b/.test(t)) extra['hsts-preload'] = true;
  const etc = /\betc\b|…|\.\.\.|\band (?:other |all |the )?(?:security |http )?headers\b/.test(t);
  const all = require.length === 0 || etc;
  if (xss && !all) for (const n of ['csp', 'nosniff']) if (!require.includes(n)) require.push(n);
  return {
    check: { kind: 'http.security-headers', ...onApp(), ...(all ? {} : { require }), ...extra },
    rule: 'http.security-headers',
    matched: [...(general ? [general] : []), ...matched, ...(xss ? [xss] : [])],
    note: etc
      ? 'the list is open ("etc.", "and security headers"): every header the check knows'
      : /nginx|securityheaders\.com/.test(t)
        ? 'checks the headers the site serves'
        : undefined,
  };
};

/** HTTPS enforced / only / HTTP redirects to HTTPS. */
export const httpsRedirect: Rule = (item) => {
  if (notYet(item.text)) return undefined;
  // "Plain HTTP health checks are not redirected to HTTPS": the redirect said not to happen.
  if (
    /\b(?:not|never|no longer) (?:be )?redirect\w*|\bno redirects?\b|\bwithout (?:a |any )?redirects?\b|n't redirect/.test(
      item.text,
    )
  )
    return undefined;
  // "Strict-Transport-Security (HTTPS only)": a remark on a header says where it is sent, not a redirect.
  const t = HEADER_NAMES.some(([re]) => re.test(item.text)) ? unremarked(item.text) : item.text;
  const said =
    phrase(
      t,
      /\bhttps redirects?\b|\bredirect(?:s|ed|ing)?\b(?: \w+){0,4} to https\b|\bhttp (?:→|->|redirects to) https\b/,
    ) ??
    // "HTTPS redirection enabled", "HTTP-to-HTTPS redirection in place", "redirection to HTTPS".
    phrase(
      t,
      /\b(?:https|http[- ]to[- ]https) redirection\b(?! (?:is )?(?:documented|planned|described|explained))|\bredirection (?:\w+ ){0,2}to https\b/,
    ) ??
    phrase(t, /\bhttps (?:is )?(?:enforced|only|required|forced)\b|\b(?:enforce|force) https\b/) ??
    phrase(
      t,
      /\bhttps (?:is )?enabled \(no http\)|\bno (?:plain )?http\b(?! (?:assets?|resources?|images?|scripts?|styles|stylesheets?|fonts?|media|links?|urls?|content|calls?|requests? to|embeds?|iframes?)\b)(?: endpoints| access)?/,
    ) ??
    // "Port 80 redirects to 443", "Requests over HTTP get a 301 to HTTPS", "Insecure HTTP upgraded to HTTPS":
    // the plain side, a word of sending on, and HTTPS as where it goes.
    phrase(
      unremarked(t),
      /(?:\bplain(?:-text)? http\b|\binsecure (?:http\b|traffic|requests|connections)|\bnon-?(?:secure|https|tls) (?:traffic|requests|connections|urls?)|\bhttp(?!s)\b|\bport 80\b)[^,;]{0,50}?\b(?:redirect\w*|forward\w*|bounc\w*|upgrad\w*|sent|sends?|gets?|answer\w*|30[1278])\b[^,;]{0,40}?(?:\bto |→ ?|-> ?)(?:the )?(?:https\b|port 443\b|443\b)/,
    ) ??
    phrase(t, /\bhttps everywhere\b|\balways use https\b/) ??
    // "All traffic encrypted (HTTPS)".
    phrase(t, /\ball (?:traffic|requests|connections) (?:is |are )?encrypted\b/) ??
    phrase(
      t,
      /\b(?:all (?:traffic|requests|pages|routes)|site|app|api|only)\b(?: \w+){0,3} (?:served |accessible |available |reachable )?(?:only )?(?:over|via|through) https(?: only)?\b/,
    ) ??
    phrase(
      t,
      /\b(?:using|uses|served over|serves?) https (?:for|on) (?:all|every) (?:pages?|requests?|routes?)\b|\bhttps (?:for|on) all pages\b/,
    ) ??
    phrase(t, /\bredirect\b[^.;]*\bhttp\/https\b|\bhttp\/https (?:versions? )?redirect\w*/) ??
    // "SSL certificate is installed and forced": HTTPS is forced.
    phrase(t, /\b(?:ssl|tls|https)\b[^.;]{0,40}\b(?:forced|enforced)\b/);
  if (said && !/\binternal\b|between services/.test(t))
    return {
      check: { kind: 'http.https-redirect', ...onApp() },
      rule: 'http.https-redirect',
      matched: [said],
    };
  return redirectSetting(item);
};

/**
 * Security settings listed below an item ("Add security headers in `settings.py`:" › `SECURE_SSL_REDIRECT =
 * True`): a framework's switch that redirects plain HTTP to HTTPS, set on.
 */
function redirectSetting(item: { text: string; details?: string }): Mapping | undefined {
  if (!item.details || !/\b(?:security|secure|https|ssl|headers?|settings?)\b/.test(item.text))
    return undefined;
  const set =
    /\b(?:secure_ssl_redirect|ssl_redirect|https_redirect|redirect_https|force_https|force_ssl|require_https|requirehttps)\b`?\s*(?:=|:|=>)\s*`?(?:true|1|yes|on)\b/.exec(
      item.details,
    );
  if (!set) return undefined;
  return {
    check: { kind: 'http.https-redirect', ...onApp() },
    rule: 'http.https-redirect',
    matched: [set[0]],
    note: 'a setting listed below the item turns the redirect on',
  };
}

/** Parts of a setup a short label names: "Domain + SSL", "DNS & TLS", "SSL/TLS". */
const PART = '(?:custom )?(?:domains?|dns|ssl|tls|https|certificates?|certs?)';
/**
 * A label that is only a compound of those parts, alone or before a dash or a colon and a description
 * ("**Domain + SSL** — tunnel or load balancer with a managed certificate"): each part is in place.
 */
const PARTS_LABEL = new RegExp(`^(${PART}(?: ?(?:\\+|&|and|\\/) ?${PART}){1,2})(?: ?[—–:-] |$)`);

export function labelledParts(t: string): { label: string; tls: boolean; dns: boolean } | undefined {
  const m = PARTS_LABEL.exec(t.trim());
  if (!m?.[1]) return undefined;
  return {
    label: m[1],
    tls: /\b(?:ssl|tls|https|certs?|certificates?)\b/.test(m[1]),
    dns: /\b(?:domains?|dns)\b/.test(m[1]),
  };
}

/** The label when it names that part ("Domain + SSL" names both `tls` and `dns`). */
function partLabel(t: string, part: 'tls' | 'dns'): string | undefined {
  const parts = labelledParts(t);
  return parts?.[part] ? parts.label : undefined;
}

/**
 * Certificates that are not the site's: app-store and code signing ("**Certificates**: Valid distribution
 * certificate" under "iOS App Store Submission"), client and push certificates, signing keys.
 */
function otherCertificate(t: string, context: string): boolean {
  if (/\b(?:ssl|tls|https)\b/.test(t)) return false;
  return (
    /\b(?:distribution|signing|code[- ]signing|developer|apple|apns|push|provisioning|client|p12|pfx|gpg|pgp|notari[sz]\w*|release)\b[^,;]{0,20}\bcert(?:ificate)?s?\b/.test(
      t,
    ) ||
    /\bapp ?store\b|\bplay store\b|\bios\b|\bandroid\b|\bmacos\b|code[- ]signing|\bsigning\b|\bnotari[sz]/.test(
      context,
    )
  );
}

/** The certificate said to renew by itself: "auto-renewing", "renews automatically", "auto-renewal enabled". */
const CERT_RENEWS =
  /\bauto-?renew(?:s|ed|ing|able)?\b(?! (?:process|procedure|reminders?|runbook|docs?|documented|plan|date))|\bauto-?renewal (?:is )?(?:enabled|on|configured|set up|active|in place|working|verified)\b|\brenew(?:s|ed)? (?:itself |themselves )?automatically\b|\b(?:automatic|automated) renewals?\b(?! (?:process|procedure|reminders?|runbook|plan))/;

/**
 * The site's certificate as a grammar: a subject (a certificate, its chain, "cert") and, in the same clause, a
 * word that it holds (valid, trusted, issued, installed, served, complete, covers, has not expired,
 * auto-renewing), or no certificate warnings at all. (A renewal alone, "auto-renewal set up", is not a state the
 * check sees, nor a scanner's grade: both stay manual.) Other parts' certificates and
 * processes around them are blocked by the caller (and other parts by the network rules' subject check).
 */
const CERT_SUBJECT =
  /\b(?:(?:ssl|tls|https|x\.509|let'?s encrypt|managed|wildcard|site|server|domain|edge|origin|public)(?:\/tls)? )?(?:(?:cert(?:ificate)? )?chain|full ?chain|cert(?:ificate)?s?)\b/;
const CERT_STATE =
  /^(?: (?:is|are|has|have|been|now|still|properly|correctly|successfully|fully|all|both|for \S+|from \S+|by \S+|on \S+)){0,3} (?:valid|trusted|active|installed|issued|obtained|in place|set up|configured|working|attached|deployed|provisioned|served|present|complete|unexpired|up to date|covers?|covering|not (?:expired|expiring))\b/;

function certGrammar(t: string): string | undefined {
  const none = phrase(
    t,
    /\bno (?:ssl |tls |https |browser |security )?cert(?:ificate)? (?:warnings?|errors?|issues?|problems?)\b|\bno (?:ssl|tls|https) (?:warnings?|errors?)\b/,
  );
  if (none) return none;
  const subject = CERT_SUBJECT.exec(t);
  // (A CDN's certificate is the CDN's setting: "Our CDN certificate covers the asset host".)
  if (!subject || /\bcdn\b/.test(t)) return undefined;
  const rest = t.slice(subject.index + subject[0].length);
  const state = CERT_STATE.exec(rest);
  return state ? `${subject[0]}${state[0]}`.trim() : undefined;
}

/** A valid certificate, TLS 1.2+ enforced, days before expiry. */
export const certificate: Rule = (item) => {
  const t = item.text;
  if (notYet(t)) return undefined;
  if (
    /expiration monitoring|pinning|ocsp|files? exist|directories|cipher|mobile|ssh\b|reminders?\b|calendar\b|who will\b|always use https|https rewrites|\bclient cert|\bmtls\b|\bmutual tls\b/.test(
      unremarked(t),
    ) ||
    // A renewal as a process or a task ("Certificate renewal runbook", "Renew the certificate"), not the
    // certificate's own state: only "auto-renewing", "renews automatically", "auto-renewal enabled" say that.
    (/\bauto-?renew|\brenew/.test(unremarked(t)) && !CERT_RENEWS.test(unremarked(t)))
  )
    return undefined;
  // "TLS 1.0 and 1.1 disabled" says the oldest version left is 1.2.
  const old = /\b(?:tls ?(?:v|version )?1\.[01]|sslv?[23])\b[^;,]{0,24}\bdisabled\b/.exec(t);
  const named =
    // "Minimum TLS version set to 1.2", "TLS minimum: 1.3".
    /\bmin(?:imum)? (?:tls|ssl)(?: protocol)?(?: version)?\b[^,;]{0,16}?\b(?:tls ?v?)?1\.([23])\b/.exec(t) ??
    /\btls(?: protocol)?(?: version)? min(?:imum)?\b[^,;]{0,16}?\b(?:tls ?v?)?1\.([23])\b/.exec(t) ??
    /\btls ?(?:v|version )?1\.([23])\b(?:\+| or (?:newer|higher|later)| minimum| only| enforced|\s*\(minimum\))?/.exec(
      t,
    );
  const version: { minor: string; phrase: string } | undefined = old
    ? { minor: '2', phrase: old[0] }
    : named?.[1]
      ? { minor: named[1], phrase: named[0] }
      : undefined;
  const cert =
    phrase(
      t,
      /\b(?:ssl|tls|https)(?:\/tls)? certificates? (?:\w+ ){0,3}?(?:valid|validity|trusted|active|installed|obtained|in place|set up|configured|working|ready|not expired|attached|deployed)\b/,
    ) ??
    phrase(
      t,
      /\bcertificates? (?:are |is )?(?:valid|validity|trusted|not expired|installed|issued|obtained|provisioned|attached|deployed|bound)\b/,
    ) ??
    phrase(t, /\b(?:valid|trusted) (?:ssl |tls |https )?certificates?\b/) ??
    // "SSL certificate shows as secure", "SSL/TLS configuration correct", "endpoints reachable via HTTPS",
    // "the proxy handles SSL termination".
    phrase(
      t,
      /\b(?:ssl|tls|https)(?:\/tls)? certificates? (?:shows?|displays?) (?:as )?(?:secure|valid)\b/,
    ) ??
    phrase(
      t,
      /\b(?:ssl|tls)(?:\/tls)? (?:configuration|config|setup) (?:is )?(?:correct|valid|verified|ok|complete)\b/,
    ) ??
    phrase(
      t,
      /\b(?:endpoints?|site|website|app|api|pages?) (?:are |is )?(?:accessible|reachable|available|served) (?:via|over|through) https\b/,
    ) ??
    phrase(
      t,
      /\b(?:handl\w+|does|doing|perform\w*) (?:the )?(?:ssl|tls) termination\b|\b(?:ssl|tls|https) termination (?:is )?(?:properly |correctly )?(?:configured|set up|in place|enabled|working|handled|done)\b/,
    ) ??
    (daysOf(t) ? phrase(t, /\bcertificates?(?: expiry| expiration)?\b/) : undefined) ??
    phrase(t, /\btest (?:the )?ssl(?: certificates?)?\b/) ??
    phrase(
      t,
      /\b(?:ssl|tls)(?:\/tls)?(?: encryption)? (?:is )?(?:properly |correctly )?(?:enabled|configured|set up|working|works|active|live|in place)\b|\bhttps (?:is )?(?:works|active|live)\b/,
    ) ??
    // "Caddy obtaining certificates", "the reverse proxy gets its TLS certificates": the proxy in front
    // of the app holds a certificate.
    phrase(
      t,
      /\b(?:caddy|traefik|nginx|reverse proxy|proxy|load balancer|ingress|certbot)\b[^,;()]{0,30}?\b(?:obtain\w*|gets?|getting|issu\w*|provision\w*|fetch\w*|request\w*) (?:its |the |tls |ssl |https )?(?:tls |ssl )?certificates?\b/,
    ) ??
    partLabel(t, 'tls') ??
    certGrammar(unremarked(t)) ??
    // "Your website is using HTTPS" (for every page, it is the redirect's claim instead).
    (/\bhttps (?:for|on) (?:all|every)\b|\bhttps only\b/.test(t)
      ? undefined
      : phrase(t, /\b(?:site|website|app|application|api) (?:is )?(?:using|uses|served over|on) https\b/)) ??
    phrase(
      t,
      /\bhttps (?:is )?(?:enabled|configured|working|set up|in use)\b|\bconfigure https\b|\b(?:implement|enable) (?:tls\/)?https\b|^use https\b(?! only)|^https applied\b/,
    ) ??
    phrase(t, /\bconfigure (?:the )?(?:domain and )?(?:ssl|tls)\b/) ??
    phrase(
      t,
      /\b(?:create|install|obtain|set up|add|get|verify|check) (?:an? |the )?(?:ssl|tls)(?:\/tls)? cert(?:ificate)?s?\b/,
    );
  if (cert && otherCertificate(t, item.context)) return undefined;
  // Certificates of sign-in and trust, on machines, not served by the site: a SAML or identity provider's, a
  // root CA put in a trust store or on developers' laptops.
  if (
    cert &&
    /\b(?:saml|identity provider|idp|sso|jwks?|root ca|ca certificates?|ca cert|developer machines?|laptops?|workstations?|keychain|trust ?store|cert-manager issuer)\b/.test(
      t,
    )
  )
    return undefined;
  const days = daysOf(t);
  if (!version && !cert) return undefined;
  if (!old && version && /\b(?:disabled|deprecated)\b/.test(t) && !/enabled|enforced|minimum|\+/.test(t))
    return undefined;
  const params: Record<string, unknown> = {};
  const matched: string[] = [];
  if (cert) matched.push(cert);
  if (version) {
    params['min-version'] = `TLSv1.${version.minor}`;
    matched.push(version.phrase);
  }
  if (days && /expir|left|valid/.test(t)) {
    params['min-days'] = days.days;
    matched.push(days.phrase);
  }
  const graded = /\ba\+|ssllabs|rating|grade/.test(t);
  return {
    check: { kind: 'tls.certificate', ...onApp(), ...params },
    rule: 'tls.certificate',
    matched,
    note: graded
      ? 'checks the chain, hostname, expiry and TLS version; an SSL Labs grade is not computed'
      : undefined,
  };
};

/** What a page loads besides itself: its assets, scripts, images, fonts, embeds. */
const SUBRESOURCE =
  '(?:assets?|resources?|sub-?resources?|images?|scripts?|styles|stylesheets?|css|fonts?|media|iframes?|embeds?|third-party (?:scripts|assets|resources|files)|static files)';
/**
 * Mixed content as a grammar: mixed content said to be gone (fixed, resolved, none, cleared, free of it, no
 * warnings of it), or what pages load said to come over HTTPS, or no plain-HTTP subresources.
 */
const MIXED =
  /\bno mixed[- ]content\b(?: warnings| errors| issues)?|\b(?:free of|without|zero) mixed[- ]content\b|\bmixed[- ]content\b(?: (?:warnings?|errors?|issues?|problems?|references?))?(?: (?:are|is|all|have been|has been))? (?:fixed|resolved|none|gone|eliminated|cleared|removed|addressed|absent|clean|fixed up|cleaned up)\b/;
const HTTPS_SUBRESOURCES = new RegExp(
  `\\b(?:all |every |each )?${SUBRESOURCE}(?:(?:, | and | & )${SUBRESOURCE}){0,3}\\b(?: (?:are|is))? (?:(?:loaded|served|requested|fetched|included|referenced|delivered|pulled) )?(?:only )?(?:over|via|through|from) https\\b|\\bno (?:insecure |plain |non-https |plain-http |http )+${SUBRESOURCE}\\b`,
);

export const mixedContent: Rule = (item) => {
  const t = unremarked(item.text).replace(/\s+/g, ' ');
  const said = phrase(t, MIXED) ?? phrase(t, HTTPS_SUBRESOURCES);
  return said
    ? { check: { kind: 'http.mixed-content', ...onApp() }, rule: 'http.mixed-content', matched: [said] }
    : undefined;
};

/** CORS that refuses a foreign origin: restricted, locked down, not `*`, configured (correctly). */
export const cors: Rule = (item) => {
  const t = item.text;
  // "Access-Control-Allow-Origin (correct origin)" under a headers heading: the served CORS header.
  const header =
    /^access-control-allow-origin\b/.test(t) && !/\*/.test(t) && /\bheaders?\b/.test(item.context);
  if (header)
    return {
      check: { kind: 'http.cors', ...onApp() },
      rule: 'http.cors',
      matched: ['access-control-allow-origin', item.near],
      note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
    };
  const named = /\bcors\b/.test(t);
  // "Specific allowed origins (no wildcards)" under a "CORS Configuration" parent says it of CORS.
  // (A variable the item names, `CORS_ORIGIN` (not `*`), is the environment's claim, not the served one.)
  const under =
    !named && /\bcors\b/.test(item.near) && !item.code.some((c) => /^[A-Z][A-Z0-9_]+$/.test(c.trim()));
  if (under) {
    const origins =
      phrase(
        t,
        /\b(?:specific|allowed|trusted|restricted|explicit) (?:allowed )?origins?\b|\bno wildcards?\b|\bnot `?\*`?/,
      ) ?? corsTested(t);
    return origins
      ? {
          check: { kind: 'http.cors', ...onApp() },
          rule: 'http.cors',
          matched: [item.near, origins],
          note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
        }
      : undefined;
  }
  if (!named) return undefined;
  if (
    /\bcsrf\b|tested with|and rate limiting|policies\b/.test(t.replace(/\bcors policies\b/, 'cors policy')) &&
    !/\bcors (?:is |are )?(?:restricted|locked)/.test(t)
  )
    return undefined;
  const said =
    // "CORS protection", "CORS policy" as the whole item: the name of the check in a list of protections.
    phrase(t.replace(/[\s.:]+$/, ''), /^(?:cors|cross-origin) (?:protection|policy|restrictions?)$/) ??
    // "No overly permissive CORS headers", "CORS settings not too permissive".
    phrase(
      t,
      /\bno (?:overly |too |excessively )?permissive cors\b|\bcors\b[^,;]{0,30}?\bnot (?:overly |too |excessively )?permissive\b/,
    ) ??
    phrase(
      t,
      /\bcors\b[^,;]*?\b(?:restricted|locked (?:down|to)|limited|(?:white|allow)-?list\w*|specific origins|trusted\b[^,;]*origins|production domains?)\b/,
    ) ??
    // "Test CORS from your frontend domain" (read as "… verified"): a request from that origin.
    phrase(t, /^cors from (?:the |your |our )?(?:[\w'-]+ ){0,3}(?:domain|origin)s? verified$/) ??
    phrase(
      t,
      /\bcors\b[^,;]{0,20}?\bwildcards? (?:origins? )?(?:removed|dropped|gone|replaced|disabled)\b|\bno (?:`?\*`? )?wildcard cors\b|\bcors\b[^,;]*\bnot `?\*`?|\bno `?\*`? (?:in )?cors\b|\bcors\b[^,;]{0,30}?\b(?:no|without) (?:`?\*`? )?wildcards?\b/,
    ) ??
    phrase(
      t,
      /\bcors(?: origins?| policy| policies| settings| headers?| configuration)? (?:is |are )?(?:[a-z]+ly )?(?:configured|set|correct|verified|restricted|implemented|enforced|in place|working|works|functional|tested)(?: correctly| properly| securely| for production)?\b/,
    ) ??
    phrase(t, /\bconfigure (?:proper )?cors\b/) ??
    // "Update CORS settings in backend": the settings are brought to production's origins.
    phrase(
      t,
      /\bupdate (?:the )?cors(?: settings| configuration| config| policy| origins?| allow-?list)?(?= (?:in|on|for|to|of)\b|$)|\bcors(?: settings| configuration| config| policy| origins?)? updated\b/,
    ) ??
    // "CORS: production origins only", "Correct CORS configuration", "Strict CORS policy".
    phrase(
      t,
      /\bcors\b[^,;]{0,30}?\b(?:origins?|domains?) only\b|\bonly (?:our|the|production|trusted|known) (?:origins?|domains?)\b/,
    ) ??
    phrase(
      t,
      /^(?:correct|proper|secure|strict|restrictive|restricted|locked-down|production) cors(?: configuration| config| policy| settings| headers| rules)?$/,
    ) ??
    // "CORS policy allows only `app.example.org` and `admin.example.org`".
    // (Not "allows only GET and POST": methods, not origins.)
    (/\b(?:allows?|allowing|accepts?) only (?:the )?(?:get|post|put|patch|delete|head|options|methods?|headers?|credentials)\b/.test(
      t,
    )
      ? undefined
      : phrase(
          t,
          /\bcors\b[^,;]{0,30}?\b(?:allows? only|only allows?|allowing only|accepts? only|only accepts?)\b/,
        ));
  if (!said) return undefined;
  return {
    check: { kind: 'http.cors', ...onApp() },
    rule: 'http.cors',
    matched: [said],
    note: "a foreign origin must not be allowed; list your own origins under 'allowed-origins'",
  };
};

/**
 * Under a CORS heading or parent, a request from another origin or a preflight: "Test from the marketing
 * site", "Test from different subdomains", "Verify preflight requests work", "Production domains" (the
 * origins to allow, listed below). (Read after normalising: "Test from X" reads "from X verified".)
 */
function corsTested(t: string): string | undefined {
  return (
    phrase(
      t,
      /^(?:test(?:ed)? |verify |check )?(?:requests? )?from (?:the |a |an |our |your |each |every |all |different |other |another |several |multiple )?(?:[\w.'-]+ ){0,2}(?:site|website|domain|sub-?domain|origin|frontend|client|app|page)s?\b/,
    ) ??
    phrase(
      t,
      /\bpreflight(?: \(?options\)?)? (?:requests? |checks? )?(?:work|works|working|pass|passes|succeed|succeeds|verified|answered|handled|return)\w*\b|^preflight requests?$/,
    ) ??
    phrase(
      t,
      /^(?:production|allowed|trusted|frontend|client|app) (?:domains?|origins?)(?: (?:listed|allowed|set|configured|added))?$/,
    )
  );
}

/** Rate limiting in place: a burst meets a 429 or rate-limit headers. "100 req/min" sets the burst size. */
/** Requests per window: "100 req/min", "5 req/15min", "60 requests per minute", "1000 calls / hour". */
const PER_WINDOW =
  /(?:req(?:uests)?|calls|(?:login |sign-?in |password )?attempts|tries)\s*(?:\/|per)\s*(?:\d+\s*)?(?:min(?:ute)?s?|sec(?:ond)?s?|s\b|h(?:ou)?rs?\b|h\b|m\b)/;

/**
 * A limit written as a setting under a rate-limiting heading ("Global: 100 req/15min", "Auth endpoints: 5
 * req/15min"), or the request past the limit answering 429 ("101st request returns 429").
 */
function limitSetting(item: {
  text: string;
  near: string;
  context: string;
  code: string[];
}): Mapping | undefined {
  const t = item.text;
  // (Another service's limits met by the app's own calls are not the app's: "retries on a 429 from the provider".)
  const theirs =
    /\b(?:handl\w*|retr(?:y|ies|ied)|back-?offs?|upstream|outgoing|outbound|third-party|provider'?s?|vendor'?s?|external)\b/.test(
      t,
    );
  const over = theirs
    ? undefined
    : phrase(
        t,
        /\b(?:returns?|returned|returning|gets?|got|getting|answers?|answered|answering|responds?|responded|responding|receives?|received|yields?|meets?|met|hits?)(?: with)? (?:an? |http |status |code )?429\b|\b429(?: too many requests)?(?: is| are)? (?:returned|sent|served|given|answered)\b/,
      );
  // (Or a path of the app's, with a dash or a colon: "`/api/search` - 30 req/min".)
  const scope = /\brate[- ]limit/.test(item.context)
    ? (/^((?:global|api|auth(?:entication)?|login|sign-?in|default|overall|public|all)(?: (?:endpoints?|routes?|requests?|api))?(?: rate limit)?)\s*:\s*/.exec(
        t,
      ) ?? /^(\/[\w./-]*)\s*(?:[-–—:]|→|->)\s*/.exec(t))
    : undefined;
  const path =
    scope?.[1]?.startsWith('/') && item.code.some((c) => c.trim() === scope[1]) ? scope[1] : undefined;
  if (scope?.[1]?.startsWith('/') && !path) return undefined;
  const setting = scope ? countBefore(t.slice(scope[0].length), PER_WINDOW) : undefined;
  if (!over && !(scope && setting)) return undefined;
  const nth = /\b(\d+)(?:st|nd|rd|th) request\b/.exec(t);
  const requests = nth?.[1] ? Number(nth[1]) : setting ? setting.n + 10 : undefined;
  const login = /\blogin|auth|sign-?in/.test(t);
  return {
    check: {
      kind: 'http.rate-limit',
      ...onApp(path),
      ...(requests && requests >= 2 && requests <= 200 ? { requests } : {}),
    },
    rule: 'http.rate-limit',
    matched: over ? [over, ...(nth ? [nth[0]] : [])] : [scope?.[1] ?? '', setting?.phrase ?? ''],
    note: [
      requests && requests <= 200
        ? nth
          ? `a burst of ${requests} requests, as the item counts them`
          : `a burst of ${requests} requests, just over the limit of ${setting?.n ?? ''}`
        : 'a bounded burst must meet a 429 or rate-limit headers',
      login && !path ? "set 'path' to the login endpoint" : undefined,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/** "rate-limit login attempts", "Rate limit the password reset form": the verb and what it limits. */
const RATE_LIMIT_VERB =
  /\brate[- ]limit (?:the |all |every )?(?:login|sign-?in|auth\w*|password\w*|api|requests?|endpoints?|routes?|uploads?|forms?|otp|reset|attempts?|signups?|sign-?ups?)\b/;

export const rateLimit: Rule = (item) => {
  const set = limitSetting(item);
  if (set) return set;
  // The words of a package's name (`express-rate-limit` is installed) are not a claim that limits hold.
  const t = packageNamed(item) ? item.text.replace(packageNamed(item)?.name ?? '', ' ') : item.text;
  const said =
    phrase(
      t,
      /\brate[- ]limit(?:ing|s|er)?\b(?: (?:is |are )?(?:configured|enabled|enforced|implemented|active|in place|on|restored|applied|set up|working|verified|functional|works))?/,
    ) ??
    phrase(t, /\b(?:are|is) rate[- ]limited\b/) ??
    // "rate-limit login attempts", "Rate limit the password reset form": the verb and what it limits.
    phrase(t, RATE_LIMIT_VERB) ??
    // "Login endpoint rate limited", "API throttled at 60 requests per minute", "Request quotas enforced".
    phrase(
      t,
      /\b(?:api|endpoints?|routes?|requests?|login|sign-?in|auth\w*|clients?|ips?|calls|uploads?|search|forms?)\b[^,;]{0,20}?\b(?:rate[- ]limited|throttled)\b/,
    ) ??
    phrase(
      t,
      /\b(?:request|api|call|usage) quotas?\b(?: (?:are |is )?(?:enforced|applied|configured|enabled|in place|active|set))|\bthrottling\b/,
    ) ??
    phrase(t, /\b(?:configure|enable|implement|add) rate[- ]limit\w*\b/);
  if (!said) return undefined;
  // "Rate limiting per user/IP": a burst from one address; per user or per key alone needs signed-in clients.
  const perWho = /\brate[- ]limit(?:ing|s)? per (?:[a-z]+\/)?(?:ip|endpoint|route)(?:\/[a-z]+)?$/;
  // A limit per device, user, key or tenant ("100 req/min per device"): one address's burst cannot show it.
  if (
    /\bper (?:device|user|client|api[- ]?key|key|token|tenant|account|customer)\b/.test(t) &&
    !/\bper (?:[a-z]+\/)?ip\b|\/ip\b/.test(t)
  )
    return undefined;
  // "DDoS protection at the edge" is the provider's; "DDoS protection and rate limiting active" says both.
  if (
    /\bddos\b/.test(t) &&
    !/\brate[- ]limit(?:ing|s)? (?:is |are )?(?:active|enabled|configured|enforced|implemented|in place|on|applied|working)\b/.test(
      t,
    )
  )
    return undefined;
  // "Rate limiting utilities added": code that could limit, not a limit the app applies.
  if (/\brate[- ]limit\w* (?:utilit(?:y|ies)|helpers?|librar(?:y|ies)|functions?|classes)\b/.test(t))
    return undefined;
  if (
    /\bnot exceeded\b|\b(?:outgoing|outbound|upstream|third-party)\b|let'?s encrypt|\bssh\b|waf\b|per email|\?\s*$|account lockout|\bbrute|rate[- ]limit(?:s|ing)? (?:handling|errors?|responses?|exceptions?)|\bhandl\w* (?:of )?(?:upstream |api |provider )?rate[- ]limit/.test(
      unremarked(t).replace(perWho, ''),
    )
  )
    return undefined;
  const bare =
    /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s)?$/.test(t.trim()) ||
    perWho.test(t.trim());
  // "Rate limiting with privacy-preserving IP hashing", "Rate limiting via the gateway": the noun and how
  // it is done (not limits on the app's own calls to someone else's API).
  const qualified =
    /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s)? (?:with|via|using|through|backed by|by) [^,;]{1,60}$/.test(
      t.trim(),
    ) && !/\b(?:outgoing|outbound|upstream|third-party|external|provider|client-side|calls to)\b/.test(t);
  // "Rate limiting Redis / API gateway", "Rate limiting (nginx)": the noun and what holds the limit.
  const means =
    /^(?:(?:per[- ]ip|ip-based|global|api) )?rate[- ]limit(?:ing|s|er)?(?: (?:with|via|using|through|backed by|by|in|at|on))? \(?(?:an? |the )?(?:redis|memcached|api gateway|gateway|nginx|caddy|traefik|envoy|kong|cloudflare|middleware|(?:reverse )?proxy|load balancer|ingress|edge)\b[^,;]{0,40}$/.test(
      t.trim(),
    );
  // "Rate limiting kicks in after too many requests": the limit answers a burst.
  const kicks =
    /\brate[- ]limit\w* (?:kicks? in|triggers?|takes effect|engages?)\b|\bafter too many requests\b/.test(t);
  if (
    !bare &&
    !qualified &&
    !means &&
    !kicks &&
    !/configured|enabled|enforced|implemented|active|in place|restored|applied|set up|working|verified|functional|functioning|works|configure|enable|implement|add|\bon\b|rate[- ]limited|throttled/.test(
      t,
    ) &&
    !countBefore(t, PER_WINDOW) &&
    !RATE_LIMIT_VERB.test(t)
  )
    return undefined;
  const limit = countBefore(t, /(?:req(?:uests)?|calls)\s*(?:\/|per)\s*(?:min(?:ute)?|sec(?:ond)?|s\b)/);
  const params: Record<string, unknown> = {};
  if (limit && limit.n + 10 <= 200) params.requests = limit.n + 10;
  const login = /\blogin|auth\b|sign-?in/.test(t);
  return {
    check: { kind: 'http.rate-limit', ...onApp(), ...params },
    rule: 'http.rate-limit',
    matched: limit ? [said, limit.phrase] : [said],
    note: [
      limit && params.requests
        ? `a burst of ${String(params.requests)} requests, just over the limit of ${limit.n}`
        : 'a bounded burst must meet a 429 or rate-limit headers',
      login ? "set 'path' to the login endpoint" : undefined,
    ]
      .filter(Boolean)
      .join('; '),
  };
};

/** Latency budgets with their number: "p95 < 300ms", "API responses < 300ms average". No number: manual. */
export const latency: Rule = (item) => {
  const what =
    phrase(
      item.text,
      /\b(?:api |page |server )?(?:response|load|request) times?\b|\blatency\b|\bapi responses?\b|\bpage loads?\b|\bload test(?:ing|s)?\b|\bperformance tests?\b|\bttfb\b|\btime to first byte\b|\bresponse time p\d\d\b/,
    ) ??
    // "Health check responds < 200ms", "API endpoints respond < 500ms", "Frontend loads < 2000ms".
    phrase(
      item.text,
      /^(?:the )?(?:(?:all |every |key |main |public )?(?:health ?-?checks?|health endpoints?|api endpoints?|endpoints?|api|apis|server|backend|frontend|homepage|home page|landing page|site|website|web app|app|application|pages?|routes?|requests?|api calls|api requests|responses?)) (?:(?:is|are|gets?|get) )?(?:responds?|responding|loads?|loading|answers?|answered|served|returned|completes?|completed)\b/,
    ) ??
    // "95th percentile response under 0.5 seconds", "median request < 80ms": a percentile of the answers.
    phrase(
      item.text,
      /\b(?:p(?:50|90|95|99)|(?:50|90|95|99)th percentile|median|average|mean)\b(?: (?:api|server|http|page))? (?:responses?|requests?|answers?|round-?trips?)\b/,
    ) ??
    // "p95 < 500ms" alone under "Response Times": the heading says what the percentile is of.
    (/^p(?:50|90|95|99)\b/.test(item.text)
      ? phrase(item.near, /\b(?:response|load|request) times?\b|\blatency\b|\bperformance\b/)
      : undefined);
  if (!what) return undefined;
  // "**Load testing** completed" with its targets in plain sub-bullets: the sub-bullets give the numbers.
  const t =
    /\bload test|performance test/.test(what) && !budgetOf(item.text) && item.details
      ? `${item.text}; ${item.details}`
      : item.text;
  if (
    /\bwebsocket|database|db\b|\b[345]g\b|slow network|throttled network|quer(?:y|ies)|contentful|interactive|lcp|fcp|cls|lighthouse|bundle|mobile|llm|support|resolution|cold start|\b(?:publish\w*|queues?|events?|messages?|jobs?|consumers?|replication|ingestion|outbox|inbox|topics?)\b/.test(
      t,
    )
  )
    return undefined;
  if (watchContext(item.near) ?? watchContext(item.context)) return undefined;
  // "SLO defined (P95 < 100ms)" says a target is written down, not that the service meets it.
  if (
    /\b(?:slos?|slas?|slis?|targets?|objectives?|budgets?)\b[^,;(]*\b(?:defined|documented|agreed|set|written|published)\b/.test(
      t,
    )
  )
    return undefined;
  const budget = budgetOf(t);
  if (!budget) return undefined;
  if (/\b(?:>|above|over|exceeds?|more than)\s*\d/.test(t) && !/[<≤]|under|below|less than|within/.test(t))
    return undefined;
  const pct = percentileOf(t);
  const params: Record<string, unknown> = { [pct.key]: budget.ms };
  const matched = [what, budget.phrase, ...(pct.phrase ? [pct.phrase] : [])];
  const users = countBefore(t, /(?:concurrent )?(?:users|connections|clients|virtual users|vus)/);
  if (users && users.n >= 1 && users.n <= 100 && /concurrent|virtual|vus/.test(users.phrase)) {
    params.concurrency = users.n;
    matched.push(users.phrase);
  }
  const errors = percentOf(t);
  if (errors && /error/.test(t)) {
    params['max-error-rate'] = errors.fraction;
    matched.push(errors.phrase);
  }
  const note = pct.average
    ? 'the median stands in for the average'
    : pct.phrase
      ? undefined
      : `the budget ${budget.phrase.replace(/\s+/g, ' ')} is read as the 95th percentile`;
  const mapping: Mapping = {
    check: { kind: 'http.latency', ...onApp(), ...params },
    rule: 'http.latency',
    matched,
    ...(note ? { note } : {}),
  };
  return mapping;
};

export const websocket: Rule = (item) => {
  const t = item.text;
  const said =
    // ("WebSocket/Socket.IO connection works": the library named beside the protocol.)
    phrase(
      t,
      /\b(?:websocket|socket\.io)(?:\/(?:websocket|socket\.io))? connections? (?:establish\w*|work\w*|open\w*|succeed\w*|connect\w*)\b/,
    ) ??
    phrase(t, /\bverify websocket connections?\b/) ??
    phrase(t, /\bwebsockets? (?:are |is )?working\b/) ??
    // "Live updates arrive over WebSockets": what the socket carries, then the protocol.
    phrase(
      t,
      /\b(?:work\w*|deliver\w*|flow\w*|arriv\w*|connect\w*|stream\w*) (?:over|via|through|on) (?:the )?(?:web ?sockets?|socket\.io|wss)\b/,
    ) ??
    // The grammar: the protocol, its endpoint or a socket of the app, then in the same clause a word that it
    // connects ("WebSocket endpoint accepts connections", "wss:// connection opens", "upgrade succeeds").
    phrase(
      t,
      /(?:\bweb ?sockets?\b|\bsocket\.io\b|\bwss?:\/\/\S*|\bws endpoint\b|\brealtime (?:socket|channel)s?\b)[^,;]{0,40}?\b(?:accepts? (?:new |client |the )?connections|connect(?:s|ed|ing)?|opens?|opened|handshakes? (?:succeed\w*|works?|pass\w*|complete\w*)|upgrades? (?:succeed\w*|works?|complete\w*)|establish\w*|works?|working|succeed\w*|is up|reachable)\b/,
    ) ??
    // "Connection establishes < 1 second" under "WebSocket": the handshake.
    (/\bwebsockets?\b|\bws\b|\bsocket\.io\b/.test(item.near)
      ? phrase(t, /^(?:the )?(?:client )?connections? (?:establish\w*|opens?|succeeds?|connects?|works?)\b/)
      : undefined);
  if (
    !said ||
    /latency|stability|> ?\d|\d+ connections|\breconnect\w*|\bload[- ]test\w*|\bscal\w*|\bsticky\b|\btests?\b|\bspecs?\b|\blibrar(?:y|ies)\b|\bpackages?\b|\bdependenc\w*|\bsdk\b|\bversions?\b|\bfallback\b|\bpolling\b|\bheartbeat|\bdisconnect\w*|\bauth\w* (?:fails?|rejected)/.test(
      t,
    )
  )
    return undefined;
  return {
    check: { kind: 'ws.handshake', ...onApp() },
    rule: 'ws.handshake',
    matched: [said],
    note: "the handshake goes to the app target's root; set 'path' to the WebSocket endpoint",
  };
};

/** A DNS record's type, written the way a zone lists it. */
const RECORD_TYPE = '(?:a|aaaa|cname|alias|aname)';
/** "A record: …", "CNAME record → …", "AAAA records": a record of the app's name, by its type. */
const RECORD_NAMED = new RegExp(
  `^${RECORD_TYPE} records?(?: for \\S+)?\\s*:|^${RECORD_TYPE} records?\\b[^,;]{0,60}?(?:→|->)|\\b(?:aaaa|cname) records?\\b`,
);
/** "an A record for the domain", "a CNAME record pointing to …". */
const RECORD_FOR = new RegExp(`\\ban? ${RECORD_TYPE} record (?:for|at|points?|pointing|to)\\b`);
/** Mail's records and words: the records of a mail provider's domain are not the app's. */
const MAIL = /\bmx\b|spf|dkim|dmarc|e-?mail|\bmail\b|smtp|txt records?\b|\bttl\b/;

/** A host name written out (`book.example.com`), not a file name (`README.md`, `app.config.js`). */
const HOST_NAME =
  /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|app|co|ai|me|xyz|info|biz|us|uk|de|fr|eu|ca|au|in|nl|se|ch|es|it|pl|jp|br|nz|cloud|site|tech|online|page|sh|gg|tv|fm|ly|to|edu|gov|example)\b(?!\.)/;
/** What has a name in DNS: a domain, its apex or www, a subdomain, a host name written out, the records. */
const DNS_SUBJECT = new RegExp(
  `(?:^|\\s)(?:(?:the |our |a |an )?(?:custom |production |primary |main |root |apex |public |marketing |app |api |site's |app's )?(?:sub-?)?domains?(?: names?)?|(?:the )?apex|(?:the )?www(?: sub-?domain| host)?|${HOST_NAME.source}|(?:the )?dns(?: records?| entries| names?)?|(?:a|aaaa|cname|alias)(?: (?:and|\\/) (?:a|aaaa|cname))? records?)(?: (?:and|&) (?:the )?(?:apex|www|root domain|sub-?domains?|${HOST_NAME.source}))?`,
);
const DNS_SUBJECTS = new RegExp(DNS_SUBJECT.source, 'g');
/**
 * A predicate that the name is served: it resolves, points or is pointed, mapped or connected to a host,
 * has propagated, or is configured; after the subject, with only "is", "both", "properly" and the like
 * between ("Apex and www both resolve", "Domain properly configured", "api.example.com points at the ingress").
 */
const DNS_STATE =
  /^(?: (?:is|are|has|have|been|both|all|now|properly|correctly|successfully|already|fully|for (?:the |our )?[\w.-]+)){0,3} (?:resolv(?:es|e|ing)\b|point(?:s|ed|ing)? (?:to|at)\b|mapped (?:to|at|onto)\b|connected (?:to|with)\b|routed to\b|aliased to\b|propagated\b|configured\b|set up\b|live on\b)/;

/**
 * DNS as a grammar: a name of the app's (DNS_SUBJECT) and a predicate that it resolves (DNS_STATE). What is
 * not the app's name (mail records, the registrar's account, a TTL, DNSSEC, a purchase) is blocked here;
 * other parts (staging, a database, internal names) by the network rules' subject check.
 */
function dnsGrammar(t: string): string | undefined {
  if (
    /\b(?:registrar|renew\w*|expir\w*|purchas\w*|bought|buy|transfer\w*|dnssec|ttl|service discovery|verification|verified in|search console|model|logic|events?|objects?|layer|experts?|knowledge)\b/.test(
      t,
    )
  )
    return undefined;
  for (const m of t.matchAll(DNS_SUBJECTS)) {
    const rest = t.slice((m.index ?? 0) + m[0].length);
    const state = DNS_STATE.exec(rest);
    if (state) return `${m[0]}${state[0]}`.trim();
  }
  return undefined;
}

export const dns: Rule = (item) => {
  if (notYet(item.text)) return undefined;
  // "Nameservers updated (or DNS records added)": an alternative in parentheses is not the claim.
  const t = item.text.replace(/\(or [^()]*\)/g, ' ');
  const said =
    phrase(
      t,
      /\bdns\b[^,;]*?\b(?:record|records|propagat\w*|points?|pointing|configured|configuration|set up|updated|resolves?|correct\w*)\b/,
    ) ??
    phrase(t, /\b(?:verify|update|configure) dns\b|\bdomain (?:resolves|points to)\b/) ??
    // "DNS wildcard `*.example.org` → load balancer", "`admin.example.org` DNS → admin service", "A record:
    // `example.org` → server IPv4": a name and the target it points to.
    phrase(t, /\bdns\b[^,;]{0,60}?(?:→|->)/) ??
    phrase(t, RECORD_NAMED) ??
    phrase(t, RECORD_FOR) ??
    // "CNAME `www` → `app.example.org`".
    phrase(t, /^(?:cname|aaaa|alias|aname)\b[^,;]{0,60}?(?:→|->)/) ??
    // ("Optional: www subdomain configured" is left to the person: the app may not serve one.)
    (/\boptional\b/.test(t)
      ? undefined
      : phrase(
          t,
          /\bwww (?:sub-?domain|records?|cname|alias)(?: is)? (?:configured|set up|points?|pointing|resolves|added)\b/,
        )) ??
    phrase(
      t,
      /\b(?:custom |production )?(?:sub-?)?domains?(?: names?)?(?: (?:purchased|registered|added)(?: and)?)?(?: and (?:ssl|tls|https|dns))? (?:is |are )?(?:configured|set up|pointing|points|resolves)\b|\bconfigure (?:the |a )?(?:custom |production )?domain\b/,
    ) ??
    partLabel(t, 'dns') ??
    dnsGrammar(t);
  if (!said || MAIL.test(t)) return undefined;
  // The domains another part's settings list ("Allowed domains configured for the OAuth app", "CORS
  // domains", "Callback domain in the identity provider", "Trusted domains in the CMS"): not DNS.
  if (
    /\b(?:allowed|trusted|whitelist\w*|allow-?list\w*|callbacks?|redirect uris?|cookies?|cors|oauth|auth0|okta|sso|saml|cms|authori[sz]ed)\b/.test(
      t,
    )
  )
    return undefined;
  // "DNS records documented": a record of them, not the records served.
  if (/\b(?:documented|written down|noted|listed in|described)\b/.test(t)) return undefined;
  // "DNS provider → Cloudflare", "DNS registrar: Namecheap": an account chosen, not a record served.
  if (/\bdns (?:provider|registrar|host(?:ing)?|account|service|vendor)\b/.test(t)) return undefined;
  // "DNS records configured:" above SPF and DKIM, under "Email Delivery": the mail provider's records.
  // (An address record or an IP the item names is the app's host, whatever the heading also holds; a
  // CNAME there may be the mail provider's.)
  if (
    MAIL.test(`${item.details ?? ''} ${item.context}`) &&
    !/^(?:a|aaaa|alias) records?\b|\baaaa records?\b|\b\d{1,3}(?:\.\d{1,3}){3}\b/.test(t)
  )
    return undefined;
  // ("AAAA record (optional)", "Custom domain for the backend (if needed)", "Subdomain configured if
  // using": a name the app may not serve; "Custom domain (when one is bought)" says it will.)
  if (/\boptional\b/.test(t) || (/\bif\b/.test(t) && /\bsub-?domain|\bcustom domain/.test(said)))
    return undefined;
  // A search engine's settings ("preferred domain" in Search Console) are not the domain's records.
  if (/\bpreferred domain\b|search console|webmaster/.test(`${t} ${item.near}`)) return undefined;
  const ip = /\b(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\b/.exec(t)?.[1];
  // The one host name the item names in code (`admin.example.org`, not a wildcard): that name resolves
  // (in place of the target's host).
  const hosts = item.code
    .map((c) => c.trim().toLowerCase())
    .filter(
      (c) => /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/.test(c) && !/\.(?:md|json|ya?ml|js|ts|txt|env|toml)$/.test(c),
    );
  // ("CNAME `www` → `app.example.org`": the name is the one before the arrow, not its target.)
  const arrow = t.search(/→|->/);
  const named = arrow < 0 ? hosts : hosts.filter((h) => t.indexOf(h) >= 0 && t.indexOf(h) < arrow);
  const host = named.length === 1 ? named[0] : undefined;
  return {
    check: {
      kind: 'dns.resolve',
      ...(host ? { host } : onApp()),
      ...(ip ? { 'expect-addresses': [ip] } : {}),
    },
    rule: 'dns.resolve',
    matched: [said],
    note: ip
      ? undefined
      : host
        ? `${host} must resolve; add 'expect-addresses' to pin the server's IP`
        : "the app target's host must resolve; add 'expect-addresses' to pin the server's IP",
  };
};

/** Responses compressed: asked with gzip and brotli, the page must come back encoded with one of them. */
export const compression: Rule = (item) => {
  if (/\bcache compression\b|\bcompress\w* (?:the )?cache\b/.test(item.text)) return undefined;
  const t = item.text;
  const said =
    phrase(t, /\b(?:gzip|brotli|compression)\b[^,;]*?\b(?:enabled|working|on|configured|active)\b/) ??
    phrase(t, /\b(?:assets|responses|static files)(?: are)?(?: minified and| minified &)? compressed\b/);
  if (!said || /\bimages?\b|\bbackups?\b|\blogs?\b/.test(t)) return undefined;
  // The encodings the item names; none named: either of the two every browser asks for.
  const named = /brotli|\bbr\b|gzip/.test(t);
  const br = /brotli|\bbr\b/.test(t) || !named;
  const gzip = /gzip/.test(t) || !named;
  const encodings = [...(gzip ? ['gzip'] : []), ...(br ? ['br'] : [])];
  return {
    check: {
      kind: 'http.response',
      ...onApp(),
      headers: { 'Accept-Encoding': encodings.join(', ') },
      'expect-headers': { 'Content-Encoding': `^(?:${encodings.join('|')})$` },
    },
    rule: 'http.compression',
    matched: [said],
    note: "the app target's root answers compressed; set 'path' to an asset to check one",
  };
};

/** Meta-style webhook verification, when the item names the variable that holds the verify token. */
export const webhookVerify: Rule = (item) => {
  const t = item.text;
  const said = phrase(
    t,
    /\bwebhooks? (?:verification|verify|handshake) (?:works?|working|succeeds|passes|responds|tested)\b|\bwebhook (?:is )?verified\b/,
  );
  if (!said) return undefined;
  const here = item.code.find((c) => /^[A-Z][A-Z0-9_]*TOKEN[A-Z0-9_]*$/.test(c.trim()))?.trim();
  const elsewhere = item.doc.verifyTokens.length === 1 ? item.doc.verifyTokens[0] : undefined;
  const variable = here ?? elsewhere;
  if (!variable) return undefined;
  return {
    check: { kind: 'webhook.verify', ...onApp(), 'token-env': variable },
    rule: 'webhook.verify',
    matched: [said, variable],
    note: [
      here ? undefined : `the verify token is ${variable}, named elsewhere in the document`,
      "set 'path' to the webhook endpoint",
    ]
      .filter(Boolean)
      .join('; '),
  };
};

/** `robots.txt` in place, an XML sitemap generated: the site serves them at its root. */
export const wellKnownFiles: Rule = (item) => {
  const t = item.text;
  // What a condition after the claim says ("present, and if the content is dynamic, auto updated") does not count.
  const head = t.split(/,? and if\b|,? if the\b/)[0] ?? t;
  // "Google webmaster sitemap", "sitemap submitted in Search Console": the search engine's record, not the site.
  if (/\bsubmit\w*|search console|webmaster|\bupdate\w*|\bbadges?\b|\blinks?\b|\bdisallow/.test(head))
    return undefined;
  const out: Mapping[] = [];
  const robots = phrase(t, /\brobots\.txt\b/);
  if (robots)
    out.push({
      check: { kind: 'http.response', ...onApp('/robots.txt') },
      rule: 'http.robots-txt',
      matched: [robots],
      note: 'the app target serves /robots.txt',
    });
  const sitemap = phrase(t, /\b(?:xml )?sitemap(?:\.xml)?\b/);
  if (sitemap)
    out.push({
      check: { kind: 'http.response', ...onApp('/sitemap.xml') },
      rule: 'http.sitemap',
      matched: [sitemap],
      note: 'the app target serves /sitemap.xml; change path if yours is elsewhere',
    });
  return out.length > 0 ? out : undefined;
};
