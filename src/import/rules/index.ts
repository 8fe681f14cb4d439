import { nearMiss, notAClaim, scopeOf } from './claims.js';
import * as commands from './commands.js';
import { commandIn } from './commands.js';
import * as container from './container.js';
import * as documents from './documents.js';
import * as env from './env.js';
import * as github from './github.js';
import * as manifest from './manifest.js';
import { normalized } from './normalize.js';
import * as repo from './repo.js';
import {
  MAX_RULE_TEXT,
  type DocumentFacts,
  type ItemFacts,
  type Mapping,
  type Rule,
  type Stack,
} from './types.js';
import * as web from './web.js';

/**
 * Every rule, each for one kind of claim. All rules read every item: an item can make several claims
 * ("HSTS and CSP headers present", "Build and test"); claims of one kind merge into one check.
 */
const RULES: Rule[] = [
  repo.grepNothing,
  repo.envNotCommitted,
  env.envDocumented,
  repo.noConsoleLog,
  repo.noLeftovers,
  repo.noTodo,
  repo.noHardcodedSecrets,
  repo.noPlaceholderText,
  repo.fileExists,
  repo.readmeHolds,
  repo.templatesExist,
  repo.bareFileName,
  repo.pathUnderPresent,
  repo.pathNamed,
  repo.pathKeptOut,
  repo.noCallsLeft,
  repo.projectElements,
  documents.documentListed,
  documents.documentHolds,
  documents.documentInParentheses,
  documents.documentedIn,
  documents.fileGrammar,
  repo.noDumps,
  repo.packageValue,
  manifest.packageMetadata,
  manifest.packageJsonValue,
  manifest.packageFieldSet,
  manifest.typescriptStrict,
  manifest.dependencyInManifest,
  manifest.settingInForce,
  manifest.manifestField,
  commands.commandClaims,
  container.dockerfile,
  container.compose,
  web.healthEndpoint,
  web.blockRequest,
  web.requestAnswers,
  web.siteLoads,
  web.addressAnswers,
  web.securityHeaders,
  web.httpsRedirect,
  web.certificate,
  web.mixedContent,
  web.compression,
  web.wellKnownFiles,
  web.cors,
  web.rateLimit,
  web.latency,
  web.websocket,
  web.dns,
  web.webhookVerify,
  github.reviewed,
  github.changelog,
  github.versionBump,
  github.checksGreen,
  github.targetBranch,
  env.environment,
];

/** What the rules decided for one item: the checks (one or more), or why it stays manual. */
export interface Decision {
  mappings: Mapping[];
  /** Why no check was chosen, when a rule could have applied but the words say otherwise. */
  manual?: string;
}

/** Words that make an item a watch over time, whatever else it mentions. */
const OVER_TIME =
  /\b(?:monitor(?:ing|ed|s)?|track(?:ing|ed|s)?|alert(?:ing|s)?|dashboards?|notifications?|on-call)\b/;

export function decide(item: ItemFacts): Decision {
  const reason = notAClaim(item.text);
  if (reason) return { mappings: [], manual: reason };
  // "Rate limiting enabled (if needed)", "Issue templates (recommended)", "Health checks green for 24 hours".
  const scope = scopeOf(item.text, item.near, item.code);
  if (scope) return { mappings: [], manual: scope };
  // "`SENTRY_DSN` configured for error tracking": the watch is what the thing is for, not the claim.
  // Under "Monitor CI/CD" or "Watch the rollout", each item is something to watch once the step is done
  // (the release's own CI run, the rollout), not a state of the pull request.
  const watched = /^(?:monitor|watch|observe)\s+\S/.exec(item.near);
  if (watched)
    return {
      mappings: [],
      manual: `under "${item.near}": watched after the step, not checked on the pull request`,
    };
  // ("Frontend loads and displays the dashboard": the dashboard is a page it shows.)
  const watch = OVER_TIME.exec(
    item.text
      .replace(PURPOSE, '')
      // "`SENTRY_DSN` -- Error tracking", "`SLACK_WEBHOOK_URL` - Deploy notifications": what the variable is for.
      .replace(VARIABLE_PURPOSE, '$1')
      .replace(/\b(?:loads?|displays?|shows?|renders?)(?: the)? dashboards?\b/g, ' ')
      // "WebSocket connection works (open dashboard, check real-time updates)": how a person would look.
      .replace(/\((?:open|check|visit|click|see|try|go to)\b[^()]*\)/g, ' ')
      // ("`POST /api/v1/funnel/track` → 200": the words of a path are not words of the claim.)
      .replace(/(?:^|\s)\/[\w./-]+/g, ' '),
  );
  if (watch) return { mappings: [], manual: `"${watch[0]}" is watched over time, not checked once` };
  const undone = NOT_DONE.exec(item.text.replace(/\([^()]*\)/g, ' '));
  if (undone) return { mappings: [], manual: `"${undone[0]}" says it is not the case yet` };
  const refusals: string[] = [];
  let found = apply(item, refusals);
  // The same claim in other words ("Ensure all tests pass", "Enable HSTS", "Tests: passing",
  // "Configure CORS/HTTPS/HSTS"): the rules read the plain form too, and what they find there is added.
  // (Only a spread list adds to what the words as written found: other rewrites could change the subject.)
  const plain = normalized(item.text);
  if (plain && (found.length === 0 || plain.list)) {
    const more = apply({ ...item, text: plain.text }, refusals).filter(
      (m) => !found.some((f) => f.check.kind === m.check.kind),
    );
    found = [...found, ...more];
  }
  const foreign = found.filter((m) => foreignSubject(m, item.text, item.near, item.context));
  if (foreign.length > 0) {
    found = found.filter((m) => !foreign.includes(m));
    refusals.unshift(
      'its subject is another part (staging, a database, storage, a local machine), not the app',
    );
  }
  // Commands run on the gate's Linux runner: an item under "macOS verification" is not one it can check.
  if (/\b(?:macos|mac os|os x|windows|win32)\b/.test(item.context) && !/\blinux\b/.test(item.context))
    found = found.filter((m) => m.check.kind !== 'command');
  // Under "(Optional) …" or with failures expected below it, a run the release does not need to pass.
  const optional = found.some((m) => m.check.kind === 'command') ? commands.optionalRun(item) : undefined;
  if (optional) {
    found = found.filter((m) => m.check.kind !== 'command');
    refusals.unshift(optional);
  }
  const step = deployStep(found, item);
  if (step) {
    found = found.filter((m) => m !== step);
    refusals.unshift(
      'a build run as a step of the deployment makes its artefact; say it must pass to check it',
    );
  }
  const mappings = merge(dropCovered(namedFirst(found, item)));
  if (mappings.length === 0) {
    const why = refusals[0] ?? nearMiss(item.text);
    return why ? { mappings, manual: why } : { mappings };
  }
  return { mappings };
}

/** The nearest step of the outline is a deployment's own steps ("Backend Deployment", "Build & Deploy"). */
const DEPLOY_STEPS = /\bdeploy(?:ment|ing|s)?\b/;
const BEFORE_DEPLOY = /\b(?:pre|before)[- ]?deploy|\bdeploy(?:ment)? (?:readiness|checklist|prep\w*)\b/;
const SUCCESS =
  /\b(?:pass|passes|passed|passing|succeeds?|succeeded|successful(?:ly)?|green|clean|no errors|zero errors|without errors|works?|compiles?)\b/;

/**
 * "Run `npm run build`" after "SSH into the server" under "Backend Deployment", "Build Docker images:
 * `make build`" under "Build & Deploy": a build done as a step of deploying, with no word that it must
 * succeed, is the deployment's work, not a claim about the pull request.
 */
function deployStep(found: Mapping[], item: ItemFacts): Mapping | undefined {
  if (!DEPLOY_STEPS.test(item.near) || BEFORE_DEPLOY.test(item.near) || SUCCESS.test(item.text))
    return undefined;
  return found.find(
    (m) =>
      m.check.kind === 'command' && (/\bbuild\b/.test(String(m.check.run)) || /^build\b/.test(item.text)),
  );
}

/** A variable's name at the start, then what it is for after a dash or a colon. */
const VARIABLE_PURPOSE = /^(`?[a-z][a-z0-9]*(?:_[a-z0-9]+)+`?)\s*(?:--|[-–—:])\s.*$/;

/** A trailing purpose of watching ("for error tracking", "for monitoring") after what the item claims. */
const PURPOSE =
  /\s+(?:used )?for (?:(?:error|performance|uptime|usage|crash|event|user|product) )?(?:tracking|monitoring|alerting|analytics|alerts)(?: purposes)?\s*$/;

/** The mappings every rule reads from the item; the reasons of rules that refused go to `refusals`. */
function apply(item: ItemFacts, refusals: string[]): Mapping[] {
  const found: Mapping[] = [];
  for (const rule of RULES) {
    const out = rule(item);
    if (!out) continue;
    if ('manual' in out) {
      if (!refusals.includes(out.manual)) refusals.push(out.manual);
      continue;
    }
    for (const m of Array.isArray(out) ? out : [out]) found.push(m);
  }
  return found;
}

/** Words that say the claim does not hold yet, or is put off: the item is a plan, not a state. */
const NOT_DONE =
  /\b(?:not yet|pending|deferred|postponed|(?:planned|coming) (?:for )?later|in progress|wip|won't|will not|isn't|aren't|not (?:enabled|configured|implemented|enforced|working|passing|done|ready|set up|applicable)|n\/a)\b/;

/**
 * The network checks look at the app's own endpoint: an item whose subject is another part (the
 * database's TLS, a queue's latency, SSH rate limits, a cache's compression, the staging host) says
 * nothing they can see.
 */
const OTHER_SUBJECT =
  /\b(?:databases?|db|postgres\w*|mysql|mongo\w*|redis|memcached|caches?|queues?|kafka|rabbitmq|brokers?|smtp|e-?mails?|ssh|sftp|ftp|vpn|internal|between services|service-to-service|inter-service|microservices? communication|staging|localhost|mobile apps?|ios|android|grpc|mqtt|backups?)\b/;

/** Parts of a deployment with endpoints of their own: file storage, a bucket. */
const STORAGE = /\bstorage\b|\bbuckets?\b|\bs3\b/;

function foreignSubject(m: Mapping, text: string, near = '', context = ''): boolean {
  if (!/^(?:http\.|tls\.|dns\.|ws\.)/.test(m.check.kind)) return false;
  // Under "Deploy to Staging" the item is checked on the staging host, not the app the gate looks at.
  if (/\bstaging\b/.test(near) && !/\bproduction\b/.test(near)) return true;
  // "Local health endpoint accessible", under "Local Backup": a developer machine's endpoint, not the app's.
  // ("Test Locally" › "Test all pages" › "Home page loads": the page on the developer's machine.)
  if (
    /\blocal(?:ly)?\b/.test(text) ||
    /\blocal\b/.test(near) ||
    /\b(?:test(?:ing)?|run(?:ning)?|verify|check) locally\b|\blocal (?:development|testing|setup|environment|machine)\b/.test(
      context,
    )
  )
    return true;
  // "CORS configured for uploads" under "File Storage": the bucket's CORS, not the app's.
  // (A token or leaky bucket is a rate limiter's algorithm, not storage.)
  const own = text.replace(/\b(?:token|leaky)[- ]buckets?\b/g, ' ');
  if (STORAGE.test(own) || (STORAGE.test(near) && m.check.kind !== 'http.response')) return true;
  // A health endpoint that reports the database ("/health checks the DB") is still the app's endpoint.
  if (m.check.kind === 'http.response' && m.check.path !== undefined) return false;
  // "Rate limiting Redis / API gateway": the store that keeps the counts is how the limit is held, not its subject.
  // (So is a store named in a remark: "Add sign-in rate limiting (Redis or in-memory)".)
  if (m.check.kind === 'http.rate-limit' && /^(?:[\w-]+ )?rate[- ]limit/.test(text))
    return OTHER_SUBJECT.test(text.replace(STORE, ' '));
  if (m.check.kind === 'http.rate-limit')
    return OTHER_SUBJECT.test(text.replace(/\([^()]*\)/g, (remark) => remark.replace(STORE, ' ')));
  return OTHER_SUBJECT.test(text);
}

/** Stores a rate limiter keeps its counts in. */
const STORE = /\b(?:redis|memcached|in-memory|caches?)\b/g;

/**
 * "No TypeScript errors (`pnpm typecheck`)": the command the item names is the one it means, in place of
 * the generic command of the same purpose.
 */
function namedFirst(found: Mapping[], item: ItemFacts): Mapping[] {
  const generic = found.filter((m) => m.check.kind === 'command' && m.rule !== 'command.named');
  if (generic.length === 0 || found.some((m) => m.rule === 'command.named')) return found;
  const named = commandIn(item);
  if (!named || /\b(?:install|deploy|start|dev|serve|publish|migrate|seed)\b/.test(named.run)) return found;
  // `npm audit` named, "no high vulnerabilities" said: the generic command refines the named one.
  if (generic.some((g) => String(g.check.run).startsWith(named.run))) return found;
  const rest = found.filter((m) => !generic.includes(m));
  return [
    ...rest,
    {
      check: { kind: 'command', run: named.run, ...(named.cwd ? { cwd: named.cwd } : {}) },
      rule: 'command.named',
      matched: [named.code, ...generic.flatMap((g) => g.matched)],
    },
  ];
}

/**
 * A command an item names stands for the generic one of the same purpose ("All tests passing
 * (`npm run check`)" runs `npm run check`, not `npm test` too).
 */
function dropCovered(found: Mapping[]): Mapping[] {
  const named = found.some((m) => m.rule === 'command.named');
  if (named) return found.filter((m) => m.check.kind !== 'command' || m.rule === 'command.named');
  // "Tests passing: CI pipeline green" says the tests pass in CI: the checks on the commit, not a local run.
  if (found.some((m) => m.check.kind === 'github.checks-green'))
    return found.filter((m) => m.rule !== 'command.tests-pass');
  return found;
}

/** Checks of one kind merge: header sub-tests and variables are united; others keep the first. */
function merge(found: Mapping[]): Mapping[] {
  const out: Mapping[] = [];
  for (const m of found) {
    const same = out.find((o) => o.check.kind === m.check.kind && mergeable(o, m));
    if (!same) {
      out.push(m);
      continue;
    }
    same.matched = [...new Set([...same.matched, ...m.matched])];
    if (m.check.kind === 'http.security-headers') {
      const a = same.check.require as string[] | undefined;
      const b = m.check.require as string[] | undefined;
      if (a && b) same.check.require = [...new Set([...a, ...b])];
      else delete same.check.require;
    }
    if (m.check.kind === 'repo.untracked')
      same.check.paths = [...new Set([...(same.check.paths as string[]), ...(m.check.paths as string[])])];
    if (m.check.kind === 'docker.policy')
      for (const [k, v] of Object.entries(m.check)) if (v === true) same.check[k] = true;
    if (m.check.kind === 'env.policy') {
      same.check.variables = { ...(m.check.variables as object), ...(same.check.variables as object) };
    }
  }
  return out;
}

function mergeable(a: Mapping, b: Mapping): boolean {
  if (a.check.kind === 'command') return a.check.run === b.check.run;
  if (
    a.check.kind === 'repo.forbidden-pattern' ||
    a.check.kind === 'repo.required-pattern' ||
    a.check.kind === 'repo.files-exist' ||
    a.check.kind === 'http.response'
  )
    return JSON.stringify(a.check) === JSON.stringify(b.check);
  return true;
}

const PYTHON = /\b(?:flask|django|fastapi|python|pip|pytest|poetry|gunicorn|uvicorn|requirements\.txt)\b/i;
const NODE = /\b(?:npm|npx|node(?:\.js)?|yarn|pnpm|package\.json|typescript|next\.js|react|vite|eslint)\b/i;
const GO = /\b(?:golang|go (?:test|build|mod|vet))\b/i;
const RUST = /\b(?:cargo|rust|clippy)\b/i;
// `.NET` only as a word of its own (never the end of a host name such as example.net).
// Java by its build tools or a JDK version ("Java 21"), not the word alone (a list of languages supported).
const JAVA = /\b(?:maven|mvn|gradle|gradlew|pom\.xml|spring boot|junit|jdk|java \d{1,2})\b/i;
/** A Flutter app by its tool or its manifest (`flutter test`, `pubspec.yaml`); its tests run with `flutter test`. */
const FLUTTER = /\b(?:flutter|pubspec\.yaml)\b/i;
const DOTNET = /\b(?:nuget|dotnet|csproj|asp\.net)\b|(?:^|[\s(])\.net\b|\bc#/i;

/** Health paths a text names: in a URL (`https://host:8080/api/health`) or alone (`/healthz`). */
function healthPathsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bhttps?:\/\/[^\s/'"`<>()]+(\/[\w./-]*)/g))
    if (m[1] && /\/health[\w-]*$/.test(m[1])) out.push(m[1]);
  for (const m of text.matchAll(/(?:^|[\s(`'"])(\/(?:[\w-]+\/){0,3}health[\w-]*)(?=[\s)`'",;:]|$)/g))
    if (m[1]) out.push(m[1]);
  return out;
}

/** What the document as a whole says: its stack and the verify-token variables it names. */
export function documentFacts(
  texts: string[],
  repoStack?: Stack,
  storeSecrets: string[] = [],
  blocks: string[] = [],
): DocumentFacts {
  let python = false;
  let node = false;
  let go = false;
  let rust = false;
  let dotnet = false;
  let java = false;
  let flutter = false;
  const verifyTokens: string[] = [];
  const jwtVariables: string[] = [];
  const variables = new Set<string>();
  for (const raw of texts) {
    const t = raw.slice(0, 2 * MAX_RULE_TEXT);
    python ||= PYTHON.test(t);
    node ||= NODE.test(t);
    go ||= GO.test(t);
    rust ||= RUST.test(t);
    dotnet ||= DOTNET.test(t);
    java ||= JAVA.test(t);
    flutter ||= FLUTTER.test(t);
    for (const v of t.match(/\b[A-Z][A-Z0-9_]*VERIFY_TOKEN\b/g) ?? [])
      if (!verifyTokens.includes(v)) verifyTokens.push(v);
    for (const v of t.match(/\b[A-Za-z][A-Za-z0-9]*(?:_{1,2}[A-Za-z0-9]+)+\b/g) ?? [])
      if (/jwt/i.test(v) && /secret|key/i.test(v) && !/refresh|public/i.test(v) && !jwtVariables.includes(v))
        jwtVariables.push(v);
    for (const v of t.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+\b/g) ??
      [])
      if (variables.size < 300) variables.add(v);
  }
  const others = [
    python && 'python',
    go && 'go',
    rust && 'rust',
    dotnet && 'dotnet',
    java && 'java',
    flutter && 'flutter',
  ].filter(Boolean) as Array<Exclude<Stack, 'node'>>;
  const stack = node
    ? others.length === 0
      ? 'node'
      : undefined
    : others.length === 1
      ? others[0]
      : undefined;
  // The stacks of the parts: those the words name, and the one the repository's root shows.
  const named: Stack[] = node ? ['node', ...others] : others;
  const stacks = repoStack && !named.includes(repoStack) ? [...named, repoStack] : named;
  const healthPaths = new Set<string>();
  for (const raw of [...texts, ...blocks])
    for (const p of healthPathsIn(raw.slice(0, 4000))) healthPaths.add(p);
  const [healthPath] = healthPaths;
  return {
    stack: stack ?? (others.length > 0 || node ? undefined : repoStack),
    ...(stacks.length > 1 ? { stacks } : {}),
    verifyTokens,
    jwtVariables,
    variables: [...variables],
    storeSecrets,
    ...(healthPaths.size === 1 && healthPath ? { healthPath } : {}),
  };
}

export { storeHeading } from './env.js';

export {
  APP_TARGET,
  MAX_RULE_TEXT,
  type DocumentFacts,
  type ItemFacts,
  type Mapping,
  type Stack,
} from './types.js';
