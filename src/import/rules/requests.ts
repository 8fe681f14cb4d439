import { onApp, refuse, type Mapping, type Rule } from './types.js';

/**
 * Endpoints written as requests: "`GET /api/v1/features/` → flag list", "`HEAD /healthz` → 200",
 * "API docs not exposed (`/api/docs` returns 404)", "Unauthorized access returns 401/403". The request
 * and the answer the item names become an `http.response` on the app target.
 */

/** "→ 200", "returns 404", "answers with 401/403", "responds with a 200 or 204": the statuses stated. */
const STATUS =
  /(?:→|->|=>|\breturns?|\breturning|\banswers?(?: with)?|\bresponds? with|\bgives?|\byields?|\bgets?)\s*(?:an? |http |status |code )?([2-5]\d\d)((?: ?(?:\/|,|or) ?[2-5]\d\d){0,3})\b/;

/** The statuses an item says its request answers, and the words that said it. */
export function statedStatus(text: string): { codes: number[]; phrase: string } | undefined {
  const m = STATUS.exec(text);
  if (!m?.[1]) return undefined;
  // "`/checkout` never returns 500", "must not return 404": the status named is the one it must not answer.
  if (
    /\b(?:never|not|no longer|doesn't|don't|won't|shouldn't|cannot|can't)\s+$/.test(
      text.slice(Math.max(0, m.index - 12), m.index),
    )
  )
    return undefined;
  const codes = [m[1], ...(m[2]?.match(/\d{3}/g) ?? [])].map(Number);
  return { codes: [...new Set(codes)], phrase: m[0].trim() };
}

/** The `status` parameter for the codes stated: none for a plain 200 (the default accepts any 2xx). */
export function statusParam(codes: number[]): { status?: number | number[] } {
  if (codes.length === 1 && codes[0] === 200) return {};
  return { status: codes.length === 1 ? (codes[0] as number) : codes };
}

/** A request line: a method, then a path or a URL ("GET /api/v1/features/", "POST https://host/x"). */
const REQUEST = /^(get|head)\s+(\/[\w./?=&%-]*|https?:\/\/[^\s]+)$/;
/** The same at the start of the words, outside code: "GET /api/items → 200". */
const TEXT_REQUEST = /^((?:get|head|post) \/[\w./?=&%-]*)(?= ?(?:→|->|=>))/i;
/**
 * Methods that change what the server holds: a gate never sends them on a guess. A POST is one of them
 * (RFC 9110 §9.2.1: it is neither safe nor idempotent), so "`POST /api/track` → 200" stays manual: the gate
 * would send it to production on every run of the pull request.
 */
const MUTATING = /^(?:post|put|patch|delete)\s+\//;
/** A path with a placeholder in it (`/items/{id}`, `/users/:id`, `<id>`): no request can be made as written. */
const PLACEHOLDER = /[{}<>]|\/:[a-z]/;
/** What makes the answer conditional: "(if seeded)", "when enabled". */
const CONDITION =
  /\((?:if|when|unless|only if|once|after)\b|\b(?:if|when|unless) (?:\w+ )?(?:seeded|enabled|configured|logged in)\b/;

const unbracketed = (t: string) => t.replace(/\(([^()]*)\)/g, ' $1 ');

/** The path and query of a URL (the host is the app target), or the path as written. */
function pathPart(where: string): string | undefined {
  if (!/^https?:\/\//.test(where)) return where === '/' ? undefined : where;
  try {
    const u = new URL(where);
    const p = `${u.pathname}${u.search}`;
    return p === '/' ? undefined : p;
  } catch {
    return undefined;
  }
}

const response = (
  path: string | undefined,
  extra: Record<string, unknown>,
  matched: string[],
  note?: string,
): Mapping => ({
  check: { kind: 'http.response', ...onApp(path), ...extra },
  rule: 'http.request-answers',
  matched,
  ...(note ? { note } : {}),
});

/** 429 is the rate limit's answer, 3xx a redirect's: other rules' claims. */
export const OTHER_CLAIM = (codes: number[]) => codes.some((c) => c === 429 || (c >= 300 && c < 400));

/**
 * Files of the repository or the server that must never be served: an environment file, the git folder.
 * Each is the path its request takes.
 */
const SECRET_FILES: Array<[RegExp, string]> = [
  [/\b(?:environment|env|dotenv) files?\b/, '/.env'],
  [
    /(?:^|[\s(,/'"])\.env(?![\w.-]*\.(?:example|sample|template|dist)\b)(?:\.[a-z]+)?(?=$|[\s),;:/'"]|\.(?:\s|$))/,
    '/.env',
  ],
  [/(?:^|[\s(,/'"])\.git\/?(?=$|[\s),;:'"]|\.(?:\s|$))/, '/.git/'],
  [/(?:^|[\s(,/'"])\.svn\/?(?=$|[\s),;:'"])/, '/.svn/'],
];
/** A word that the file is not served: not reachable, blocked, no public access, answering 403 or 404. */
const NOT_SERVED =
  /\bnot (?:be )?(?:publicly |web-?|externally )?(?:reachable|accessible|served|exposed|public|downloadable|available|readable|fetchable|visible)\b|\b(?:blocked|denied|forbidden|unreachable|inaccessible|hidden)\b|\bno (?:public |web |http |external |browser )?access\b|\bnever (?:be )?(?:served|exposed|reachable|accessible|public)\b|\b(?:returns?|answers?|gives?|gets?|yields?) (?:an? |http |status )?40[34]\b/;
/** Where a file would be served from: the web, a browser, the public, a URL. */
const FROM_THE_WEB =
  /\b(?:access|nginx|apache|caddy|iis|web server|browsers?|web|public(?:ly)?|http|https|urls?|online|internet|served|serve|externally|web ?root|docroot|document root|outside|download\w*|40[34])\b/;
/** What makes a sentence about the file not about serving it: git, images, copies, permissions. */
const NOT_SERVING =
  /\bgitignore\b|\bcommit\w*|\brepo(?:sitory)?\b|\bgit history\b|\bdocker\w*|\bimages?\b|\bcop(?:y|ied)\b|\bcreated?\b|\bchmod\b|\bpermissions?\b|\bowner\b|\bvariables?\b|\bbackups?\b|\bbundle\w*|\bclient-side\b|\breadable by\b|\buser\b|\bwww-data\b|\bgroup\b|\bprocess\b/;

/** "`.env` not reachable from the browser", "No public access to .env or .git/": each path must answer 403 or 404. */
function filesNotServed(t: string): Mapping[] | undefined {
  if (!NOT_SERVED.test(t) || !FROM_THE_WEB.test(t) || NOT_SERVING.test(t)) return undefined;
  const paths = [...new Set(SECRET_FILES.filter(([re]) => re.test(t)).map(([, p]) => p))];
  if (paths.length === 0) return undefined;
  const said = NOT_SERVED.exec(t)?.[0] ?? '';
  return paths.map((p) =>
    response(
      p,
      { status: [403, 404] },
      [p.slice(1), said],
      'the file must not be served: a 403 or a 404 passes (a page that answers 200 for every path fails)',
    ),
  );
}

/** The nouns of endpoints a label names: health, readiness, metrics, info, status, version, ping. */
const ENDPOINT_NOUN =
  '(?:health|healthz|readiness|liveness|readyz|livez|ready|live|startup|metrics|info|build info|status|version|ping|actuator|uptime|diagnostics)';
/** One endpoint a label names, with a word that it answers: "metrics exposed", "version/info endpoints". */
const ENDPOINT_PART = new RegExp(
  `^(?:the )?(?:app |application |api |service |server |backend |prometheus |spring )?${ENDPOINT_NOUN}(?:\\/${ENDPOINT_NOUN}){0,2}(?: ?-?checks?| endpoints?| routes?| pages?| paths?| probes?)?(?: (?:is |are )?(?:exposed|available|reachable|responding|up|live|enabled|in place|added|working|ok|answers?|respond(?:s|ing)?))?(?: (?:shows?|returns?|reports?|displays?|lists?)(?: the| its| an?)?(?: [\\w-]+){1,3})?$`,
);
/** The same with the verb first or the path after it: "Expose the status endpoint at `/status`". */
const ENDPOINT_AT = new RegExp(
  `^(?:expose |serve )?(?:the )?(?:app |application |api |service |server |backend |prometheus |spring )?${ENDPOINT_NOUN}(?: ?-?checks?| endpoints?| routes?| pages?| probes?)?(?: (?:is |are )?(?:exposed|served|available|reachable|answering|responding|live|up))? (?:at|on|under|via|with) (\\/[\\w./-]*)$`,
);

/**
 * Endpoints a short label names with their paths in parentheses ("**Metrics** exposed (`/metrics`)",
 * "Readiness and liveness endpoints (/ready, /live)", "Health checks (`/healthz`) and version endpoint
 * (`/version`)"), or with the path after "at" ("Expose the status endpoint at `/status`"): each path answers.
 */
function labelledEndpoints(t: string, code: string[]): Mapping[] | undefined {
  const words = t
    .trim()
    .replace(/[*_]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:]+$/, '');
  const at = ENDPOINT_AT.exec(words);
  if (at?.[1] && code.some((c) => c.trim() === at[1]) && !PLACEHOLDER.test(at[1]))
    return [response(at[1], {}, [at[0].slice(0, at[0].length - at[1].length).trim(), at[1]])];
  const remarks = [...words.matchAll(/\(([^()]{1,200})\)/g)].map((m) => m[1] ?? '');
  if (remarks.length === 0) return undefined;
  const label = words
    .replace(/\([^()]*\)/g, ' ')
    .replace(/:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const parts = label.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4 || !parts.every((p) => ENDPOINT_PART.test(p))) return undefined;
  // The paths in the remarks: in code spans, or written bare.
  const inRemarks = remarks.flatMap((r) =>
    (r.match(/(?:^|[\s,])\/[\w./-]*/g) ?? []).map((p) => p.replace(/^[\s,]+/, '')),
  );
  const paths = [...code.map((c) => c.trim().toLowerCase()), ...inRemarks].filter(
    (c) => /^\/[\w./-]*$/.test(c) && !PLACEHOLDER.test(c) && remarks.some((r) => r.includes(c)),
  );
  if (paths.length === 0) return undefined;
  return [...new Set(paths)].map((p) => response(p, {}, [label, p]));
}

export const requestAnswers: Rule = (item) => {
  const t = item.text;
  // (Behind a login, a firewall or an allow-list, the path answers 401 or nothing: not a 2xx.)
  if (
    !/\b(?:protected|behind|restricted|internal|private|auth\w*|firewall\w*|allow-?list\w*|documented)\b/.test(
      t,
    )
  ) {
    const labelled = labelledEndpoints(t, item.code);
    if (labelled) return labelled;
  }
  const hidden = filesNotServed(unbracketed(t));
  if (hidden) return hidden;
  if (CONDITION.test(t)) return undefined;
  const status = statedStatus(t);
  if (status && OTHER_CLAIM(status.codes)) return undefined;
  // "`GET /api/v1/features/` → flag list", "`POST /api/v1/funnel/track` → 200": a request line in code
  // (or opening the words).
  const inText = TEXT_REQUEST.exec(item.raw.trim())?.[1];
  for (const code of [...item.code, ...(inText ? [inText] : [])]) {
    const c = code.trim().replace(/\s+/g, ' ');
    const lower = c.toLowerCase();
    if (MUTATING.test(lower))
      return refuse(
        `"${c.split(' ')[0]}" changes what the server holds: a gate does not send it to production on a guess`,
      );
    const req = REQUEST.exec(lower);
    if (!req?.[1] || !req[2]) continue;
    const where = c.slice(req[1].length).trim();
    if (PLACEHOLDER.test(where)) return undefined;
    const at = t.indexOf(lower);
    if (at < 0) continue;
    const after = t.slice(at + lower.length);
    const arrow = /^\s*(?:→|->|=>|returns?\b|answers?\b|responds?\b)/.test(after);
    if (!arrow) continue;
    const method = req[1].toUpperCase();
    const path = pathPart(where);
    return response(
      path,
      { ...(method === 'GET' ? {} : { method }), ...(status ? statusParam(status.codes) : {}) },
      [c, ...(status ? [status.phrase] : [after.trim().split(/[,;(]/)[0]?.trim() ?? ''])],
      [
        /^https?:\/\//.test(where) ? "the host is the 'api' target, the path is kept" : undefined,
        status ? undefined : 'the answer named is not a status: any 2xx is taken as that answer',
      ]
        .filter(Boolean)
        .join('; '),
    );
  }
  if (!status) return undefined;
  // "API docs not exposed (`/api/docs` returns 404)", "`/admin` → 401": a path, then the status it answers.
  // (A URL written out in the words counts as one in code: "https://host/missing → 404 page".)
  const urls = (t.match(/\bhttps?:\/\/[^\s`'"<>()]+/g) ?? []).filter(
    (u) =>
      !/^https?:\/\/(?:[\w-]+\.)*(?:github|gitlab|bitbucket)\.com\b|^https?:\/\/(?:localhost|127\.0\.0\.1)\b/.test(
        u,
      ),
  );
  for (const code of [...item.code, ...urls]) {
    const c = code.trim();
    if (!/^\/[\w./-]*$/.test(c) && !/^https?:\/\/\S+$/.test(c)) continue;
    if (PLACEHOLDER.test(c)) return undefined;
    const at = t.indexOf(c.toLowerCase());
    if (at < 0) continue;
    const between = t.slice(at + c.length, t.indexOf(status.phrase, at));
    if (t.indexOf(status.phrase, at) < 0 || between.trim().length > 0) continue;
    return response(
      pathPart(c),
      statusParam(status.codes),
      [c, status.phrase],
      /^https?:\/\//.test(c) ? "the host is the 'api' target, the path is kept" : undefined,
    );
  }
  // "Unauthorized access returns 401/403", "Requests without a token get 401": a request with no
  // credentials is refused.
  const refused =
    /\b(?:unauthori[sz]ed|unauthenticated|anonymous|(?:protected|private|admin) (?:routes?|endpoints?|pages?|apis?)|(?:requests?|calls?|access) without (?:an? )?(?:token|credentials|auth\w*|login|session|api key))\b/.exec(
      t,
    );
  // ("Admin routes return 403 for regular users": a signed-in user's answer, not an anonymous request's.)
  const signedIn =
    /\b(?:for|as) (?:an? )?(?:normal|regular|non-admin|ordinary|standard|logged-in|signed-in|authenticated|other) users?\b/.test(
      t,
    );
  if (refused && !signedIn && status.codes.every((c) => c === 401 || c === 403))
    return response(
      undefined,
      statusParam(status.codes),
      [refused[0], status.phrase],
      "set 'path' to an endpoint that needs authentication",
    );
  return undefined;
};
