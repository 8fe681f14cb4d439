import { nearMiss, notAClaim } from './claims.js';
import * as commands from './commands.js';
import * as container from './container.js';
import * as env from './env.js';
import * as github from './github.js';
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
  repo.noTodo,
  repo.noHardcodedSecrets,
  repo.noPlaceholderText,
  repo.fileExists,
  repo.noDumps,
  repo.packageValue,
  commands.namedCommand,
  commands.typecheckPasses,
  commands.lintPasses,
  commands.buildSucceeds,
  commands.auditClean,
  commands.formatted,
  commands.testsPass,
  container.dockerfile,
  container.compose,
  web.healthEndpoint,
  web.siteLoads,
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
  const watch = OVER_TIME.exec(item.text);
  if (watch) return { mappings: [], manual: `"${watch[0]}" is watched over time, not checked once` };
  const found: Mapping[] = [];
  for (const rule of RULES) {
    const out = rule(item);
    if (!out) continue;
    for (const m of Array.isArray(out) ? out : [out]) found.push(m);
  }
  const mappings = merge(dropCovered(found));
  if (mappings.length === 0) {
    const why = nearMiss(item.text);
    return why ? { mappings, manual: why } : { mappings };
  }
  return { mappings };
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
const DOTNET = /\b(?:nuget|dotnet|csproj|asp\.net)\b|(?:^|[\s(])\.net\b|\bc#/i;

/** What the document as a whole says: its stack and the verify-token variables it names. */
export function documentFacts(texts: string[], repoStack?: Stack): DocumentFacts {
  let python = false;
  let node = false;
  let go = false;
  let rust = false;
  let dotnet = false;
  const verifyTokens: string[] = [];
  for (const raw of texts) {
    const t = raw.slice(0, 2 * MAX_RULE_TEXT);
    python ||= PYTHON.test(t);
    node ||= NODE.test(t);
    go ||= GO.test(t);
    rust ||= RUST.test(t);
    dotnet ||= DOTNET.test(t);
    for (const v of t.match(/\b[A-Z][A-Z0-9_]*VERIFY_TOKEN\b/g) ?? [])
      if (!verifyTokens.includes(v)) verifyTokens.push(v);
  }
  const others = [python && 'python', go && 'go', rust && 'rust', dotnet && 'dotnet'].filter(
    Boolean,
  ) as Array<'python' | 'go' | 'rust' | 'dotnet'>;
  const stack = node
    ? others.length === 0
      ? 'node'
      : undefined
    : others.length === 1
      ? others[0]
      : undefined;
  return {
    stack: stack ?? (python || go || rust || dotnet || node ? undefined : repoStack),
    verifyTokens,
  };
}

export {
  APP_TARGET,
  MAX_RULE_TEXT,
  type DocumentFacts,
  type ItemFacts,
  type Mapping,
  type Stack,
} from './types.js';
