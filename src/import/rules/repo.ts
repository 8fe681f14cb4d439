import { phrase, type ItemFacts, type Mapping, type Rule } from './types.js';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_DOCS = ['**/*.md', '.github/**'];
const CODE = ['**/*.js', '**/*.jsx', '**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.cjs'];
const NOT_TESTS = [
  '**/*.test.*',
  '**/*.spec.*',
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/scripts/**',
];

/** `grep -r "CHANGE_THIS" … returns no results`: the pattern must not occur in tracked files. */
export const grepNothing: Rule = (item) => {
  const says = phrase(item.text, /\b(?:no (?:results|matches|output)|nothing|returns? empty|returns no)\b/);
  if (!says) return undefined;
  for (const code of item.code) {
    const m =
      /\bgrep\b[^"']*(["'])([^"']+)\1/.exec(code) ?? /\bgrep\s+(?:-\w+\s+)*()([^\s"'-]\S*)/.exec(code);
    if (!m?.[2]) continue;
    return {
      check: { kind: 'repo.forbidden-pattern', patterns: [escapeRegex(m[2])], exclude: NOT_DOCS },
      rule: 'repo.grep-finds-nothing',
      matched: [code, says],
      note: 'searches every tracked file (an untracked .env is not in the repository); documentation is left out',
    };
  }
  return undefined;
};

const ENV_FILE = /(?:^|[\s(`'"])\.env(?:\.[a-z]+)?\b(?! ?\.example| ?\.sample| ?\.template)|\benv files?\b/;

/** `.env` not committed, never commit .env, .env in .gitignore, no .env files in git. */
export const envNotCommitted: Rule = (item) => {
  const t = item.text;
  const kept = keptOutFiles(t);
  if (kept)
    return {
      check: {
        kind: 'repo.untracked',
        paths: ['**/.env', '**/.env.*'],
        except: ['**/.env.example', '**/.env.sample', '**/.env.template'],
      },
      rule: 'repo.env-not-committed',
      matched: [kept],
      note: 'the variables of an app live in .env files: they are looked for; other files that hold secrets are not',
    };
  if (!ENV_FILE.test(t) && !/\.env\b/.test(item.code.join(' '))) return undefined;
  if (/permission|chmod|\b600\b|created on server|on the server/.test(t)) return undefined;
  const said =
    phrase(t, /\bnot (?:be )?(?:committed|checked in|in (?:git|the repo(?:sitory)?|version control))\b/) ??
    phrase(t, /\b(?:never|do not|don't|not) commit\w*\b/) ??
    phrase(t, /\bno \.?env files? (?:in|committed)\b[^,;]*/) ??
    phrase(t, /\b(?:in|to) (?:the )?\.gitignore\b|\bgitignored\b|\bignored by git\b/) ??
    phrase(t, /\.gitignore (?:excludes|covers|lists|includes|ignores|contains|has)\b/) ??
    // "`.env*` files are in `.dockerignore` and `.gitignore`".
    phrase(t, /\b(?:in|to|into) (?:both )?(?:the )?\.dockerignore(?: and|,| &) (?:the |in )?\.gitignore\b/) ??
    // "No uncommitted .env files", "No `.env` file with actual values in git".
    phrase(t, /\bno (?:un)?(?:committed|staged|tracked) \.?env\b[\w.]*(?: files?)?/) ??
    phrase(
      t,
      /\b(?:excluded|kept out) (?:from|of) (?:git|the repo(?:sitory)?|version control|source control)\b|\buntracked\b/,
    ) ??
    phrase(
      t,
      /\bno \.?env(?:\.[a-z]+)? files?\b[^,;]{0,40}?\bin (?:git|the repo(?:sitory)?|version control|staged files|the staging area)\b/,
    ) ??
    phrase(t, /\b(?:are |is )?(?:git-?)?ignored$/) ??
    // "Remove the `.env` file from version control", "`git status` lists no .env files".
    phrase(
      t,
      /\bremov\w* [^,;]{0,40}?\bfrom (?:git|version control|the repo(?:sitory)?|(?:the )?git index|tracking)\b/,
    ) ??
    phrase(
      t,
      /\bno \.?env files? (?:are )?(?:listed|shown|tracked|staged)\b|\b(?:lists?|shows?) no \.?env files?\b/,
    );
  if (!said) return undefined;
  return {
    check: {
      kind: 'repo.untracked',
      paths: ['**/.env', '**/.env.*'],
      except: ['**/.env.example', '**/.env.sample', '**/.env.template'],
    },
    rule: 'repo.env-not-committed',
    matched: [phrase(t, /\.env\b[\w.]*|env files?/) ?? '.env', said],
  };
};

/** The environment's variables, or files said to hold secrets, as a subject: "Environment variables", "Sensitive files". */
const KEPT_SUBJECT =
  /^(?:all |any |the )?(?:(?:production |prod |local )?env(?:ironment)?(?:[ -](?:variables?|vars?|files?|configs?))|(?:sensitive|secret|secrets|credential|credentials|private) files?)\b/;
/** Kept out of git: "not committed (to git)", "in `.gitignore`", "gitignored", "excluded from git". */
const KEPT_STATE =
  /^(?:\s+(?:are|is|were|have been|has been))?\s+(?:(?:not|never) (?:be )?(?:committed|checked in|pushed|tracked|in (?:git|the repo(?:sitory)?|version control))|(?:listed |included )?in (?:the )?\.gitignore|(?:git-?)?ignored(?: by git)?|excluded (?:from|by) (?:git|the repo(?:sitory)?|version control|\.gitignore)|kept out of (?:git|the repo(?:sitory)?|version control))\b/;

/**
 * "Environment variables not committed to git", "Sensitive files are in `.gitignore` (verify with `git
 * status`)", "Env files gitignored": the subject's files (the `.env` files) are not tracked. ("Environment
 * variables set in Vercel" is where they are set; it says nothing of git.)
 */
function keptOutFiles(t: string): string | undefined {
  const s = t.replace(/^[^a-z0-9.]+/, '').replace(/`/g, '');
  const subject = KEPT_SUBJECT.exec(s);
  if (!subject) return undefined;
  const state = KEPT_STATE.exec(s.slice(subject[0].length));
  if (!state || /\bif\b|\bunless\b|\bhistory\b/.test(s)) return undefined;
  return `${subject[0]}${state[0]}`;
}

/** No hard-coded secrets, no secrets in code or the repository, a secrets scan passes. */
export const noHardcodedSecrets: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\bno (?:hard-?coded|exposed|committed|plain-?text|embedded|inline) (?:secrets?|credentials|passwords|api keys|tokens|keys)\b/,
    ) ??
    phrase(
      t,
      /\bno (?:secrets?|credentials|passwords|api keys|tokens)(?: or (?:credentials|api keys|secrets|passwords))? (?:are exposed )?(?:in|committed to) (?:the )?(?:(?:github|gitlab|bitbucket|git|hosted|public|remote) )?(?:code(?:base)?|repo(?:sitory)?|source(?: code)?|git|frontend code|client code)\b/,
    ) ??
    // "No Razorpay secret in code", "No admin password in code": one named secret, none in the code.
    phrase(
      t,
      /\bno [a-z][\w-]* (?:secret(?: key)?|api key|access key|key|password|token|private key|client secret|credentials?)s? (?:in|committed to) (?:the )?(?:(?:source|frontend|client|application|app) )?code(?:base)?\b/,
    ) ??
    // "API keys not committed", "Secrets never committed to git", "No secrets checked into source control".
    (/(?:^|[\s(`])\.env\b/.test(t)
      ? undefined
      : (phrase(
          t,
          /\b(?:secrets?|api keys|credentials|tokens|passwords)(?: are| were)? (?:never|not) (?:committed|checked in|pushed)(?: (?:to|into) (?:the )?(?:git|repo(?:sitory)?|version control|source control))?(?! (?:to|into)\b)/,
        ) ??
        phrase(
          t,
          /\bno (?:secrets?|api keys|credentials|tokens|passwords) (?:checked|committed|pushed) (?:in)?to (?:the )?(?:git|repo(?:sitory)?|version control|source control)\b/,
        ))) ??
    // "Secrets stored in environment variables, not in code".
    phrase(
      t,
      /\b(?:secrets?|api keys|credentials|tokens|passwords)\b[^;()]{0,50}, not (?:in|hard-?coded in|committed to) (?:the )?(?:code(?:base)?|source(?: code)?|repo(?:sitory)?|git|version control)\b/,
    ) ??
    phrase(t, /\bhard-?coded (?:secrets|credentials|passwords|api keys)\b[^,;]*\b(?:removed|none)\b/) ??
    // "Nothing sensitive in the repository".
    phrase(
      t,
      /\bnothing (?:sensitive|secret|confidential) (?:is )?(?:in|committed to|checked into|pushed to) (?:the )?(?:code(?:base)?|repo(?:sitory)?|git|source(?: code)?)\b/,
    ) ??
    phrase(t, /\bsecrets?(?: leak)? (?:scan(?:ning)?|detection|checks?)s? (?:passed|passes|clean|green)\b/) ??
    phrase(
      t,
      /\bsecrets? (?:are |is )?(?:not (?:in|committed to)|kept out of) (?:the )?(?:code|repo(?:sitory)?|git|version control|source control)\b/,
    ) ??
    // "All secrets stored securely (not in Git)".
    phrase(
      t,
      /\b(?:secrets?|api keys|keys|credentials|tokens|passwords)\b[^()]{0,40}\(not (?:in|committed to) (?:git|the repo(?:sitory)?|the code(?:base)?|version control)\)/,
    ) ??
    phrase(t, /\b(?:secrets?|credentials|passwords|api keys|keys|tokens) (?:are )?not hard-?coded\b/) ??
    // "Removed hardcoded API keys from source code": none is left.
    phrase(
      t,
      /\b(?:removed?|deleted?) (?:all )?(?:hard-?coded|exposed|plain-?text|embedded) (?:secrets?|credentials|passwords|api keys|tokens|keys)\b/,
    ) ??
    // "No passwords, tokens, or API keys in source code": a list of secrets, none in the code.
    phrase(
      t,
      /\bno (?:(?:secrets?|credentials|passwords|api keys|tokens|keys),? ){1,4}(?:or|and|nor) (?:secrets?|credentials|passwords|api keys|tokens|keys) (?:in|committed to) (?:the )?(?:code(?:base)?|repo(?:sitory)?|source(?: code)?|git)\b/,
    );
  const scanned = said ? undefined : secretScan(item);
  // (Private keys and key stores in the repository are files: the dumps rule's.)
  const kept = /\bprivate keys?\b|\.pem\b|\bkey ?stores?\b|\.p12\b|\.key files?\b/.test(t)
    ? undefined
    : secretsKeptOut(t);
  if (/\bhistory\b/.test(t) || (!said && !kept && !scanned)) return undefined;
  // "No secrets in code or in images": the images' part is the Dockerfiles' (no secret set in ENV or ARG).
  const image: Mapping[] = kept?.images
    ? [
        {
          check: {
            kind: 'docker.policy',
            'non-root': false,
            healthcheck: false,
            pinned: false,
            'no-secrets': true,
            'multi-stage': false,
          },
          rule: 'repo.no-secrets-in-code',
          matched: [kept.images],
          note: 'an image holds a secret when its Dockerfile sets one (ENV, ARG); files copied into it are not looked at',
        },
      ]
    : [];
  const words = said ?? scanned ?? (kept?.code ? kept.said : undefined);
  if (!words) return image.length > 0 ? image : undefined;
  const secrets: Mapping = {
    check: { kind: 'repo.secrets' },
    rule: 'repo.no-secrets-in-code',
    matched: [words],
    note: /\blogs?\b/.test(t) ? 'checks the tracked files; logs are not looked at' : undefined,
    fallback: {
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: [
          '-----BEGIN [A-Z ]*PRIVATE KEY-----',
          '\\bAKIA[0-9A-Z]{16}\\b',
          '\\bgh[pousr]_[A-Za-z0-9]{36}\\b',
        ],
      },
      rule: 'repo.no-secrets-in-code',
      matched: [words],
      note: 'only well-known secret formats (private keys, AWS and GitHub tokens) are searched for',
    },
  };
  return image.length > 0 ? [secrets, ...image] : secrets;
};

/** A scanner of secrets by its name, or by what it does: Gitleaks, TruffleHog, "secret scan", "leak detection". */
const SCANNER =
  /\b(?:git-?leaks|truffle-?hog|detect-secrets|git-secrets|ggshield|gitguardian|talisman|secretlint|secrets? scan(?:ner|ning|s)?|secrets? detection|(?:credential|leak) (?:scan(?:ner|ning)?|detection))\b/;
/** What a scan says when it found nothing, or that it was run for secrets. */
const SCAN_CLEAN =
  /\b(?:passe[sd]|passing|pass|clean|green|succeeds|succeeded|no (?:findings|leaks|secrets|issues|alerts|results)|0 (?:findings|leaks|issues)|zero (?:findings|leaks)|(?:finds|found|reports?|reported|shows?) (?:nothing|no \w+)|(?:run|ran|executed|performed|done|completed)(?: (?:to (?:check|scan|look|search|find|detect|hunt)|on|against|for|over) [^;]{1,60}| with no \w+)?$)/;

/**
 * A secret scan run or clean: "GitLeaks or similar run to check for secrets", "TruffleHog scan clean",
 * "Secret scanning passed with no findings". A scanner's own command in a code span is the command rule's;
 * a scanning setting of the platform ("GitHub secret scanning enabled", "push protection") is a setting.
 */
function secretScan(item: ItemFacts): string | undefined {
  const t = item.text;
  const m = SCANNER.exec(t);
  if (!m || item.code.some((c) => SCANNER.test(c.toLowerCase()))) return undefined;
  if (
    /\b(?:enabled|enable|settings?|dashboard|push protection|alerts?|if|when|optional|schedule[ds]?|weekly|nightly|history)\b/.test(
      t,
    )
  )
    return undefined;
  const rest = t.slice(m.index + m[0].length);
  // "Repository scanned with Gitleaks", "Secrets checked using TruffleHog": the scan was made.
  const by =
    /\b(?:secrets?|credentials|keys|code|repo(?:sitory)?|codebase|history|commits?) (?:were |was |are |is )?(?:scanned|checked|verified|audited|swept) (?:with|using|by) (?:a |the )?$/.exec(
      t.slice(0, m.index),
    );
  if (by && !/\bhistory\b/.test(by[0]) && /^\s*(?:$|[.;]|\(|or |and )/.test(rest)) return `${by[0]}${m[0]}`;
  const clean = SCAN_CLEAN.exec(rest);
  // ("Gitleaks runs in CI": a job of the pipeline, not a result.)
  return clean ? `${m[0]}${rest.slice(0, clean.index + clean[0].length)}`.slice(0, 80) : undefined;
}

/**
 * The head word of a secret's noun phrase, whatever comes before it: "AWS/GCP/database credentials",
 * "OAuth client secrets", "JWT secrets", "service account keys", "API keys".
 */
const SECRET_HEAD = /^(?:secrets?|credentials?|creds|passwords?|passphrases?|passwd|tokens?|keys?|apikeys?)$/;
/** Words before "key" or "token" that make it something other than a secret (a table's key, a design token). */
const NOT_SECRET =
  /\b(?:foreign|primary|unique|composite|sort|partition|index|translation|i18n|locale|cache|idempotency|react|list|map|object|dictionary|hot|shortcut|keyboard|public|license|licence|design|css|color|colour|lexer|parser)\b/;
/** Values that are secrets by what the words say they are: "Production values are in Cloud Run (not in git)". */
const SECRET_VALUES = /\b(?:production|prod|secret|sensitive|real|actual|live|env|environment) values$/;
/** Where a secret must not be: the code, the repository, git, the images built from them. */
const CODE_PLACE =
  /\b(?:in|inside|within|committed (?:to|in|into)|checked in(?:to)?|pushed to|hard-?coded in|embedded in|leaked (?:in|to|into)|((?:removed|deleted|stripped|purged|scrubbed|excluded|kept out|moved|taken|pulled|extracted) (?:from|of|out of)|kept out of|out of)) (?:the |any |our )?(?:(?:production|prod|frontend|front-end|backend|client|client-side|server|server-side|application|app|public|private|source|main|shared|committed|tracked|docker|container|github|git) ){0,2}(code(?:base)?|source(?: code)?|sources|repo(?:sitory)?|git(?:hub)?|version control|source control|images?|dockerfiles?|config(?:uration)? files?|configs|frontend|front-end|backend|client(?:-side)? bundles?|bundles?)\b(?! (?:reviews?|samples?|snippets?|examples?|blocks?|of conduct)\b)/g;
/** What is said of a noun phrase after it: the words that end it ("Secrets are in …", "Keys stored in …"). */
const NP_THEN =
  /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are|is|were|was|stored|kept|saved|held|live|lives|managed|set|in|via|on|from|use|using|loaded)\b/;

/**
 * A claim that the code (the repository, git, the images) holds no secret, with the secret named by any
 * noun phrase whose head is a secret's word: "No AWS/GCP/database credentials in code", "No OAuth client
 * secrets in code", "API keys not in code ✓", "No secrets in code or in images", "Secrets in the vault, not
 * in the repository", "Production values are in Cloud Run (not in git)". A secret to add to the code, or
 * one said to live in a store with no word that the code is clean, is no such claim.
 */
function secretsKeptOut(t: string): { said: string; code: boolean; images: string | undefined } | undefined {
  const s = t
    .replace(/[^\w\s/().,;:'-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (const place of s.matchAll(CODE_PLACE)) {
    const at = place.index ?? 0;
    const before = s.slice(0, at).trim();
    let np: string | undefined;
    // "No OAuth client secrets in code", "Zero API keys in the repo".
    const no = /(?:^|[\s,;:(])(?:no|zero) ([^,;:()]{1,60})$/.exec(before);
    // "API keys removed from the codebase", "Tokens kept out of git": the verb says none is there.
    const removed = place[1]
      ? /^(?:all |any |the )?([^,;:()]{1,60}?)(?: (?:are|is|were|was|have been|has been|been))?$/.exec(before)
      : null;
    // "API keys not in code", "Secrets are not committed to git", "Tokens never stored in the repo".
    const not =
      /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |is )?(?:not|never)(?: (?:be|been|stored|kept|saved|written|placed|present|included|hard-?coded))?$/.exec(
        before,
      );
    if (removed?.[1]) np = removed[1];
    else if (place[1]) continue;
    else if (no?.[1]) np = no[1];
    else if (not?.[1]) np = not[1];
    // "Secrets in the vault, not in the repository", "Production values are in Cloud Run (not in git)".
    else if (/(?:,|\bbut|\band) (?:not|never)$|\((?:not|never)$/.test(before)) {
      np = NP_THEN.exec(before)?.[1];
    }
    if (!np) continue;
    np = np.trim();
    // ("No logging of tokens in code": the noun phrase is about something else.)
    if (SECRET_VALUES.test(np) ? ABOUT_ELSE.test(np) : !secretPhrase(np)) continue;
    // Every place named from here on, joined by "or" / "and" / commas: "in code or in images".
    const clause = s.slice(at).split(/[;:]/)[0] ?? '';
    const named = [...clause.matchAll(CODE_PLACE)];
    const image = (m: RegExpMatchArray) => /^(?:images?|dockerfiles?)$/.test(m[2] ?? '');
    const images = named.find(image)?.[0];
    const code = named.some((m) => !image(m));
    return { said: s.slice(s.indexOf(np), at + place[0].length).replace(/\($/, ''), code, images };
  }
  return secretsNoPlace(s);
}

/** A place the code is, named first: "Codebase contains no secrets", "Source code is free of API keys". */
const PLACE_FIRST =
  /^(?:the )?(?:(?:production|source|application|app|frontend|backend|client|server|git) )?(code(?:base)?|source(?: code)?|repo(?:sitory)?|images?) (?:contains?|has|holds|includes?|is free (?:of|from)|free (?:of|from)) (?:no |zero |any )?([^,;:()]{1,60})$/;

/** A noun phrase of secrets by a word of what they are: "sensitive data", "confidential information". */
const SENSITIVE =
  /^(?:sensitive|secret|confidential|private) (?:data|information|info|values?|config(?:uration)?|settings|strings|details)$/;

/** Words that make a noun phrase about something else: "logging of tokens", "keys for the cache". */
const ABOUT_ELSE = /\b(?:of|for|to|with|without|about|than|from|that|which|when|if)\b/;

/** A noun phrase whose head is a secret's word, and nothing about something else ("No logging of tokens"). */
function secretPhrase(np: string | undefined): string | undefined {
  const p = np?.trim().replace(/^(?:all |any |the )/, '');
  if (!p || ABOUT_ELSE.test(p)) return undefined;
  const head = p.split(/[\s/]+/).at(-1) ?? '';
  // "Sensitive data", "confidential information": secrets by what the words say they are.
  if (SENSITIVE.test(p)) return p;
  return SECRET_HEAD.test(head) && !NOT_SECRET.test(p) ? p : undefined;
}

/**
 * Secrets kept out of the code in words that name no place, or name the code first: "No passwords are
 * hard-coded", "Webhook tokens are not hard-coded", "Credentials never committed", "No tokens checked in",
 * "Codebase contains no secrets", "Source code is free of API keys". ("Not committed to the wiki" is
 * about another place.)
 */
function secretsNoPlace(s: string): { said: string; code: boolean; images: undefined } | undefined {
  const forms: Array<[RegExp, number]> = [
    [/(?:^|[\s,;:(])(?:no|zero) ([^,;:()]{1,60}?) (?:are |is )?hard-?coded\b/, 1],
    [/^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |is )?(?:not|never) hard-?coded\b/, 1],
    [
      /(?:^|[\s,;:(])no ([^,;:()]{1,60}?) (?:are |were )?(?:committed|checked in|pushed)\b(?! (?:to|into)\b)/,
      1,
    ],
    [
      /^(?:all |any |the )?([^,;:()]{1,60}?) (?:are |were |is )?(?:never|not) (?:committed|checked in|pushed)\b(?! (?:to|into)\b)/,
      1,
    ],
    [PLACE_FIRST, 2],
  ];
  for (const [re, group] of forms) {
    const m = re.exec(s);
    const np = secretPhrase(m?.[group]);
    if (m && np) return { said: m[0].trim(), code: true, images: undefined };
  }
  return undefined;
}

/** Console output written in code: `console.log`, console logs, console statements or calls, console logging. */
const CONSOLE =
  /\bconsole(?:\.\*(?!\w)|(?:\.(?:log|debug|info|trace|dir)s?(?:\(\))?|[ .]?logs?|[ .]statements?|[ .]calls?|[ .]logging|[ .]output)\b)/;
/** Messages the browser's console shows, not code: "No console errors", "errors in the console". */
const CONSOLE_MESSAGES =
  /\bconsole (?:errors?|warnings?|messages?|exceptions?)\b|\b(?:errors?|warnings?|exceptions?|messages?) (?:in|on|from) (?:the )?(?:browser(?:'s)? |dev ?tools |js )?console\b|\bbrowser console\b|\bconsole is clean\b/;
/** A word of absence before the leftover: "No …", "Remove all …", "without …", "free of …". */
const NONE_BEFORE =
  /\b(?:no|zero|without|remove|removed|delete|deleted|strip|stripped|free of|clean of|eliminate|eliminated|get rid of|none of the)\b[^;:.!?]{0,50}$/;
/** A word of absence after it: "console.log statements removed", "console logging disabled". */
const NONE_AFTER =
  /^[^;:!?]{0,40}?\b(?:removed|deleted|stripped|gone|cleaned up|eliminated|disabled|turned off|off|left out)\b/;

/**
 * No console output left in the code, by grammar: the console leftover (any of its nouns) with a word of
 * absence before it ("No debug statements or console.log in code", "No debug code or console.log
 * statements left in", "Remove all console logs") or after it ("console.log calls removed"). Not the
 * browser's console messages ("No console errors"), not a leftover allowed somewhere or under a condition.
 */
export const noConsoleLog: Rule = (item) => {
  const t = item.text;
  const c = CONSOLE.exec(t);
  if (!c || CONSOLE_MESSAGES.test(t)) return undefined;
  // ("… in critical paths", "in some files": a scope the check cannot tell apart.)
  if (
    /\b(?:if|unless|when|allowed|acceptable|ok|fine|only (?:in|for) (?:dev|development|debug)|except|critical|some|where)\b|\bin \w+ paths?\b/.test(
      t,
    )
  )
    return undefined;
  const before = NONE_BEFORE.exec(t.slice(0, c.index));
  const after = NONE_AFTER.exec(t.slice(c.index + c[0].length));
  const said = before
    ? t.slice(before.index, c.index + c[0].length)
    : after
      ? `${c[0]}${after[0]}`
      : undefined;
  if (!said) return undefined;
  const debug = /debug/.test(t);
  return {
    check: {
      kind: 'repo.forbidden-pattern',
      patterns: ['console\\.log\\(', ...(debug ? ['^\\s*debugger;?\\s*$'] : [])],
      include: CODE,
      exclude: NOT_TESTS,
    },
    rule: 'repo.no-console-log',
    matched: [said],
    note: `application code only; test files and scripts may log${debug ? '; "debugging code" is read as debugger statements' : ''}`,
  };
};

/** Python files, and the code files of the stack the document names (JS/TS and Python when it names none). */
const PYTHON_CODE = ['**/*.py'];
const codeOf = (item: ItemFacts) =>
  item.doc.stack === 'node' ? CODE : item.doc.stack === 'python' ? PYTHON_CODE : [...CODE, ...PYTHON_CODE];

/** After a leftover's name: the end, a place in the code, "left", or the next entry of a list. */
const LEFT_IN_CODE =
  /^\s*(?:$|[.;:!)]|(?:left|remaining|anywhere|or|and|nor)\b|(?:in|from) (?:the |any |all )?(?:code|codebase|source|frontend|client|app|application|production|build|bundle|repo|repository|project|files?|javascript|typescript|python)\b)/;

/**
 * Debugging leftovers: `debugger` statements, Python breakpoints (`breakpoint()`, `pdb.set_trace()`,
 * "from pdb import set_trace"), hard-coded localhost URLs and database URLs in the code. (Console logs are
 * the console-log rule's: an item that names them is read there.)
 */
export const noLeftovers: Rule = (item) => {
  const t = item.text;
  if (/\bconsole\b/.test(t)) return undefined;
  // What follows the words must be nothing, a place in the code or a list's next entry: "No breakpoints
  // needed", "No localhost in the allowed origins" are about something else.
  const whole = (found: string | undefined) =>
    found !== undefined && LEFT_IN_CODE.test(t.slice(t.indexOf(found) + found.length)) ? found : undefined;
  // "No `from pdb import set_trace()` or breakpoints", "pdb.set_trace calls removed".
  // "No print statements left", "print() calls removed": Python's output for debugging.
  const prints =
    (item.doc.stack === 'python' || item.doc.stacks?.includes('python')) &&
    !/\bconsole\b|\blogging\b|\blogger\b/.test(t)
      ? (phrase(
          t,
          /\b(?:no|zero|without|remove|removed)\b[^,;]{0,30}?\bprint(?:\(\))? (?:statements?|calls?)\b/,
        ) ?? phrase(t, /\bprint(?:\(\))? (?:statements?|calls?)\b[^,;]{0,30}?\b(?:removed|deleted|gone)\b/))
      : undefined;
  const python =
    phrase(t, /\b(?:no|without)\b[^,;]{0,30}?(?:\bi?pdb\b|\bset_trace\b|\bbreakpoint\(\))/) ??
    phrase(t, /(?:\bi?pdb|\bset_trace|\bbreakpoint\(\))[^,;]{0,30}?\b(?:removed|deleted|gone)\b/) ??
    (item.doc.stack === 'python' ? whole(phrase(t, /\bno (?:debugger )?breakpoints?\b/)) : undefined);
  const debuggerWord =
    whole(phrase(t, /\bno `?debugger`?(?: statements?| calls?| keywords?| lines?)?\b/)) ??
    // "No leftover debugging statements", "No debug code left" in a JavaScript document: `debugger` lines.
    (item.doc.stack === 'node'
      ? whole(phrase(t, /\bno (?:leftover |stray |remaining )?debug(?:ging)? (?:statements?|code)\b/))
      : undefined) ??
    phrase(t, /\bdebugger (?:statements?|calls?|keywords?) (?:are )?(?:removed|deleted|gone)\b/) ??
    (item.doc.stack === 'node' ? whole(phrase(t, /\bno (?:debugger )?breakpoints?\b/)) : undefined);
  const localhost =
    whole(
      phrase(
        t,
        /\bno (?:hard-?coded |leftover )?(?:localhost|127\.0\.0\.1)(?: urls?| references?| addresses| links| endpoints?| calls)?\b/,
      ),
    ) ??
    phrase(
      t,
      /\bhard-?coded (?:localhost|127\.0\.0\.1)(?: urls?| references?| addresses| links| endpoints?)? (?:are |were )?(?:removed|replaced|gone)\b/,
    );
  // "No MongoDB URL in frontend", "No database connection strings in the code".
  const database = phrase(
    t,
    /\bno (?:hard-?coded )?(?:mongo(?:db)?|postgres(?:ql)?|mysql|redis|database|db) (?:urls?|uris?|connection strings?) (?:in|committed to)\b/,
  );
  const scope = { include: codeOf(item), exclude: [...NOT_TESTS, '**/*.config.*'] };
  const found: Mapping[] = [];
  if (prints)
    found.push({
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: ['^\\s*print\\('],
        include: PYTHON_CODE,
        exclude: [...NOT_TESTS, '**/manage.py', '**/cli.py', '**/__main__.py'],
      },
      rule: 'repo.no-debug-leftovers',
      matched: [prints],
      note: 'print( at the start of a line in Python files; tests, scripts and command-line entry points are left out',
    });
  if (python)
    found.push({
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: ['\\bbreakpoint\\(\\)', '\\bi?pdb\\.set_trace\\(', '\\b(?:from|import) i?pdb\\b'],
        include: PYTHON_CODE,
        exclude: NOT_TESTS,
      },
      rule: 'repo.no-debug-leftovers',
      matched: [python],
      note: 'Python files only; tests and scripts may stop in the debugger',
    });
  if (debuggerWord && !python)
    found.push({
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: ['^\\s*debugger;?\\s*$'],
        include: CODE,
        exclude: NOT_TESTS,
      },
      rule: 'repo.no-debug-leftovers',
      matched: [debuggerWord],
      note: 'JavaScript and TypeScript files; test files and scripts are left out',
    });
  if (localhost)
    found.push({
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: ['(?:https?|wss?)://(?:localhost|127\\.0\\.0\\.1)\\b'],
        ...scope,
      },
      rule: 'repo.no-localhost',
      matched: [localhost],
      note: 'URLs to localhost in the code; tests, scripts and build configuration (*.config.*) are left out',
    });
  if (database) {
    const kind = /mongo/.test(database)
      ? 'mongodb(?:\\+srv)?'
      : /postgres/.test(database)
        ? 'postgres(?:ql)?'
        : /mysql/.test(database)
          ? 'mysql'
          : /redis/.test(database)
            ? 'rediss?'
            : '(?:mongodb(?:\\+srv)?|postgres(?:ql)?|mysql|rediss?)';
    const client = /\b(?:frontend|client|browser)\b/.test(t);
    found.push({
      check: {
        kind: 'repo.forbidden-pattern',
        patterns: [`\\b${kind}://`],
        ...(client ? { include: CODE, exclude: NOT_TESTS } : scope),
      },
      rule: 'repo.no-database-url',
      matched: [database],
      note: client
        ? 'searches every JavaScript and TypeScript file, not only the frontend: the import cannot tell its folder'
        : 'connection URLs written in the code; tests and scripts are left out',
    });
  }
  return found.length > 0 ? found : undefined;
};

/** No TODO / FIXME left (a whole-repository claim; "in critical paths" cannot be told apart, so it stays manual). */
export const noTodo: Rule = (item) => {
  const t = item.text;
  const m = TODO_WORD.exec(t);
  if (!m || /critical|where|some|in \w+ paths?|\bif\b|\bunless\b|tracked|ticket|issue|backlog/.test(t))
    return undefined;
  // ("No `todo!()` or `unimplemented!()`": Rust's macros, the calls rule's.)
  if (item.code.some((c) => CALL.test(c.trim()))) return undefined;
  // No … before the marker ("No TODO or FIXME comments", "Zero TODOs left"), or a word after it that none
  // is left ("TODO comments removed", "All TODOs resolved", "FIXMEs cleaned up").
  const before = NONE_BEFORE.exec(t.slice(0, m.index));
  const after = TODO_GONE.exec(t.slice(m.index + m[0].length));
  const said = before
    ? t.slice(before.index, m.index + m[0].length)
    : after
      ? `${m[0]}${after[0]}`
      : undefined;
  if (!said) return undefined;
  return {
    check: {
      kind: 'repo.forbidden-pattern',
      patterns: ['\\b(?:TODO|FIXME)\\b'],
      include: codeOf(item),
      exclude: NOT_TESTS,
    },
    rule: 'repo.no-todo',
    matched: [said.trim()],
  };
};

/** A marker of unfinished work left in code: TODO, FIXME, XXX, HACK (quoted or not, singular or plural). */
const TODO_WORD = /["'`]?\b(?:todos?|fixmes?|to-dos?)\b["'`]?/;
/** After the marker: none is left ("removed", "resolved", "addressed", "cleaned up", "gone"). */
const TODO_GONE =
  /^[^;:!?]{0,40}?\b(?:removed|deleted|resolved|addressed|cleaned up|gone|cleared|eliminated|fixed)\b/;

/** A README / LICENSE / CHANGELOG / .env.example that "exists", "is present", "is provided". */
export const fileExists: Rule = (item) => {
  const t = item.text;
  const file = phrase(
    t,
    /\b(?:readme|license|changelog|contributing|code_of_conduct)(?:\.md)?\b|\bsecurity\.md\b|\.env\.example\b|\.dockerignore\b|\.nvmrc\b|lock ?file\b/,
  );
  const said = phrase(
    t,
    /\b(?:exists?|present|provided|added|in place|committed|configured|created)\b|\bin (?:the )?(?:root|repo(?:sitory)?|project root)(?: directory| folder)?\b/,
  );
  if (
    !file ||
    !said ||
    /\bnot\b|\bno\b|updated|complete|accurate|current|reviewed|correct|entry|entries|notes?\b|\bif\b|\boptional\b|\brecommended\b|\blink(?:s|ed)?\b/.test(
      t,
    )
  )
    return undefined;
  // "`backend/.env` created from `.env.example`": the known file is the source of another one.
  if (/\b(?:from|copy|copied|based on|using|like|per)\s*$/.test(t.slice(0, t.indexOf(file))))
    return undefined;
  // "Add screenshots to README": the file is where something goes, not the thing said to be there.
  if (/\b(?:to|into)\s+(?:the\s+)?$/.test(t.slice(0, t.indexOf(file)))) return undefined;
  const paths: Record<string, string[]> = {
    readme: ['README*'],
    license: ['LICENSE*'],
    changelog: ['CHANGELOG*'],
    contributing: ['CONTRIBUTING*'],
    security: ['SECURITY*'],
    code_of_conduct: ['CODE_OF_CONDUCT*'],
  };
  const key = file.replace(/\.md$/, '');
  const globs =
    paths[key] ??
    (key === '.env.example'
      ? ['**/.env.example']
      : key === '.dockerignore'
        ? ['**/.dockerignore']
        : key === '.nvmrc'
          ? ['.nvmrc']
          : ['package-lock.json', 'yarn.lock', 'pnpm-lock.yaml']);
  // "Lock file committed": the stack's lock file (any one of the package managers' for Node).
  if (/lock ?file/.test(key)) {
    const lock = LOCK_FILES[item.doc.stack ?? ''] ?? ALL_LOCKS;
    if (/\b(?:updated?|regenerated?|refreshed|in sync|matches)\b/.test(t)) return undefined;
    return {
      check: { kind: 'repo.files-exist', paths: [lock] },
      rule: 'repo.file-exists',
      matched: [file, said],
      note: `the lock file of ${item.doc.stack ?? 'any package manager'}: ${lock}`,
    };
  }
  // ("`LICENSE` and `NOTICE` files in place": a list of files is the file grammar's, one check for all.)
  if (/^[^A-Za-z0-9.`]*`?[\w.-]+`?\s*(?:,|&|\band\b)\s*`?[\w.-]+`?\s+files?\b/.test(item.raw))
    return undefined;
  // "LICENSE file present", "`CONTRIBUTING.md` provided": the file as written; "license file present": any.
  const written = paths[key] ? writtenAnywhere(item.raw, key) : undefined;
  return {
    check: { kind: 'repo.files-exist', paths: written ? [written] : globs },
    rule: 'repo.file-exists',
    matched: [file, said],
  };
};

/** A community file's name as written in capitals (`LICENSE`, `README.md`), anywhere in the words. */
function writtenAnywhere(raw: string, key: string): string | undefined {
  const name = key.toUpperCase();
  const m = new RegExp(`(?:^|[\\s\`(])(${name}(?:\\.(?:md|rst|txt|adoc))?)(?=[\\s\`),;:.]|$)`).exec(raw);
  return m?.[1]?.replace(/\.$/, '');
}

/** Lock files by stack (a brace glob: any one of them). */
const LOCK_FILES: Record<string, string> = {
  node: '{package-lock.json,npm-shrinkwrap.json,yarn.lock,pnpm-lock.yaml,bun.lock,bun.lockb}',
  python: '{poetry.lock,uv.lock,Pipfile.lock,pdm.lock}',
  rust: 'Cargo.lock',
  go: 'go.sum',
  flutter: 'pubspec.lock',
  dotnet: '**/packages.lock.json',
};
const ALL_LOCKS =
  '{package-lock.json,yarn.lock,pnpm-lock.yaml,bun.lock,bun.lockb,poetry.lock,uv.lock,Pipfile.lock,Cargo.lock,go.sum,pubspec.lock,composer.lock,Gemfile.lock}';

/** Where GitHub and people look for a community file: the root, `.github/` or `docs/`. */
const anywhere = (name: string) => [`{${name},.github/${name},docs/${name}}`];

/** A community or policy file's bare name, and where it lives. */
const BARE_FILES: Array<[RegExp, string[]]> = [
  [
    /^(?:(?:mit|apache(?: 2\.0)?|bsd|isc|mpl(?: 2\.0)?|gpl\S*|agpl\S*|lgpl\S*) )?licen[cs]e(?: file)?$/,
    ['LICENSE*'],
  ],
  [/^code of conduct(?: file)?$/, anywhere('CODE_OF_CONDUCT*')],
  [/^contributing(?: guide| guidelines| file)?$|^contribution guide(?:lines)?$/, anywhere('CONTRIBUTING*')],
  [/^issue templates?$/, ['.github/ISSUE_TEMPLATE/*']],
  [/^(?:pr|pull request) templates?$/, ['**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md']],
  [/^maintainers(?: file| list)?$/, anywhere('MAINTAINERS*')],
  [/^funding (?:config(?:uration)?|file)$/, ['.github/FUNDING.yml']],
  [/^security (?:policy|file)$|^security\.md(?: with [\w ,-]{1,60})?$/, anywhere('SECURITY*')],
  [
    /^issue and (?:pr|pull request) templates?$/,
    ['.github/ISSUE_TEMPLATE/*', '**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md'],
  ],
];

/** A community file's name as written at the start of the item, with its extension ("SECURITY.md"), or `LICENSE`. */
function writtenName(raw: string): string[] | undefined {
  const m =
    /^[^A-Za-z0-9.]*`?((?:README|CHANGELOG|CONTRIBUTING|SECURITY|CODE_OF_CONDUCT|SUPPORT|MAINTAINERS)\.(?:md|rst|txt|adoc)|LICEN[CS]E(?:\.(?:md|txt))?)`?(?=[\s,;:()]|$)/.exec(
      raw,
    );
  return m?.[1] ? [m[1]] : undefined;
}

/** Headings whose items are still to do: a bare name there is a file to write, not one that is there. */
const TO_DO =
  /\b(?:to ?do|planned|plan|later|future|next|backlog|write|draft|missing|nice to have|roadmap|ideas?)\b/;

/**
 * A community file's bare name as the item ("Code of conduct", "MIT license", "PR template" under
 * "Community"): a release list of names says each is in place.
 */
export const bareFileName: Rule = (item) => {
  const t = item.text
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:]$/, '');
  if (TO_DO.test(item.context)) return undefined;
  for (const [re, paths] of BARE_FILES)
    if (re.test(t))
      return {
        // A name written with its extension is that file ("SECURITY.md with the policy"); words name the kind.
        check: { kind: 'repo.files-exist', paths: writtenName(item.raw) ?? paths },
        rule: 'repo.file-named',
        matched: [t],
        note: `a bare name under "${item.near}": read as the file being in place`,
      };
  return undefined;
};

/** Issue and pull request templates "present", "in place": GitHub reads them from these places. */
export const templatesExist: Rule = (item) => {
  const t = item.text;
  const said = phrase(t, /\b(?:exists?|present|provided|added|in place|committed|configured|created)\b/);
  if (!said || /\bnot\b|\bno\b|updated|reviewed|referenced|linked|\bif\b|optional|recommended/.test(t))
    return undefined;
  const issue = phrase(t, /\bissue templates?\b/);
  const pr = phrase(t, /\b(?:pr|pull request) templates?\b/);
  if (!issue && !pr) return undefined;
  return {
    check: {
      kind: 'repo.files-exist',
      paths: [
        ...(issue ? ['.github/ISSUE_TEMPLATE/*'] : []),
        ...(pr ? ['**/{pull_request_template,PULL_REQUEST_TEMPLATE}.md'] : []),
      ],
    },
    rule: 'repo.templates-exist',
    matched: [...(issue ? [issue] : []), ...(pr ? [pr] : []), said],
  };
};

/**
 * A file's path as the whole item, under a parent or heading that says files are present
 * ("Issue templates present" › `.github/ISSUE_TEMPLATE/bug_report.md`): that file exists.
 */
export const pathUnderPresent: Rule = (item) => {
  const only = item.code.length === 1 ? item.code[0]?.trim() : undefined;
  if (!only || item.text.replace(/[`\s]/g, '') !== only.toLowerCase().replace(/\s/g, '')) return undefined;
  if (!/^[\w.-]+(?:\/[\w.-]+)*\/?$/.test(only) || !/[./]/.test(only) || only.includes('..')) return undefined;
  const said = phrase(item.near, /\b(?:exists?|present|provided|in place|committed|added|created)\b/);
  if (!said) return undefined;
  return {
    check: { kind: 'repo.files-exist', paths: [only.endsWith('/') ? `${only}**` : only] },
    rule: 'repo.path-present',
    matched: [only, item.near],
  };
};

/** A host name (`example.com`, `api.example.io`): its last label is a top-level domain, not an extension. */
const DOMAIN =
  /^(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|co|ai|app|info|biz|xyz|site|online|cloud|tech|me|us|uk|de|fr|eu|ca|au|in|il|nl)$/i;

/** A path as a code span (`docs/deploy.md`, `test_login.py`) or a dotfile (.env.production.template). */
function namedPaths(item: ItemFacts): string[] {
  const out: string[] = [];
  for (const c of item.code) {
    const f = c.trim().replace(/^\.\//, '');
    if (
      /^[\w.-]+(?:\/[\w.-]+)*$/.test(f) &&
      !f.includes('..') &&
      /\.[A-Za-z][\w-]{0,9}$/.test(f) &&
      !DOMAIN.test(f)
    )
      out.push(f);
  }
  for (const m of item.raw.matchAll(/(?:^|[\s(])(\.[A-Za-z][\w-]*(?:\.[\w-]+)+)(?=[\s),:;]|$)/g))
    if (m[1] && !out.includes(m[1])) out.push(m[1]);
  // A path with a folder, written without backticks ("docs/DEPLOYMENT.md exists"): documents and settings.
  for (const m of item.raw.matchAll(
    /(?:^|[\s(])([\w.-]+\/[\w./-]*\.(?:md|mdx|rst|adoc|ya?ml|json|toml))(?=[\s),:;]|$)/g,
  ))
    if (m[1] && !m[1].includes('..') && !out.includes(m[1].replace(/^\.\//, '')))
      out.push(m[1].replace(/^\.\//, ''));
  // A dotfile of one part as the item's subject (".vsixignore configured"); not ".NET", not ".env".
  const dot = /^[^A-Za-z0-9.`]*`?(\.[a-z][\w-]{2,30})`?(?=[\s,:;]|$)/.exec(item.raw);
  if (dot?.[1] && !/^\.(?:net|env)$/i.test(dot[1]) && !out.includes(dot[1])) out.push(dot[1]);
  return out;
}

/** Files the known-file rule reads by name already (README, LICENSE, .env.example…). */
const KNOWN_FILE =
  /^(?:readme|license|changelog|contributing|code_of_conduct|security)(?:\.md)?$|^\.env\.example$|^\.dockerignore$|^\.nvmrc$/i;

/**
 * A file the item names by its path, with what happened to it: created or added ("Deployment guide created
 * (`docs/deployment.md`)", "Added `.env.production.template`") means it exists; deleted or removed ("**DELETE** `test_login.py`") means it is
 * gone; added to `.gitignore` means it is not tracked.
 */
export const pathNamed: Rule = (item) => {
  const t = item.text;
  const paths = namedPaths(item).filter(
    (p) =>
      p !== '.gitignore' &&
      !KNOWN_FILE.test(p) &&
      // (A `.env` anywhere is kept out of git: the repository never holds it, whatever the item says.)
      (!/(?:^|\/)\.env\b/.test(p) || /\.(?:template|example|sample)$/.test(p)),
  );
  if (paths.length !== 1) return undefined;
  const path = paths[0] as string;
  const lower = path.toLowerCase();
  const at = t.indexOf(lower);
  if (at < 0) return undefined;
  const before = t.slice(0, at).replace(/`/g, '');
  const after = t.slice(at + lower.length).replace(/`/g, '');
  // What a condition, a comparison or another subject says about the file is not its state.
  if (/\bif\b|\bunless\b|\bupdated?\b|\bmatch\w*\b|\breview\w*\b|\bcontent\w*\b|\bin sync\b/.test(before))
    return undefined;
  // ("`HANDOVER.md` added (if the project changes hands)": a condition, wherever it is written.)
  if (/\b(?:if|unless|optional|recommended|when needed|as needed)\b/.test(t)) return undefined;
  // "Add code to `app/layout.tsx`", "`.env` created from `config.sample.yml`": the file is where something
  // goes or where it comes from, not the thing said to be created.
  if (/\b(?:to|into|in|inside|for|from|of|on|at|with|using|via)\s*$/.test(before)) return undefined;
  if (
    /^\s*(?:to|in) (?:the )?\.gitignore\b/.test(after) &&
    /^(?:add|added|put)\b/.test(before.replace(/^[^a-z]+/, ''))
  )
    return {
      check: { kind: 'repo.untracked', paths: [path] },
      rule: 'repo.path-ignored',
      matched: [path, '.gitignore'],
    };
  const lead = before.replace(/[^a-z ]/g, ' ').trim();
  const gone = /^(?:delete|deleted|remove|removed)$/.test(lead);
  const made =
    // (Past or state only: "Create `src/env.ts` with a schema" is a task whose point is the code it holds.)
    /^(?:added|created|committed)(?: (?:a|an|the|new))*$/.test(lead) ||
    /^\s*(?:is |was |has been )?(?:created|added|committed|present|exists)\b/.test(after) ||
    (/\b(?:created|added|in place|present)\s*[(:-]?\s*$/.test(before) && /^\s*\)/.test(after)) ||
    inPlace(path, before, after);
  if (gone)
    return {
      check: { kind: 'repo.files-absent', paths: [path] },
      rule: 'repo.path-removed',
      matched: [lead, path],
    };
  // "`appsettings.Production.json` configured": an environment's own settings are set up where that
  // environment runs (often never committed); the claim is what they hold, not a file of the repository.
  if (made && ENV_SETTINGS.test(path) && !/\b(?:created|added|committed|exists|present)\b/.test(t))
    return undefined;
  if (made)
    return {
      check: { kind: 'repo.files-exist', paths: [anywhereDoc(path)] },
      rule: 'repo.path-created',
      matched: [
        path,
        phrase(
          t,
          /\b(?:add|added|create|created|commit|committed|present|exists|in place|included|configured|set up|documented)\b/,
        ) ?? 'created',
      ],
    };
  return undefined;
};

/** A settings file of one environment: `appsettings.Production.json`, `config/staging.yml`, `local.settings.json`. */
const ENV_SETTINGS =
  /(?:^|[/._-])(?:production|prod|staging|local|development|dev)(?:\.|[._-][^/]*\.)(?:json|ya?ml|toml|ini|config|conf|properties|xml)$/i;

/** Code files: a path to one after a claim names where the claim is made true, not a file said to be there. */
const CODE_FILE = /\.(?:js|jsx|ts|tsx|mjs|cjs|py|go|rs|java|kt|cs|rb|php|swift)$/i;

/**
 * A file said to be in place in other words: "`netlify/functions/api.js` is set up", ".vsixignore
 * configured", and a noun with its file in parentheses, "Icon included (`media/icon.png`)", "CI workflow
 * configured (`.github/workflows/ci.yml`)". (After a noun, a code file names where the noun's claim lives:
 * "Rate limiting configured (`src/limit.ts`)" is about rate limits.)
 */
function inPlace(path: string, before: string, after: string): boolean {
  // (The state ends the item: "`robots.txt` in place: served at the root" goes on about something else.)
  // ("`.goneat/policy.yaml` configured with the release policy": what it holds is for a person to read.)
  const subject =
    /^\s*(?:is |are |has been )?(?:set up|configured|in place|included)\s*[.;!]?\s*$/.test(after) ||
    (/^\s*(?:is |are |has been )?(?:set up|configured) with [^;:()]{1,60}$/.test(after) &&
      !/\b(?:correctly|properly)\b/.test(after));
  if (subject) return !/\S/.test(before.replace(/^[^a-z]*(?:confirm|verify|ensure|check)?(?: that)?\s*/, ''));
  if (CODE_FILE.test(path) || !/^\s*\)\s*[.;]?\s*$/.test(after)) return false;
  return (
    /\b(?:included|configured|set up|in place|documented)\s*\(\s*$/.test(before) &&
    !/\b(?:correctly|properly)\b/.test(before)
  );
}

/** A file named by its path is that path, as written (a bare name is at the root: "Added `RUNBOOK.md`"). */
const anywhereDoc = (path: string) => path;

/** No database dumps, backups, key stores or private keys committed. */
export const noDumps: Rule = (item) => {
  const t = item.text;
  const what = phrase(
    t,
    /\b(?:database dumps?|sql dumps?|\.sql files?|backups?|\.pem files?|private keys?|key ?stores?|\.p12|\.key files?)\b/,
  );
  const said = phrase(t, /\b(?:no|not)\b[^,;]*\b(?:committed|in (?:the )?(?:repo(?:sitory)?|git))\b/);
  // ("No keystore in git history": a scope the checks cannot see.)
  if (!what || !said || /\bhistory\b/.test(t)) return undefined;
  return {
    check: {
      kind: 'repo.files-absent',
      paths: /pem|private|key/.test(what)
        ? ['**/*.pem', '**/*.key', '**/*.p12', '**/*.pfx', '**/*.jks', '**/*.keystore']
        : ['**/*.sql', '**/*.sql.gz', '**/*.dump', '**/*.bak', '**/*.backup'],
      except: ['**/migrations/**'],
    },
    rule: 'repo.no-dumps-committed',
    matched: [what, said],
    note: /pem|private|key/.test(what)
      ? undefined
      : 'database migrations may hold .sql files and are allowed',
  };
};

/** `helmet` used, `engines.node` set: values of package.json. */
export const packageValue: Rule = (item) => {
  const t = item.text;
  const helmet = phrase(
    t,
    /\bhelmet(?:\.js)?(?: is)? (?:properly |correctly )?(?:used|installed|enabled|configured|in use)\b/,
  );
  if (helmet)
    return {
      check: { kind: 'repo.value', file: 'package.json', path: 'dependencies.helmet', exists: true },
      rule: 'repo.package-dependency',
      matched: [helmet],
      note: 'checks that helmet is a dependency of the root package.json; that it is mounted is for the headers check',
    };
  // "`bcryptjs` is used", "`express-rate-limit` is installed and configured": a dependency of package.json.
  const dependency = packageNamed(item);
  if (dependency)
    return {
      check: {
        kind: 'repo.value',
        file: 'package.json',
        path: `dependencies.${dependency.name}`,
        exists: true,
      },
      rule: 'repo.package-dependency',
      matched: [dependency.phrase],
      note: `checks that ${dependency.name} is a dependency of the root package.json; what it does is for the other checks`,
    };
  const engines = phrase(
    t,
    /(?:`engines`|\bengines(?:\.node| field| entry)\b)[^,;]*\b(?:set|defined|specif(?:y|ies|ied)|pinned|declared?s?)\b|\bnode(?:\.js)? version (?:pinned|specified|set) in package\.json\b/,
  );
  if (engines)
    return {
      check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
      rule: 'repo.package-engines',
      matched: [engines],
    };
  // "Node version is specified", "Node.js version pinned": in a Node project, package.json states it.
  const stated =
    item.doc.stack === 'node' || item.doc.stack === undefined
      ? phrase(
          t,
          /^[^a-z0-9]*(?:the )?(?:required |minimum )?node(?:\.js)? (?:engine |runtime )?version (?:is |has been )?(?:specified|pinned|set|declared|defined|stated|locked)(?: in (?:the )?package\.json| \(engines(?:\.node)?\))?\s*[.;]?$/,
        )
      : undefined;
  if (stated)
    return {
      check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
      rule: 'repo.package-engines',
      matched: [stated],
      note: 'read as engines.node in package.json (an .nvmrc is another place a version is stated)',
    };
  // "Node 22+ minimum", "Requires Node.js 20 or newer": the project states the version it needs.
  const minimum =
    item.doc.stack === 'node'
      ? phrase(
          t,
          /^(?:node(?:\.js)? v?\d+(?:\.\d+)*\+? (?:minimum|required|or (?:newer|later|higher))|(?:minimum|requires?) node(?:\.js)? (?:version )?v?\d+(?:\.\d+)*\+?)$/,
        )
      : undefined;
  if (minimum)
    return {
      check: { kind: 'repo.value', file: 'package.json', path: 'engines.node', 'not-empty': true },
      rule: 'repo.package-engines',
      matched: [minimum],
      note: 'checks that package.json states the Node.js version it needs (engines.node), not which one',
    };
  return undefined;
};

/** An npm package's name as a code span shows it: `bcryptjs`, `express-rate-limit`, `@scope/name`. */
// (No dots: `socket.io` would read as a path of package.json, and most dotted names are files.)
const PACKAGE = /^(?:@[a-z0-9][\w-]*\/)?[a-z0-9][a-z0-9_-]{2,}$/;

/** Tools usually kept in devDependencies or installed globally: not a dependency the check should require. */
const DEV_TOOLS =
  /^(?:@types\/.*|eslint.*|prettier.*|jest|vitest|mocha|chai|typescript|ts-node|tsx|husky|lint-staged|nodemon|pm2|forever|webpack.*|vite|babel.*|@babel\/.*|rollup|esbuild|playwright|@playwright\/.*|cypress|npm|pnpm|yarn|npx|node|git)$/;

/** Names of branches, environments and folders, written in code spans as often as packages are. */
const NOT_PACKAGES =
  /^(?:main|master|develop|dev|release|production|prod|staging|test|dist|build|src|lib|docs|public|static|assets|config|scripts|latest|stable)$/;

/** A package the item names in a code span and says is installed or used, in a Node project. */
export function packageNamed(item: ItemFacts): { name: string; phrase: string } | undefined {
  if (item.doc.stack !== 'node') return undefined;
  for (const code of item.code) {
    const name = code.trim();
    if (!PACKAGE.test(name) || name === 'helmet' || DEV_TOOLS.test(name)) continue;
    const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const said = new RegExp(
      `(?:^|\\s)${escaped}(?: package)?(?: is| are)? (?:properly |correctly )?(?:installed|used|in use|added|configured|enabled)\\b`,
    ).exec(item.text);
    // "used on all input endpoints": where it is used is beyond a dependency; "`main` is used as the
    // release branch": a role, not a package.
    if (!said || /\b(?:on|for|in|across) (?:all|every|each)\b|\beverywhere\b/.test(item.text)) continue;
    if (NOT_PACKAGES.test(name) || /^\s*as\b/.test(item.text.slice(said.index + said[0].length))) continue;
    return { name, phrase: said[0].trim() };
  }
  return undefined;
}

/** "No placeholder text (lorem ipsum)": no filler text left in the tracked files. */
export const noPlaceholderText: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\bno (?:placeholder|dummy|filler|sample) (?:text|content|copy)\b/) ??
    phrase(
      t,
      /\b(?:no|removed?|without) (?:any )?lorem ipsum\b|\blorem ipsum\b[^,;]*\b(?:removed|replaced|gone)\b/,
    );
  if (!said) return undefined;
  return {
    check: {
      kind: 'repo.forbidden-pattern',
      patterns: ['[Ll]orem [Ii]psum'],
      exclude: ['**/*.test.*', '**/*.spec.*', '**/test/**', '**/tests/**', '**/__tests__/**'],
    },
    rule: 'repo.no-placeholder-text',
    matched: [said],
    note: 'looks for "lorem ipsum"; add your own placeholder words to patterns',
  };
};

/** `.gitignore` and `.dockerignore` named as the list a path is in ("is in `.gitignore`", "added to .dockerignore"). */
const IN_GITIGNORE =
  /\b(?:in|to|into|by)\b[^;]{0,40}?\.gitignore\b|\.gitignore (?:excludes|covers|lists|includes|ignores|contains|has)\b|\bgit-?ignored\b|\bignored by git\b/;
const IN_DOCKERIGNORE =
  /\b(?:in|to|into|by)\b[^;]{0,40}?\.dockerignore\b|\.dockerignore (?:excludes|covers|lists|includes|ignores|contains|has)\b|\bdocker-?ignored\b/;
/** Words that say a path is not in git: "not committed", "no … in staged files", "No uncommitted keys". */
const NOT_IN_GIT =
  /\bnot (?:be )?(?:committed|tracked|staged|checked in|in (?:git|the repo(?:sitory)?|version control)|under version control)\b|\buntracked\b|\b(?:excluded|kept out) (?:from|of) (?:git|the repo(?:sitory)?|version control|source control)\b|\bno (?:un)?(?:committed|staged|tracked)\b|\bnever (?:be )?commit(?:ted)?\b|^no\b[^;]{0,60}?\bin (?:git|the repo(?:sitory)?|version control|staged files|the staging area|the index)\b|^no\b[^;]{0,60}?\b(?:committed|checked in|tracked)\b/;

/** A variable's name in capitals, not a folder (`NODE_ENV`). */
const VAR_LIKE = /^[A-Z][A-Z0-9_]*$/;

/** A path or glob as a code span: `serviceAccountKey.json`, `*.pem`, `dist/`, `config/secrets.yml`. */
const IGNORED_PATH = /^(?:\*\*\/|\.\/|\/)?[\w*.-]+(?:\/[\w*.-]+)*\/?$/;

/** The file a `git status | grep NAME` (or `git ls-files | grep NAME`) looks for. */
function greppedName(code: string): string | undefined {
  const m = /\bgit (?:status|ls-files|diff --cached)\b[^|]*\|\s*grep(?: -\w+)* ["']?([^"'\s|]+)["']?/.exec(
    code,
  );
  const name = m?.[1]?.replace(/\\/g, '');
  return name && /^[\w.*-]+$/.test(name) ? name : undefined;
}

/** A path as a glob of the repository: a bare name is matched in any folder, a folder with all it holds. */
function anyFolder(p: string): string {
  const f = p.replace(/^(?:\.\/|\/)/, '');
  const dir = f.endsWith('/');
  const bare = !f.replace(/\/$/, '').includes('/') && !f.startsWith('**/');
  return `${bare ? '**/' : ''}${f}${dir ? '**' : ''}`;
}

/** An entry of an ignore file that covers the path: the path's text, `*` as any characters, on a line not a comment or `!`. */
const entryPattern = (p: string) =>
  `^[^#!\\n]*${p
    .replace(/^(?:\*\*\/|\.\/|\/)/, '')
    .replace(/\/$/, '')
    .replace(/^\*+|\*+$/g, '')
    .split('*')
    .map(escapeRegex)
    .join('[^\\s]*')}`;

/**
 * A path said to be kept out of git or out of the Docker build context: "`serviceAccountKey.json` is in
 * `.gitignore`", "No `x.json` in staged files", "No uncommitted keys: `git status | grep x`" (not tracked,
 * and ignored); "`x.json` is in `.dockerignore`" (the ignore file lists it). A `.env` is the env rule's
 * (except for `.dockerignore`), and "git history" is a scope the checks cannot see.
 */
export const pathKeptOut: Rule = (item) => {
  const t = item.text;
  if (/\bhistory\b|\bif\b|\bunless\b|\bwhether\b/.test(t)) return undefined;
  // ("`dist/` is not in .gitignore (we ship it)": the path is meant to be committed.)
  if (
    /\bnot (?:in|listed in|covered by|excluded by) (?:the )?\.(?:git|docker)ignore\b|\bnot (?:git-?)?ignored\b/.test(
      t,
    )
  )
    return undefined;
  const paths: string[] = [];
  for (const c of item.code) {
    const f = c.trim();
    const grepped = greppedName(f);
    if (grepped) paths.push(/[.*]/.test(grepped) ? grepped : `*${grepped}*`);
    else if (
      IGNORED_PATH.test(f) &&
      /[.*/]/.test(f) &&
      !f.includes('..') &&
      !/^\.(?:git|docker)ignore$/.test(f) &&
      // (`console.log`, `process.env`: code, not a file.)
      !/^(?:console|process|window|document|self|this|os|sys|import\.meta)\./.test(f) &&
      !CALL.test(f) &&
      !DOMAIN.test(f)
    )
      paths.push(f);
  }
  // Paths written without backticks: "credentials.json not committed", "node_modules is in .gitignore".
  for (const p of plainPaths(item.raw))
    if (!paths.includes(p) && !item.code.some((c) => c.trim() === p)) paths.push(p);
  const git = phrase(t, IN_GITIGNORE) ?? phrase(t, NOT_IN_GIT);
  const docker = phrase(t, IN_DOCKERIGNORE);
  // A folder's bare name (`node_modules`, `dist`) only where the ignore file is named: it and all it holds.
  if (/\.(?:git|docker)ignore\b/.test(t))
    for (const c of item.code)
      if (/^[A-Za-z_][\w-]{1,40}$/.test(c.trim()) && !VAR_LIKE.test(c.trim())) paths.push(`${c.trim()}/`);
  if (paths.length === 0) return undefined;
  if (!git && !docker) return undefined;
  // ("`.gitignore` excludes `.env`": the env rule reads every `.env`.)
  const isEnv = (p: string) => /(?:^|\/|\*)\.env\b/.test(p) && !/\.(?:example|sample|template)$/.test(p);
  const found: Mapping[] = [];
  // (Examples are meant to be committed; "Add `x.json` to .gitignore" is the named-path rule's.)
  const tracked = paths.filter((p) => !isEnv(p) && !/\.(?:example|sample|template)$/.test(p));
  // (Asked only when the path rule could be the one: it reads the whole item again.)
  const named = () => {
    const added = pathNamed(item);
    return !!added && !Array.isArray(added) && 'check' in added && added.check.kind === 'repo.untracked';
  };
  if (git && tracked.length > 0 && !named())
    found.push({
      check: { kind: 'repo.untracked', paths: tracked.map(anyFolder) },
      rule: 'repo.path-ignored',
      matched: [...tracked, git],
      note: tracked.some((p) => !p.includes('/'))
        ? 'a name without a folder is looked for in every folder'
        : undefined,
    });
  if (docker)
    for (const p of paths)
      found.push({
        check: { kind: 'repo.required-pattern', pattern: entryPattern(p), files: ['**/.dockerignore'] },
        rule: 'repo.path-dockerignored',
        matched: [p, docker],
        note: `looks for a line of .dockerignore naming ${p}; a wider pattern that covers it is not read as one`,
      });
  return found.length > 0 ? found : undefined;
};

/** Folders of tools and builds that are never committed, by their usual names. */
const TOOL_FOLDER =
  /^(?:node_modules|__pycache__|\.venv|venv|\.next|\.nuxt|\.terraform|\.pytest_cache|\.mypy_cache|\.gradle|\.idea)$/;

/**
 * Paths in the item's words outside code spans: a file with an extension (`keys/*.pem` too), a folder
 * written with its slash (`dist/`), a tool's folder by its name (node_modules). Not ignore files, not `.env`
 * (the env rule's), not code (`console.log`) or host names.
 */
function plainPaths(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/(?:^|[\s(,])([\w*./-]{2,120})(?=$|[\s),:;])/g)) {
    const f = (m[1] ?? '').replace(/\.$/, '');
    if (!f || f.includes('..') || f.startsWith('/') || /^\.(?:git|docker)ignore$/.test(f)) continue;
    if (/(?:^|\/|\*)\.env\b/.test(f) || DOMAIN.test(f) || CALL.test(f)) continue;
    if (/^(?:console|process|window|document|self|this|os|sys|import\.meta)\./.test(f)) continue;
    if (
      /^[\w.-]+\.js$/i.test(f) &&
      /^(?:node|next|nuxt|vue|express|react|three|chart|d3|socket)\.js$/i.test(f)
    )
      continue;
    const file =
      /^(?:\*\*\/)?[\w*./-]*[\w*-]\.[A-Za-z][\w]{0,9}$/.test(f) && /[A-Za-z_*]/.test(f.split('.')[0] ?? '');
    const folder = /^[\w.-]{2,60}\/$/.test(f) || TOOL_FOLDER.test(f);
    if (file || folder) out.push(TOOL_FOLDER.test(f) ? `${f}/` : f);
  }
  return out.slice(0, 8);
}

/** A call or macro as written in a code span: `.unwrap()`, `todo!()`, `eval(`, `print()`, `fmt.Println()`. */
const CALL = /^\.?[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*){0,3}!?\(\)?$/;

/** The code files of a stack, for a construct of that language. */
const FILES_OF: Record<string, string[]> = {
  rust: ['**/*.rs'],
  python: PYTHON_CODE,
  go: ['**/*.go'],
  node: CODE,
  dotnet: ['**/*.cs'],
  java: ['**/*.java', '**/*.kt'],
};

/**
 * A call or macro said to be absent from the code: "No `.unwrap()` in production code", "No `todo!()` or
 * `unimplemented!()`", "No `eval()` calls": a forbidden pattern in the code files of the document's stack
 * (a macro, `name!()`, is Rust's). Console logs, debuggers and breakpoints are the leftovers rules'.
 */
export const noCallsLeft: Rule = (item) => {
  const calls = item.code.map((c) => c.trim()).filter((c) => CALL.test(c));
  if (calls.length === 0 || calls.length !== item.code.length) return undefined;
  if (/\bconsole\b|\bdebugger\b|\bpdb\b|set_trace|breakpoint/.test(item.text)) return undefined;
  // The item is "no" and the calls, then at most where ("in production code") or what they are ("calls").
  let rest = item.text.replace(/^[^a-z0-9.]+/, '');
  for (const c of calls) rest = rest.replace(c.toLowerCase(), ' § ');
  rest = rest.replace(/\s+/g, ' ').trim();
  const said =
    /^(?:ensure |verify )?(?:there are )?(?:no|zero) §(?: ?(?:,|or|and|nor|\/) §){0,5}(?: (?:calls?|statements?|usages?|invocations?|macros?|left|remaining))?(?: (?:in|across|anywhere in) (?:the )?(?:(?:production|prod|library|application|app|source|main|non-test|release|backend|frontend|server|runtime) )?(?:code(?:base)?|sources?|src|crates?|packages?|paths?))?$/.exec(
      rest,
    );
  if (!said) return undefined;
  const macro = calls.some((c) => /!\($/.test(c.replace(/\)$/, '')));
  const stack = macro ? 'rust' : item.doc.stack;
  const include = stack ? FILES_OF[stack] : undefined;
  const patterns = calls.map((c) => {
    const call = c.replace(/\)$/, '');
    return `${/^[A-Za-z_$]/.test(call) ? '\\b' : ''}${escapeRegex(call)}`;
  });
  return {
    check: {
      kind: 'repo.forbidden-pattern',
      patterns,
      ...(include ? { include } : {}),
      exclude: [...NOT_TESTS, '**/benches/**', '**/examples/**'],
    },
    rule: 'repo.no-calls-left',
    matched: [...calls, said[0].includes('code') ? 'in code' : 'no'],
    note: `${include ? `${stack === 'node' ? 'JavaScript and TypeScript' : include.join(', ')} files` : 'every tracked file'}; test folders, benches and examples are left out${stack === 'rust' ? ' (tests inside a source file are not)' : ''}`,
  };
};

/** Project files of .NET and others that hold XML elements: `.csproj`, `Directory.Build.props`, `.nuspec`. */
const PROJECT_FILE =
  /(?:^|[\s(])((?:[\w.-]*\.)?(?:csproj|fsproj|vbproj|props|targets|nuspec)|directory\.build\.props|pom\.xml|androidmanifest\.xml|web\.config|app\.config)\b/;
/** An XML element as a code span: `<Authors>`, `<GenerateDocumentationFile>true</GenerateDocumentationFile>`. */
const ELEMENT = /^<([A-Za-z][\w.-]{0,60})>(?:([^<>]{1,80})<\/([A-Za-z][\w.-]{0,60})>)?$/;

/**
 * Elements of a project file said to be set: "Ensure `<Authors>`, `<Company>` … are set in `.csproj`",
 * "`<PackageReadmeFile>` points to `README.md`", "`<GenerateDocumentationFile>true</…>` is set": one
 * required pattern per element in the project files (the element with a value, or the value written).
 * Updating one ("Update `<PackageReleaseNotes>` …") is a change to review, not a state.
 */
export const projectElements: Rule = (item) => {
  const t = item.text;
  const elements = item.code
    .map((c) => ELEMENT.exec(c.trim()))
    .filter((m): m is RegExpExecArray => m !== null);
  if (elements.length === 0) return undefined;
  const file = phrase(t, PROJECT_FILE);
  if (!file && item.doc.stack !== 'dotnet') return undefined;
  const said = phrase(
    t,
    /\b(?:are |is )?(?:set|present|defined|specified|filled in|filled|configured|included|enabled)\b|\bpoints? to\b/,
  );
  if (!said || /\b(?:update|updated|change|bump|add|remove|review|if)\b/.test(t)) return undefined;
  const files = !file
    ? ['**/*.csproj', '**/Directory.Build.props']
    : /csproj|fsproj|vbproj|props|targets/.test(file)
      ? [`**/*.${/fsproj|vbproj/.exec(file)?.[0] ?? 'csproj'}`, '**/Directory.Build.props']
      : /nuspec/.test(file)
        ? ['**/*.nuspec']
        : [`**/${item.code.find((c) => c.toLowerCase() === file) ?? file}`];
  // The file the element points to ("points to a comprehensive `README.md`"): its name is the value.
  const target = /\bpoints? to\b/.test(t)
    ? item.code.find((c) => /^[\w./-]+\.\w{1,8}$/.test(c.trim()) && !PROJECT_FILE.test(` ${c.toLowerCase()}`))
    : undefined;
  return elements.map((m) => {
    const name = m[1] as string;
    const value = m[2] !== undefined && m[3] === name ? m[2].trim() : undefined;
    const pattern = value
      ? `<${escapeRegex(name)}>\\s*${escapeRegex(value)}\\s*</${escapeRegex(name)}>`
      : target && elements.length === 1
        ? `<${escapeRegex(name)}>[^<]*${escapeRegex(target.trim())}\\s*</${escapeRegex(name)}>`
        : `<${escapeRegex(name)}>\\s*[^<\\s]`;
    return {
      check: { kind: 'repo.required-pattern', pattern, files, ...(value ? { 'ignore-case': true } : {}) },
      rule: 'repo.project-element',
      matched: [`<${name.toLowerCase()}>`, said],
      note: `${value ? `<${name}> set to ${value}` : target ? `<${name}> naming ${target.trim()}` : `<${name}> with a value`} in ${files.join(' or ')} (any one file will do)`,
    };
  });
};

/**
 * A README named with what it holds ("README for each service with setup, usage, and troubleshooting",
 * "README with install steps"): the README is in place, in each part's folder when the item says each;
 * what it holds is for a person to read.
 */
export const readmeHolds: Rule = (item) => {
  const m =
    /^(?:a )?readme(?: files?)?( (?:for|in) (?:each|every|all) (?:services?|packages?|modules?|apps?|components?|crates?|librar(?:y|ies)|projects?|folders?))? (?:with|containing|covering|including|describing|documenting|that (?:covers|explains|describes|documents)|(?:includes|contains|covers|explains|describes|documents|lists|has))\b[^;]{1,120}$/.exec(
      item.text.replace(/^[^a-z0-9]+/, ''),
    );
  if (!m || TO_DO.test(item.context) || CHANGE_WORDS.test(item.text)) return undefined;
  const each = !!m[1];
  return {
    check: { kind: 'repo.files-exist', paths: [each ? '**/README*' : 'README.md'] },
    rule: 'repo.readme-holds',
    matched: [m[0].slice(0, 60)],
    note: `checks that ${each ? 'a README exists (any folder: the item names no folder of its parts)' : 'the README exists'}; what it holds is for a person to read`,
  };
};

/** Words that make an item about a document a change to it, not the document being there. */
const CHANGE_WORDS =
  /\b(?:update|updated|new|entries|entry|added|add|write|draft|review|link(?:s|ed)? to|no|not|broken|badges?)\b/;
