import { lengthOf } from './numbers.js';
import { phrase, refuse, type ItemFacts, type Rule } from './types.js';

// `Section__Key` is how .NET reads configuration from the environment (`Jwt__SigningKey`).
const VAR = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{4,}$|^[A-Za-z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+$/;
const SECRET = /SECRET|PASSWORD|TOKEN|_KEY$|KEY_|API_KEY|PRIVATE/;
// (`NODE_OPTIONS=--max-old-space-size=4096`: the value may hold `=` itself.)
const ASSIGN = /^([A-Z][A-Z0-9_]*)=(["']?)([\w.:/=+,@%-]+)\2$/;
/**
 * A .NET configuration key written with colons (`Jwt:PublicKey`, `Logging:LogLevel:Default`): every part
 * in PascalCase, so `chat:write`, `lint:fix` and `node:20` are not keys. The environment spells it
 * `Jwt__PublicKey`.
 */
const DOTNET_KEY = /^[A-Z][a-z][A-Za-z0-9]*(?::[A-Z][A-Za-z0-9]*)+$/;
/** Words in capitals that are not variables. */
const NOT_VARS = new Set([
  'HTTPS',
  'HTTP',
  'CORS',
  'HSTS',
  'JSON',
  'YAML',
  'TODO',
  'FIXME',
  'NOTE',
  'CRITICAL',
  'IMPORTANT',
  'OAUTH',
  'SMTP',
  'GDPR',
  'CCPA',
  'OWASP',
  'WCAG',
  'HTML',
  'AWS',
  'REST',
  'NEVER',
  'NOT',
  'MUST',
  'ONLY',
  'LIVE',
  'BLOCKING',
  'FERPA',
  'DDOS',
  'CSRF',
  'CDN',
  'DNS',
  'SSL',
  'TLS',
  'JWT',
  'API',
  'URL',
  'URI',
  'README',
  'LICENSE',
  'CHANGELOG',
  'SQL',
  'XSS',
  'MFA',
  'RBAC',
  'IAM',
  'ECS',
  'ECR',
  'ACM',
  'GHCR',
  'PYPI',
  'SAST',
  'DAST',
  'WAF',
  'VPS',
  'PR',
  'CI',
  'CD',
  'ELK',
  'SLO',
  'SLA',
  'KPI',
  'RLS',
  'PII',
  'UFW',
  'SSH',
  'CPU',
  'SBOM',
]);

interface Named {
  name: string;
  equals?: string;
  /** The words that named it. */
  phrase: string;
  /** The configuration key as written, when the name is its environment spelling (`Jwt:PublicKey`). */
  key?: string;
}

/** Variables the item names: in code spans (`JWT_SECRET`, `NODE_ENV=production`) or in capitals in the text. */
function variablesOf(item: ItemFacts, raw: string): Named[] {
  const out: Named[] = [];
  const add = (n: Named) => {
    if (!NOT_VARS.has(n.name) && !out.some((o) => o.name === n.name)) out.push(n);
  };
  for (const code of item.code) {
    const c = code.trim();
    const a = ASSIGN.exec(c);
    if (a?.[1] && a[3]) add({ name: a[1], equals: a[3], phrase: c });
    else if (VAR.test(c)) add({ name: c, phrase: c });
    else if (DOTNET_KEY.test(c)) add({ name: c.replaceAll(':', '__'), phrase: c, key: c });
  }
  // A well-known variable with a value (`DEBUG=False`) is one even without an underscore.
  const words = [
    ...raw.matchAll(
      // (`DEBUG="false"`: a value in quotes is the value too.)
      /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b(?:="[\w.:/-]+"|='[\w.:/-]+'|=[\w.:/-]+\b)?|\b(?:DEBUG|PORT|HOST|ENV|ENVIRONMENT)(?:="[\w.:/-]+"|='[\w.:/-]+'|=[\w.:/-]+)/g,
    ),
  ]
    // A name in capitals with an extension after it (`PRODUCTION_SECRETS_SETUP.md`) is a file, not a variable.
    .filter((m) => !/^\.[a-z][a-z0-9]{0,5}\b/.test(raw.slice(m.index + m[0].length)))
    // (A value cut short at `=` or `-` is only a part of the value the code span holds.)
    .filter((m) => !(m[0].includes('=') && /^[=+-]/.test(raw.slice(m.index + m[0].length))))
    // "Run `NODE_ENV=production npm run build`": an assignment inside a command line is the command's.
    .filter((m) => !item.code.some((c) => c.includes(m[0]) && COMMAND_LINE.test(c.trim())))
    .map((m) => m[0]);
  for (const w of words) {
    const a = ASSIGN.exec(w);
    if (a?.[1] && a[3]) add({ name: a[1], equals: a[3], phrase: w });
    else add({ name: w, phrase: w });
  }
  // "`ASPNETCORE_ENVIRONMENT` = Production": the value written beside the variable's name.
  for (const n of out)
    if (n.equals === undefined) {
      const spaced = new RegExp(`\\b${n.key ?? n.name}\\s+=\\s+(?:"([\\w.:/-]+)"|([\\w.:/-]+))`).exec(raw);
      // ("`VITE_API_URL` = production API URL": a bare word that does not end the claim is a description.)
      const bare = spaced?.[2];
      const ends =
        bare === undefined ||
        item.code.includes(bare) ||
        VALUE_ENDS_HERE.test(raw.slice((spaced?.index ?? 0) + (spaced?.[0].length ?? 0)));
      const value = ends ? (spaced?.[1] ?? bare) : undefined;
      if (spaced && value) {
        n.equals = value;
        n.phrase = spaced[0];
      }
    }
  // "`DJANGO_DEBUG` is `False`", "`X` equals "true"", "FLASK_DEBUG should be 0", "`LOG_FORMAT`: `json`",
  // "RAILS_ENV set to production": a verb of being or setting, then the value, then the end of the claim.
  for (const n of out)
    if (n.equals === undefined) {
      const said = valueAfter(n.key ?? n.name, raw, item.code);
      if (said) {
        n.equals = said.value;
        n.phrase = said.phrase;
      }
    }
  // "**NODE_ENV**: Set to `production`": the one variable named, and the value in a code span after "set to".
  const first = out[0];
  if (out.length === 1 && first && first.equals === undefined) {
    // ("Set NODE_ENV to "production"": the name between the verb and "to", the value in quotes.)
    // (Quotes of either kind may pair: the value is a plain word, so a stray quote cannot take more.)
    const to = new RegExp(
      `\\b(?:set|changed?|switch(?:ed)?)(?: ${first.name})? to:? (?:["'“]([\\w.:/-]+)["'”]|([\\w.:/-]+))(?!\\s*or\\b)`,
      'i',
    ).exec(raw);
    const value = to?.[1] ?? (to?.[2] && item.code.includes(to[2]) ? to[2] : undefined);
    // (An example value, `https://api.example.com` or `your-key`, is not the one to hold.)
    if (to && value && !/example|your|localhost|changeme|xxx/i.test(value)) {
      first.equals = value;
      first.phrase = to[0].includes(first.name) ? to[0] : `${first.phrase} ${to[0]}`;
    }
  }
  // A value ending in dots, or in angle brackets, is a placeholder to fill in, not the value (`KEY=sk-...`).
  // So is a word that asks for one: `OPENAI_API_KEY=your_key_here`, `=changeme`, `=xxx` (a line to fill in).
  return out.filter(
    (n) => n.equals === undefined || !(/\.\.\.|^</.test(n.equals) || PLACEHOLDER.test(n.equals)),
  );
}

/**
 * A value written bare (not in a code span or quotes) that is a value and not a word of a sentence: a
 * boolean, a number, an environment's name, a log level or format ("`PAYMENT_MODE` set to live"). "off" and
 * "no" are left to the flag rule, which takes every false spelling.
 */
const BARE_VALUE =
  /^(?:true|false|\d{1,6}|production|prod|live|release|json|text|info|warn|warning|error|strict|lax)$/i;

/** What may follow a value: the end, a remark, a clause, or the release's own place ("in production"). */
const VALUE_END = String.raw`(?=\s*(?:$|[,;(]|[^\w\s(]{1,3}$|\.(?:\s|$)|\s(?:in|on|for) (?:production|prod|live)\b|\s(?:and|&)\s))`;
/** VALUE_END at the start of the rest of the words. */
const VALUE_ENDS_HERE = new RegExp(`^${VALUE_END}`);

/**
 * The value said after a variable's name: "is", "equals", "==", "should / must be", "set / changed to", or
 * a colon, then a value in a code span or quotes, or a bare value ({@link BARE_VALUE}) that ends the claim.
 */
function valueAfter(
  name: string,
  raw: string,
  code: string[],
): { value: string; phrase: string } | undefined {
  const m = new RegExp(
    String.raw`\b${name}\b(?::| (?:is|equals|==|=|→|->|=>|should be|must be|must equal|is set to|set to|changed to|is now)) ?(?:"([\w.:/-]{1,80})"|'([\w.:/-]{1,80})'|“([\w.:/-]{1,80})”|([\w.:/-]{1,80}?))${VALUE_END}`,
  ).exec(raw);
  if (!m) return undefined;
  const bare = m[4];
  const value =
    m[1] ?? m[2] ?? m[3] ?? (bare && (code.includes(bare) || BARE_VALUE.test(bare)) ? bare : undefined);
  // (An example value, `https://api.example.com` or `your-key`, is not the one to hold; nor is a name.)
  if (!value || /example|your|localhost|changeme|xxx/i.test(value) || VAR.test(value)) return undefined;
  return { value, phrase: m[0] };
}

/** Words that say a variable is not there: "not set", "does not exist", "has no", "missing", "unset". */
const ABSENT =
  /\b(?:not|isn't|aren't|never|no longer|doesn't|don't|does not|do not)\s+(?:be\s+)?(?:set|present|defined|configured|provided|populated|exported|added|exists?|available|in place|there)\b|\b(?:has|have|with|contains?) no\b|\bmissing\b|\babsent\b|\bunset\b/;

/** What a variable's words may name besides its value: its expiry, its limits, its owner. */
const PROPERTY =
  'expiry|expiration|expires|ttl|lifetime|timeout|rotation|schedule|scopes?|permissions|owner|usage|limits?|quotas?|prefix|format|length limit|billing|alerts?';

/** A code span that is a command line: words after an assignment (`NODE_ENV=production npm run build`). */
const COMMAND_LINE = /^(?:export\s+)?[A-Za-z_][\w]*=\S*\s+\S/;

/** A value that stands for one to fill in: `your_key_here`, `your-api-key`, `changeme`, `xxx`, `<token>`. */
const PLACEHOLDER =
  /^your[_-]|[_-]here$|^(?:changeme|change[_-]me|replace[_-]?me|xxx+|placeholder|example|todo|tbd)$/i;

/** A heading for a platform's own secret store: "Supabase Secrets", "Edge function secrets", "Fly secrets". */
export function storeHeading(near: string): boolean {
  return /\b(?:supabase|edge functions?|functions?|fly(?:\.io)?|vercel|netlify|cloudflare|workers?|heroku|railway|render|doppler|github|repository|actions|ci|pipeline) secrets\b/.test(
    near,
  );
}

/** "never `*`": the value's rule (not `*`), not a variable never to set. */
const NEVER_STAR = /\bnever `?\*`?/;
/** The noun of a secret or an address, with up to three words before it: "stripe secret key", "database url". */
const SECRET_NOUN =
  /\b((?:[a-z0-9]+[ -]){1,3}?)(secret key base|secret key|signing key|encryption key|api key|access key|secret|key|token|password|passphrase|salt|dsn|connection string|url)(s?)\b/g;

/** Words before a secret's noun that do not name it: "the", "a new", "strong", "production". */
const NOT_A_NAME =
  /^(?:the|a|an|our|your|its|new|strong|secure|random|long|unique|default|production|prod|live|real|app's|each|every|all)$/;

/** Abbreviations in variables' names, in the words a checklist writes. */
const SPELLED: Record<string, string> = {
  db: 'database',
  pass: 'password',
  pwd: 'password',
  conn: 'connection',
};

/** Prefixes a framework puts before variables it exposes to a client (`NEXT_PUBLIC_`, `VITE_`). */
const CLIENT_PREFIX = /^(?:next_public|vite|react_app|nuxt_public|expo_public|public)_/;

const wordsOfName = (v: string) =>
  v
    .toLowerCase()
    .replace(CLIENT_PREFIX, '')
    .split(/_+/)
    .map((w) => SPELLED[w] ?? w)
    .join(' ');

/** A predicate a secret's noun takes: a length, strength, or a word that it is set. */
const NOUN_STATE =
  /\b(?:strong|generated|secure|random|set|configured|defined|provided|present|in place|populated)\b/;

/** A person's or an account's password ("Admin password changed"): kept by the app, not in its environment. */
const ACCOUNT =
  /^(?:admin|administrator|user|users|root|account|superuser|owner|staff|customer|member|login)$/;

/**
 * The variable a secret's or address's noun names ("Session secret is strong" → `SESSION_SECRET`, "Stripe
 * secret key configured" → `STRIPE_SECRET_KEY`): the one variable named elsewhere in the document whose
 * words are the noun's, else a framework's own name for it (Django's and Flask's `SECRET_KEY`, Laravel's
 * `APP_KEY`, Rails' `SECRET_KEY_BASE`). A noun that names no variable, or several, is no subject.
 */
function nounSubject(item: ItemFacts, t: string): { name: string; phrase: string; note: string } | undefined {
  if (!(lengthOf(t) || sizedSecret(t, 'SECRET') || NOUN_STATE.test(t))) return undefined;
  const own = new Map<string, string>();
  for (const v of item.doc.variables ?? []) if (VAR.test(v)) own.set(wordsOfName(v), v);
  for (const m of t.matchAll(SECRET_NOUN)) {
    const head = m[2] ?? '';
    const before = (m[1] ?? '').trim().split(/[ -]/);
    // ("Secure secret keys": several secrets, not one variable; "admin password": an account's.)
    if (m[3] || before.some((w) => ACCOUNT.test(w))) continue;
    // (An address is a variable only when said to be set: "Frontend URL/domain generated" is the site's.)
    if (
      /^(?:url|dsn|connection string)$/.test(head) &&
      (!/\b(?:set|configured|defined|provided|populated)\b/.test(t) ||
        t.slice((m.index ?? 0) + m[0].length).startsWith('/'))
    )
      continue;
    // (The words nearest the noun name it: "the new session secret" is "session secret"; a noun of two
    // words, "secret key", may name it alone.)
    for (let i = 0; i <= before.length; i++) {
      const words = before.slice(i);
      if (words.some((w) => NOT_A_NAME.test(w)) || (words.length === 0 && !head.includes(' '))) continue;
      const name = own.get([...words.map((w) => SPELLED[w] ?? w), head].join(' '));
      if (name)
        return {
          name,
          phrase: m[0].trim(),
          note: `the variable is ${name}, named elsewhere in the document`,
        };
    }
    const said = [...before.filter((w) => !NOT_A_NAME.test(w)), head].join(' ');
    const framework =
      (/^(?:(?:django|flask) )?secret key$/.test(said) && item.doc.stack === 'python'
        ? 'SECRET_KEY'
        : undefined) ??
      (/^(?:laravel )?app(?:lication)? key$/.test(said) && item.doc.tools?.includes('laravel')
        ? 'APP_KEY'
        : undefined) ??
      (/^(?:rails )?secret key base$/.test(said) && item.doc.tools?.includes('ruby')
        ? 'SECRET_KEY_BASE'
        : undefined);
    if (framework)
      return {
        name: framework,
        phrase: m[0].trim(),
        note: `the variable is ${framework}, the framework's own name for it`,
      };
  }
  return undefined;
}

/**
 * A variable's name as the words write it: a .NET key with colons (`Stripe:WebhookSecret`) in its
 * environment spelling, a `Section__Key` as written, else in capitals (`jwt_refresh_secret`).
 */
function nameOf(word: string | undefined): string | undefined {
  const w = word?.replace(/:+$/, '');
  if (!w) return undefined;
  if (DOTNET_KEY.test(w)) return w.replaceAll(':', '__');
  return w.includes('__') ? w : w.toUpperCase();
}

/** "`A` is not the same as `B`": a distinct pair, not a value that must match another. */
const NOT_THE_SAME = /\bnot the same as\b/g;

/**
 * "A 64-char `ENCRYPTION_KEY`", "a 32-byte random value": a size written as a modifier, read as the least a
 * secret holds (a plain count, "32 characters", may describe a format and is left to `lengthOf`).
 */
function sizedSecret(t: string, name: string): { bytes: number; exact: boolean; phrase: string } | undefined {
  // ("50+ random characters", "64 random bytes": a count of random characters is the secret's size.)
  const m =
    /\b(\d{2,4})-(?:char(?:acter)?s?|bytes?)\b/.exec(t) ??
    /\b(\d{2,4})\+? (?:random|hex|base64|secure|alphanumeric|url-safe)(?: random)? (?:char(?:acter)?s|bytes)\b/.exec(
      t,
    );
  if (!m?.[1] || !(SECRET.test(name.toUpperCase()) || /\b(?:secret|key|token|random|password)\b/.test(t)))
    return undefined;
  const bytes = Number(m[1]);
  return bytes >= 8 && bytes <= 4096 ? { bytes, exact: false, phrase: m[0] } : undefined;
}

/** A remark before the item's words: "(Optional)", "(Required)". */
const LEAD_REMARK = /^\((?:optional|required|recommended)\)\s*/i;

const policy = (variables: Record<string, Record<string, unknown>>) => ({ kind: 'env.policy', variables });

/**
 * Environment items: a variable set, equal to a value, of a length, not a placeholder, different from
 * another, not `*`. Items about what a value should mean ("matches backend", "from the console") stay manual.
 */
export const environment: Rule = (item) => {
  const named = variablesOf(item, item.raw).length > 0;
  const elsewhere = named || item.block ? notTheGatesEnvironment(item) : undefined;
  if (elsewhere && (named || blockVariables(item).length > 0)) return refuse(elsewhere);
  return (
    environmentOf(item, item.raw) ?? (named ? undefined : (listedInBlock(item) ?? listedInDetails(item)))
  );
};

/** "Set these environment variables:", "Move sensitive data to environment variables:", "Add to `.env`:". */
const TO_THE_ENVIRONMENT =
  /^(?:set|move|put|add|configure|define|provide|export)\b[^.;]{0,60}?\b(?:env(?:ironment)? (?:variables?|vars?)|\.env\b|the environment\b)|\benv(?:ironment)? (?:variables?|vars?) (?:set|configured|defined|provided|in place)\s*:?$/;

/** `KEY=value` lines of a block (`export KEY=…` too), in the shapes `VAR` reads: `JWT__Secret`, `DATABASE_URL`. */
function blockVariables(item: ItemFacts): string[] {
  const out: string[] = [];
  for (const line of (item.block ?? '').split('\n').slice(0, 40)) {
    const m = /^\s*(?:export\s+)?([A-Za-z][A-Za-z0-9_]*)=/.exec(line);
    if (m?.[1] && VAR.test(m[1]) && !NOT_VARS.has(m[1]) && !out.includes(m[1])) out.push(m[1]);
  }
  return out.slice(0, 20);
}

/**
 * "Move sensitive data to environment variables:" over a block of `KEY="…"` lines: each variable the
 * block assigns is set (its value in the block is an example; the policy asks only that it be there).
 */
function listedInBlock(item: ItemFacts) {
  const said = phrase(item.text, TO_THE_ENVIRONMENT);
  const names = said ? blockVariables(item) : [];
  if (!said || names.length === 0 || conditional(item)) return undefined;
  return {
    check: policy(
      Object.fromEntries(
        names.map((n) => [n, SECRET.test(n.toUpperCase()) ? { 'not-placeholder': true } : {}]),
      ),
    ),
    rule: 'env.set',
    matched: [said, ...names],
    note: 'the variables the block below the item assigns; their values there are examples',
  };
}

/**
 * "Production environment variables set:" over plain sub-bullets that each name a variable (`DATABASE_URL`,
 * "`SESSION_SECRET` (32+ characters)", "`REDIS_URL` – cache"): each variable is set, with the strength its
 * line gives. A list that holds anything else (a value, a step) is not read.
 */
function listedInDetails(item: ItemFacts) {
  const said = item.details ? phrase(item.text, TO_THE_ENVIRONMENT) : undefined;
  if (!said || !item.details || conditional(item) || notTheGatesEnvironment(item)) return undefined;
  const variables: Record<string, Record<string, unknown>> = {};
  const entries = item.details.split('; ').slice(0, 30);
  for (const entry of entries) {
    const m = /^([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?:\s*(?:[-–—:(]|\bfor\b)(.*))?$/.exec(entry.trim());
    if (!m?.[1] || /[=]/.test(m[2] ?? '') || NOT_VARS.has(m[1].toUpperCase())) return undefined;
    const name = m[1].toUpperCase();
    const length = lengthOf(m[2] ?? '');
    variables[name] = {
      ...(SECRET.test(name) ? { 'not-placeholder': true } : {}),
      ...(length ? { [length.exact ? 'exact-bytes' : 'min-bytes']: length.bytes } : {}),
    };
  }
  const names = Object.keys(variables);
  if (names.length === 0) return undefined;
  return {
    check: policy(variables),
    rule: 'env.set',
    matched: [said, ...names.map((n) => n.toLowerCase())],
    note: 'the variables the lines below the item name',
  };
}

/** Outline words of a CI system or deploy pipeline, whose secrets are that system's, not the app's. */
const CI_SYSTEM =
  /\bgithub(?: actions)?\b|\bactions\b|\bci\b|\bci\/cd\b|\bworkflows?\b|\bpipelines?\b|\bgitlab\b|\bcircleci\b|\bjenkins\b|\bbuildkite\b|\bsecret (?:store|manager)\b|\bsecrets manager\b|\bvault\b/;

/** Hosting platforms and clouds: a variable said to be set there lives in that platform's settings. */
const PLATFORM =
  /\b(?:in|on|via|into|to|by) (?:the |your |a )?(?:hosting\b|host(?:ing)? (?:platform|provider)\b|(?:railway|render|heroku|fly(?:\.io)?|vercel|netlify|cloudflare|aws|gcp|azure|digitalocean|supabase|github|gitlab|doppler)\b)/;

/** A hosting platform's own variables: "Configure Vercel environment variables (A, B)", "Netlify env vars". */
const PLATFORM_VARIABLES =
  /\b(?:railway|render|heroku|fly(?:\.io)?|vercel|netlify|cloudflare|digitalocean|supabase|amplify|cloud run|app engine|elastic beanstalk)(?: project| app| service| dashboard)? (?:env(?:ironment)? (?:variables?|vars?)|secrets|settings|config vars)\b/;

/**
 * Words that put the variable somewhere the gate's environment is not, or make it another's work: each
 * with why it stays manual.
 */
const ELSEWHERE: Array<[RegExp, string]> = [
  [
    /\bstaging\b|\b(?:preview|qa|uat|test|dev(?:elopment)?) (?:env(?:ironment)?s?|servers?|box(?:es)?|stacks?|deploys?)\b/,
    'another environment than the one the release gate checks',
  ],
  [
    /\b(?:in|on|to|into|via|for) (?:the |our )?(?:ci|ci\/cd|github actions|gitlab(?: ci)?|circleci|jenkins|buildkite|travis|build pipeline|pipeline|workflows?)\b|\bci (?:secrets?|variables?|vars?|env)\b|\b(?:actions|repository|repo|org(?:anization)?) secrets?\b/,
    "a variable of the CI system's own settings, not of the app's environment",
  ],
  [
    /\bpassword manager\b|\b1password\b|\bbitwarden\b|\blastpass\b|\bkeychain\b|\b(?:kubernetes|k8s|sealed) secrets?\b|\bconfig ?maps?\b|\bparameter store\b|\bssm\b|\bhelm (?:values|charts?)\b|\bterraform (?:vars|variables|state)\b/,
    'kept in a store the gate cannot read',
  ],
  [
    /\bon (?:the |each |every )?(?:database|db|cache|redis|mail|smtp|build|jump|bastion|worker) (?:servers?|hosts?|box(?:es)?|nodes?|vms?)\b|\bin (?:the |its |their )?(?:[\w-]+ ){0,3}(?:repository|repo)\b|\b(?:mobile|ios|android|desktop)(?: app| client)?'s\b|\bthe (?:mobile|ios|android|desktop) (?:app|client)\b/,
    "another component's variable, not the environment of the app the gate checks",
  ],
  [
    /^(?:ask|request|remind|tell|email|ping) (?:the |a |an |our )?(?:[\w-]+ ){1,3}?to\b|\b(?:to be|will be|must be|should be|is to be) (?:set|configured|added|provided|defined|created|generated)(?: later| by\b)|\b(?:to be|will be|is to be) (?:set|configured|added|provided|defined|created|generated)\b|\bby (?:the )?(?:ops|devops|platform|infra\w*|hosting|sre|security|it|client|customer|vendor)(?: team| people)?\b/,
    'a step for someone to do, not a state of the release',
  ],
  [
    /\b(?:in|into|via|through) (?:the |our |a )?(?:dockerfile|docker-compose[\w.-]*|compose file|containerfile|kubernetes manifests?|k8s manifests?|deployment manifests?|systemd unit|procfile|appsettings[\w.]*?\.json|appsettings|web\.config|settings\.py|application(?:-\w+)?\.(?:ya?ml|properties)|config file)\b/,
    'set in a file the deployment reads, not in the environment the gate runs with',
  ],
  [
    /^how to\b|\b(?:explained|described|documented|written down|covered|outlined) (?:in|on)\b/,
    'says where the variable is explained, not that it is set',
  ],
  [
    /\b(?:once|until|after|before) (?:the |a |an |we |it |our |all |every )(?!(?:first |initial |production )?(?:release|launch|deploy\w*|go-live|cutover)\b)/,
    'under a condition of time the gate cannot tell holds',
  ],
  [
    /\b(?:in|from|on|via) (?:the |your |our )?(?:[\w-]+ ){0,3}(?:console|dashboard|portal|web ui|admin panel|settings page|control panel)\b/,
    "a value kept in or taken from a service's own console, which the gate cannot read",
  ],
];

/**
 * Why a variable the item names is not one the gate should read from its own environment: a secret of
 * the CI system or a secret store (a parent "Secrets configured:" under a GitHub Actions heading), a
 * value set in a local `.env` or on a developer's machine, or one set in a hosting platform's settings.
 */
function notTheGatesEnvironment(item: ItemFacts): string | undefined {
  if ((/\bsecrets?\b/.test(item.near) && CI_SYSTEM.test(item.context)) || storeHeading(item.near))
    return 'a secret of the CI system or secret store the outline names, not a variable of the app';
  if (
    /\blocal(?:ly)?\b|\bon (?:your|my|the developer's|a developer's) (?:machine|laptop|computer)\b/.test(
      item.text,
    )
  )
    return 'set on a local machine: the gate does not run with that environment';
  const platform = phrase(item.text, PLATFORM) ?? phrase(item.text, PLATFORM_VARIABLES);
  if (platform) return `said to be set "${platform}": the gate cannot read a hosting platform's settings`;
  const elsewhere = ELSEWHERE.find(([re]) => re.test(item.text));
  if (elsewhere) return `"${phrase(item.text, elsewhere[0])}": ${elsewhere[1]}`;
  // "Set `SENTRY_DSN` or `OTEL_ENDPOINT`": either one will do, and the policy would demand both.
  if (/\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+ or [a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/.test(item.text))
    return 'either of two variables will do: name the one in use to automate it';
  return undefined;
}

/**
 * A condition's words: "if", "when", "unless", "only if", "in case", then what it depends on ("if using
 * Redis", "when `BOT_TOKEN` is set", "(if enabled)"). Conditions that say nothing of what they depend on
 * ("if applicable", "if needed", a bare "(if using)") do not count: the item still claims the variable;
 * nor does "if" for "whether" ("Verify if `X` is set").
 */
const CONDITION =
  /(?<!\b(?:check|checked|verify|verified|confirm|confirmed|see|test|tested|determine|ask) )\b(?:only |just )?(?:if|when|whenever|unless|in case(?: of)?) (?!(?:applicable|needed|necessary|required|any|possible|appropriate)\b)(?!using ?(?:\)|$))[^\s,;)][^,;)]{0,40}/;
/**
 * A condition that is a time of the release rather than a service ("when deploying", "if running in
 * production"): the gate runs at that time, so the variable is claimed.
 */
const RELEASE_TIME =
  /\b(?:when|if|once) (?:(?:running|deployed|deploying|we are|we're|you are|you're) )?(?:in |to |on )?(?:production|prod|live)\b|\bwhen (?:deploy\w*|releas\w*|going live|launch\w*|ready)\b/g;
/** A heading or parent that makes its section optional: "Optional: Redis", "Search (optional)", "Optional services". */
const OPTIONAL_SECTION = /\boptional\b/;

/**
 * Why a variable the item names is needed only under a condition the gate cannot tell holds: the section
 * is conditional ("Analytics (if using PostHog)", "Optional: Redis"), a remark after the variable says so
 * ("`MEDIA_KEY` set (if media service used)"), or the variable is named inside the condition of another
 * claim ("Bot starts with the API when `BOT_TOKEN` is set"). A variable named without a condition stays a
 * claim (a bare "(optional)" remark on the item too: the labels of real checklists count it as one).
 */
function conditional(item: ItemFacts): string | undefined {
  const heading = item.context
    .replace(RELEASE_TIME, ' ')
    // ("Required and optional variables": a list of both kinds, each item says which it is.)
    .replace(
      /\b(?:required|mandatory) ?(?:and|&|\/|or) ?optional\b|\boptional ?(?:and|&|\/|or) ?(?:required|mandatory)\b/g,
      ' ',
    );
  const section = phrase(heading, CONDITION) ?? phrase(heading, OPTIONAL_SECTION);
  if (section) return `the section is conditional ("${section}"): the gate cannot tell whether it applies`;
  const own = phrase(item.raw.toLowerCase().replace(RELEASE_TIME, ' '), CONDITION);
  if (own) return `the words hold a condition ("${own}"): the gate cannot tell whether it applies`;
  return undefined;
}

function environmentOf(item: ItemFacts, raw: string) {
  const t = item.text;
  let names = variablesOf(item, raw);
  let guessedName: string | undefined;
  if (names.length === 0) {
    // "JWT secret", and "**JWT**: generate a new strong secret" (the label names whose secret it is).
    const jwt =
      phrase(t, /\bjwt (?:signing )?(?:secrets?|keys?)\b/) ??
      phrase(
        t,
        /^jwt: (?:(?:generate|generated|use|set|a|new|strong|secure|random|signing)\s){1,5}(?:secrets?|keys?)\b/,
      );
    // ("Change default JWT secret": a secret that is not the default one.)
    if (
      jwt &&
      (lengthOf(t) ||
        /\bstrong|generated|secure|random|set|configured\b|\bchanged?\b|\breplaced?\b|\bdefault\b/.test(t))
    ) {
      // The document's own JWT variable when it names exactly one (`Jwt__SigningKey`), else JWT_SECRET.
      const elsewhere = notTheGatesEnvironment(item);
      if (elsewhere) return refuse(elsewhere);
      const own = item.doc.jwtVariables.length === 1 ? item.doc.jwtVariables[0] : undefined;
      names = [{ name: own ?? 'JWT_SECRET', phrase: jwt }];
      guessedName = own
        ? `the variable is ${own}, named elsewhere in the document`
        : 'the variable is JWT_SECRET';
    } else if (!jwt) {
      // "Session secret is at least 32 characters", "Stripe secret key configured": a secret or an address by
      // its noun, the one variable of the document (or of the stack's framework) that the noun names.
      const noun = nounSubject(item, t);
      if (noun) {
        const elsewhere = notTheGatesEnvironment(item);
        if (elsewhere) return refuse(elsewhere);
        names = [{ name: noun.name, phrase: noun.phrase }];
        guessedName = noun.note;
      }
    }
  }
  if (names.length === 0) return undefined;
  const condition = conditional(item);
  if (condition) return refuse(condition);
  // "`LEGACY_MODE` is not set", "The environment has no `DEV_BYPASS`": the variable is to be absent.
  const absent = phrase(t, ABSENT);
  if (absent) return refuse(`"${absent}": the variable is to be absent, which the policy does not check`);
  // A bound the policy cannot hold ("`JWT_EXPIRE` set to `24h` or shorter"), unless it is a length.
  if (
    /\bor (?:shorter|longer|less|more|fewer|lower|higher|below|above)\b|\b(?:at most|no more than|no longer than)\b/.test(
      t,
    ) &&
    !lengthOf(t)
  )
    return undefined;
  // Variables to remove ("`API_KEY_OLD` - No longer used" under "Remove deprecated variables") are not to be set.
  if (
    /\bno longer (?:used|needed|required)\b|\bdeprecated\b|\bunused\b|\bobsolete\b/.test(t) ||
    /^(?:remove|delete|unset|drop|clean ?up)\b|\bdeprecated\b|\bcleanup\b/.test(item.near)
  )
    return undefined;
  // ("never `*`" is the value's rule, read below.)
  if (
    /\bnever\b|\bnot be\b|\bmust not\b|\bmatches\b|\bsame as\b|\brotat\w+|\bexpiration\b|\bfrom (?:the )?(?:console|dashboard)|\bin (?:the )?(?:console|dashboard|aws|vercel|netlify|cloudflare|github secrets)\b|\badded in\b|\bregistered\b/.test(
      t.replace(NEVER_STAR, ' ').replace(NOT_THE_SAME, ' '),
    )
  )
    return undefined;
  // A secret kept by CI or a secret store ("`NETLIFY_AUTH_TOKEN` secret added" under GitHub Actions, a
  // secret set in Secret Manager) is not an environment variable of the app the check can read.
  if (
    /\bsecrets? (?:added|created|stored|uploaded)\b|\bsecret manager\b|\bsecrets manager\b|\bkey ?vault\b|\bvault\b/.test(
      t,
    ) ||
    (/\bsecrets?\b/.test(t) && /\bgithub|actions\b|\bci\b|workflows?/.test(item.near)) ||
    // A platform's own secret store ("Supabase Secrets", "Edge function secrets") or the command that
    // fills it (`fly secrets set`, `heroku config:set`, `vercel env add`).
    storeHeading(item.near) ||
    names.some((n) => item.doc.storeSecrets.includes(n.name)) ||
    /\bsecrets set\b|\b(?:gh|fly|flyctl|wrangler|doppler|railway)\b[^,;]{0,20}\bsecret set\b|\bconfig:set\b|\benv add\b|\bsecret (?:create|put)\b/.test(
      t,
    )
  )
    return undefined;
  const envContext =
    /\benv(?:ironment)?(?: variables?| vars?| file| config\w*)?\b|\.env\b|secrets?|config/.test(item.context);
  // "`JWT_SECRET` expiry set to 15 minutes", "`OPENAI_API_KEY` has usage limits configured": the claim is of
  // a property of what the variable is for, not of the variable.
  const lowered = names.map((n) => (n.key ?? n.name).toLowerCase());
  const property = lowered
    .map((v) =>
      phrase(
        t,
        new RegExp(
          String.raw`\b${v}(?:'s)? (?:${PROPERTY})\b|\b${v}\b (?:has|with) (?:its |a |an )?(?:[\w-]+ )?(?:${PROPERTY})\b`,
        ),
      ),
    )
    .find(Boolean);
  if (property)
    return refuse(`"${property}": a property of what the variable is for, not the variable's value`);
  // "`ACCESS_TOKEN_TTL` set to 15 minutes": a value with a unit, whose spelling in the variable is not known.
  const unit = phrase(
    t,
    /\b(?:set to|is|equals|=|of) (?:\d+(?:\.\d+)?) ?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|mb|gb|kb|requests?|req|connections?|users?|workers?|per)\b|\b(?:set to|is|equals|=|of) \d+(?:\.\d+)? ?%/,
  );
  if (unit && names.every((n) => n.equals === undefined))
    return refuse(`"${unit}": a value with a unit, which the variable may spell in more than one way`);

  const off = turnedOff(item, names);
  if (off) return off;
  // Assignments: NODE_ENV=production, SKIP_EMAIL_VERIFICATION=false.
  const assigned = names.filter((n) => n.equals !== undefined);
  if (assigned.length > 0) {
    return {
      check: policy(Object.fromEntries(assigned.map((n) => [n.name, { equals: n.equals as string }]))),
      rule: 'env.equals',
      matched: assigned.map((n) => n.phrase),
      note: keyNote(assigned),
    };
  }
  const first = names[0] as Named;
  const rule: Record<string, unknown> = {};
  const matched = [first.phrase];
  const length = lengthOf(t) ?? sizedSecret(t, first.name);
  if (length) {
    rule[length.exact ? 'exact-bytes' : 'min-bytes'] = length.bytes;
    matched.push(length.phrase);
  }
  // ("`JWT_SECRET` != `INVITE_SECRET`": the two must differ, written as code would.)
  const other =
    /different from `?([\w:]+)|distinct from `?([\w:]+)|not the same as `?([\w:]+)|separate(?:ly)? from `?([\w:]+)|(?:!==?|≠|<>|differs? from|not equal to) ?`?([\w:]+)/.exec(
      raw,
    );
  // ("`ADMIN_TOKEN` and `SERVICE_TOKEN` are different values": the pair, then the word that they differ.)
  const pair = new RegExp(
    String.raw`\b${first.key ?? first.name},? (?:and|&) ([A-Za-z][A-Za-z0-9_:]*) (?:(?:are|must be|should be|have|hold|use|set to|set with|take|get) )?(?:(?:two |separate )?(?:different|distinct|unique)\b|differ\b|not the same\b)`,
  ).exec(raw);
  const otherName = nameOf(other?.[1] ?? other?.[2] ?? other?.[3] ?? other?.[4] ?? other?.[5] ?? pair?.[1]);
  // (The other is a variable: one the item names, or a name with an underscore; "different from
  // production" names none.)
  if (
    otherName &&
    VAR.test(otherName) &&
    otherName !== first.name &&
    (names.some((n) => n.name === otherName) || otherName.includes('_'))
  ) {
    rule['distinct-from'] = [otherName];
    matched.push(other?.[0] ?? pair?.[0] ?? otherName);
  }
  const strong = phrase(
    t,
    /\bfrom (?:the )?default\b|\bsecure\b|\bstrong\b|\bgenerated\b|\brandom\b|\breal\b|\bnot (?:a )?placeholder\b|\bchanged?\b|\breplaced?\b[^,;]{0,20}\bdefault\b|\bdefault\b[^,;]{0,30}\breplaced\b/,
  );
  if (strong && (SECRET.test(first.name) || /default|placeholder|real|change/.test(strong))) {
    rule['not-placeholder'] = true;
    matched.push(strong);
  }
  const notStar = phrase(t, /\bnot `?\*`?|\bno `?\*`?|\bno wildcard\b/) ?? phrase(t, NEVER_STAR);
  if (notStar) {
    rule.matches = '^[^*]+$';
    matched.push(notStar);
  }
  const lengthNote = length ? 'characters are counted as bytes' : undefined;
  if (Object.keys(rule).length > 0) {
    // ("`JWT_SECRET`, `COOKIE_SECRET` (both 32+ chars)": the strength said of each variable named.)
    const shared = Object.fromEntries(Object.entries(rule).filter(([k]) => k !== 'distinct-from'));
    const each = names.length > 1 && /\b(?:both|each|all|every)\b/.test(t) ? names.slice(1) : [];
    return {
      check: policy({ [first.name]: rule, ...Object.fromEntries(each.map((n) => [n.name, { ...shared }])) }),
      rule: 'env.value',
      matched,
      note: [guessedName, lengthNote, keyNote([first])].filter(Boolean).join('; ') || undefined,
    };
  }
  if (
    (/\bhttps\b/.test(t) ||
      /(?:updated|set) to (?:the |your )?production (?:\w+ )?(?:url|domain)|\bupdated(?: \(if using\))?$|production (?:api |site |app |frontend |backend |public )?url|\bupdated with (?:the )?(?:[\w-]+ ){0,2}(?:url|domain|origin)s?$|\bpoint(?:s|ing)? (?:to|at) (?:the )?(?:production|prod|live) (?:api|backend|server|site|domain|host|url)\b/.test(
        t,
      )) &&
    /(?:URL|URI|ORIGIN|ENDPOINT)$/.test(first.name)
  ) {
    return {
      check: policy(Object.fromEntries(names.map((n) => [n.name, { matches: '^https://' }]))),
      rule: 'env.production-url',
      matched: [
        ...names.map((n) => n.phrase),
        phrase(t, /points? (?:to|at) (?:the )?\w+ \w+|production (?:\w+ )?url|\bhttps\b(?::\/\/)?|updated/) ??
          'updated',
      ],
      note: "a production URL is taken to be an https:// URL; use 'url-host' to name the host",
    };
  }
  const set =
    phrase(
      t,
      /\b(?:set|configured|generated|defined|provided|secured|present|added|populated|filled in|exported)\b/,
    ) ??
    // ("exists", "in place", "has a value", "not empty": said of a name in the shape of a variable, or under
    // an environment heading; `NOTICE` in place is a file.)
    (/_/.test(first.name) || envContext
      ? phrase(
          t,
          /\b(?:exists?|in place|available)\b|\bhas a (?:non-empty |real )?value\b|\b(?:is |are )?(?:not empty|non-empty)\b/,
        )
      : undefined) ??
    // "The production environment contains `X`": the environment the subject, the variable its object.
    phrase(t, /\benvironment\b[^,;]{0,30}?\b(?:contains|includes|holds|defines|has)\b/) ??
    // "`DATABASE_URL` points to the production database": an address variable set, to a value the words
    // describe (one pointing to the production site or API is an https:// URL, read above). What another
    // variable points to is its value's meaning ("`TENANT_REGION` points to the production cluster").
    (/(?:URL|URI|DSN|HOST|ENDPOINT|CONNECTION_STRING|CONN)$/.test(first.name) ||
    /^ConnectionStrings__/.test(first.name)
      ? phrase(
          t,
          /\bpoint(?:s|ing)? (?:to|at) (?:the )?(?:production|prod|live)\b|(?:→|->|=>) ?(?:the )?(?:production|prod|live)\b/,
        )
      : undefined) ??
    // ("Generate `X`" only for a secret: a generated spec or report is not a variable.)
    (/^(?:set|configure|add|define|provide)\b/.test(t) || (/^generate\b/.test(t) && SECRET.test(first.name))
      ? phrase(t, /^\w+/)
      : undefined) ??
    // "Copy Client ID to `SLACK_CLIENT_ID`", "Save `ACCESS_TOKEN` and `REFRESH_TOKEN` from the response":
    // a value put into the variable, which then holds it.
    copiedInto(t, first.name) ??
    // "`SECRET_KEY` - Flask secret key": a variable listed under an environment heading must be set.
    (envContext &&
    // ("(Optional) `A` and `B` for …": a remark first, and names joined by "and".)
    raw.trim().replace(LEAD_REMARK, '').startsWith(first.phrase) &&
    /^[`'"]?[A-Z0-9_]+[`'"]?(?:\s+and\s+[`'"]?[A-Z0-9_]+[`'"]?)*\s*(?:[-–—:(]|for\b|$)/.test(
      raw.trim().replace(LEAD_REMARK, ''),
    )
      ? 'listed under an environment heading'
      : undefined);
  if (!set) return undefined;
  const all = names.filter((n) => n.equals === undefined);
  return {
    check: policy(
      Object.fromEntries(all.map((n) => [n.name, SECRET.test(n.name) ? { 'not-placeholder': true } : {}])),
    ),
    rule: 'env.set',
    matched: [...all.map((n) => n.phrase), set],
    note: [guessedName, keyNote(all)].filter(Boolean).join('; ') || undefined,
  };
}

/**
 * After a flag turned off: the end, a remark, "in production", or "mode" ("Disable `DEBUG` logging" is a log
 * level, not the flag).
 */
const FLAG_END = '(?: mode| flag| setting)?(?:$|\\s*[.,;:(!]| (?:in|for|on) (?:production|prod|live)\\b)';

/** The values a switched-off flag may have, in the forms stacks write them (Django's `False`, `0`, `off`). */
const OFF_VALUES = '^(?:[Ff]alse|FALSE|0|[Oo]ff|OFF|[Nn]o|NO)$';

/**
 * "Disable `DEBUG`", "`DEBUG` turned off", "Switch off `FEATURE_SIGNUPS`": the one variable named is a flag
 * that is off: if set, it holds a false value in any of the usual spellings (unset leaves it off too).
 */
function turnedOff(item: ItemFacts, names: Named[]) {
  const first = names[0];
  if (names.length !== 1 || !first || first.equals !== undefined) return undefined;
  const v = first.name.toLowerCase();
  const said =
    phrase(item.text, new RegExp(`^(?:disable|turn off|switch off|deactivate) (?:the )?${v}${FLAG_END}`)) ??
    phrase(
      item.text,
      new RegExp(
        `^${v}(?: mode| flag)? (?:is |has been )?(?:disabled|turned off|switched off|off|deactivated)${FLAG_END}`,
      ),
    );
  if (!said) return undefined;
  return {
    check: policy({ [first.name]: { matches: OFF_VALUES, required: false } }),
    rule: 'env.value',
    matched: [said],
    note: `${first.name} may be unset; when set it must be a false value (false, False, 0, off, no)`,
  };
}

/** "`Jwt:PublicKey` configured": the configuration key is read from the environment as `Jwt__PublicKey`. */
function keyNote(names: Named[]): string | undefined {
  const keys = names.filter((n) => n.key);
  return keys.length > 0
    ? `the configuration key ${keys.map((n) => `${n.key} is read from the environment as ${n.name}`).join(', ')}`
    : undefined;
}

/**
 * The words that put a value into a variable: "copy/paste/put/enter/save … to/into/as `VAR`", "fill in
 * `VAR`" (the variable the target), or "save/store/keep/record `VAR` …" (the variable the object, kept nowhere but the environment:
 * "Store `KEY` in the team vault" is not).
 */
function copiedInto(t: string, name: string): string | undefined {
  const v = name.toLowerCase();
  const into = new RegExp(
    `^(?:copy|paste|put|enter|insert|write|save|store|keep|record|place|assign)\\b[^;]{0,60}? (?:to|into|in|as) (?:the )?${v}\\b`,
  );
  if (into.test(t)) return phrase(t, /^\w+/);
  const kept = new RegExp(`^(?:save|store|keep|record) ${v}\\b`);
  if (
    kept.test(t) &&
    !/\b(?:in|into|to|on) (?:a |the |your )?(?!\.env\b|env\b|environment\b|config\b)[a-z0-9]/.test(t)
  )
    return phrase(t, /^\w+/);
  return undefined;
}

/** Environment variables documented, `.env.example` complete / updated / documents every variable. */
export const envDocumented: Rule = (item) => {
  // ("The example env file is up to date": the example file by its noun.)
  const t = item.text.replace(
    /\b(?:the |an? )?(?:(?:example|sample|template) env(?:ironment)?|env(?:ironment)? (?:example|sample|template)) file\b/g,
    '.env.example',
  );
  const said =
    phrase(
      t,
      /\b(?:all |every |each )?(?:required )?env(?:ironment)? (?:variables?|vars?)(?: and [\w ]+?)? (?:is |are |has been |have been )?documented\b/,
    ) ??
    // "README documents every environment variable": a document that lists them all.
    phrase(
      t,
      /\b(?:documents|lists|describes|covers) (?:all|every|each)(?: the)?(?: required| current)? env(?:ironment)? (?:variables?|vars?)\b/,
    ) ??
    // "`.env.example` contains every key the code uses": the example file, a verb of holding, every one.
    phrase(
      t,
      /\.env\.example\b[^,;]{0,20}?\b(?:includes|contains|lists|covers|has|holds|names|documents) (?:every|each|all)(?: the)?(?: current| required)? (?:env(?:ironment)? )?(?:variables?|vars?|keys?|settings?|entries)\b/,
    ) ??
    phrase(
      t,
      /\.env\.example\b[^,;]*?\b(?:updated|documented|complete|accurate|up to date|lists every|with all|in sync|(?:includes|contains|lists|covers|has|reflects|mirrors) (?:all|every)(?: current| required| the)? (?:env(?:ironment)? )?(?:variables?|vars?)\b)/,
    ) ??
    phrase(t, /\b(?:documented|listed|included) in `?\.env\.example\b/) ??
    // "All required variables documented" under an environment heading: the variables are the app's.
    (/\benv(?:ironment)?\b|\.env\b/.test(item.context)
      ? phrase(
          t,
          /^(?:all |every |each )?(?:the )?(?:required |needed |necessary |new )?(?:config(?:uration)? )?(?:variables?|vars?) (?:are |is )?documented\b/,
        )
      : undefined) ??
    // ("Every variable the app reads is in `.env.example`"; not "No secret vars are in `.env.example`".)
    (/\b(?:no|not|never)\b/.test(t)
      ? undefined
      : phrase(
          t,
          /\b(?:every|each|all) (?:current |required |new )?(?:env(?:ironment)? )?(?:variables?|vars?|keys?)\b[^,;]{0,40}?\b(?:is|are|appears?|(?:is |are )?listed|(?:is |are )?included) in `?\.env\.example\b/,
        ));
  if (!said) return undefined;
  if (/deployment steps|and deployment|setup|procedures?/.test(t)) return undefined;
  // ("documented for the staging stack": another environment's variables.)
  if (/\bstaging\b|\b(?:preview|qa|uat|dev(?:elopment)?) (?:env(?:ironment)?|stack|servers?)\b/.test(t))
    return undefined;
  return {
    check: { kind: 'env.documented' },
    rule: 'env.documented',
    matched: [said],
    fallback: {
      check: { kind: 'repo.files-exist', paths: ['**/.env.example'] },
      rule: 'env.documented',
      matched: [said],
      note: 'only checks that an .env.example exists, not that it lists every variable',
    },
  };
};
