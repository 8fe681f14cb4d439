import { watchContext } from './claims.js';
import { phrase, type ItemFacts, type Mapping, type Rule } from './types.js';

const unremarked = (t: string) => t.replace(/\([^()]*\)/g, ' ');

/**
 * A project command in a code span: `npm test`, `cd backend && npm run build`, `pnpm validate`, `make check`,
 * and the usual checkers of other stacks (`ruff check .`, `mypy src/`, `gitleaks detect`, `docker compose config`).
 */
const SHELL_COMMAND =
  /^(?:cd\s+([\w./-]+)\s*&&\s*)?((?:npm|npx|pnpm|yarn|bun|make|tsc|go|cargo|pytest|python -m (?:pytest|mypy|ruff|flake8|pylint|black|isort|bandit)|mvn|gradle|\.\/gradlew|composer|bundle exec|dotnet|golangci-lint|govulncheck|staticcheck|ruff|mypy|flake8|pylint|black --check|isort --check(?:-only)?|bandit|pyright|gitleaks|trufflehog|semgrep|shellcheck|hadolint|eslint|biome|docker[- ]compose(?: -f [\w./-]+)* config|node [\w./-]+\.[cm]?[jt]s(?=\s|$))\b[^;&|<>`$]*)$/;
const SUCCEEDS =
  /\b(?:pass|passes|passed|passing|succeeds?|succeeded|successful(?:ly)?|builds?|compiles?|green|clean|runs? clean|no errors|zero errors|works?|completes?|(?:is |are )?valid)\b/;

/** The package manager the item names, else npm. */
function manager(item: ItemFacts): 'npm' | 'pnpm' | 'yarn' {
  const all = `${item.text} ${item.code.join(' ')}`;
  if (/\bpnpm\b/.test(all)) return 'pnpm';
  if (/\byarn\b/.test(all)) return 'yarn';
  return 'npm';
}

/** The test command of a project in another language; other scripts have no standard name there. */
const OTHER_TESTS = {
  python: 'pytest',
  go: 'go test ./...',
  rust: 'cargo test',
  dotnet: 'dotnet test',
} as const;

const run = (item: ItemFacts, script: string) => {
  const stack = item.doc.stack;
  if (stack && stack !== 'node') return script === 'test' ? OTHER_TESTS[stack] : undefined;
  const pm = manager(item);
  if (script === 'test') return pm === 'npm' ? 'npm test' : `${pm} test`;
  return pm === 'yarn' ? `yarn ${script}` : `${pm} run ${script}`;
};

interface NamedRun {
  run: string;
  cwd?: string;
  code: string;
}

/** The command a code span names, with the directory of a leading `cd`. */
export function commandIn(item: ItemFacts): NamedRun | undefined {
  return commandsIn(item)[0];
}

/**
 * Every command the item's code spans name, each with the directory of its leading `cd` ("All tests pass:
 * `cd web && npm test` and `cd server && go test ./...`"), or of the package the item starts with
 * ("Frontend `tsc --noEmit` and `npm run lint` pass").
 */
function commandsIn(item: ItemFacts): NamedRun[] {
  const out: NamedRun[] = [];
  const lead = cwdOf(item);
  for (const code of item.code) {
    const m = SHELL_COMMAND.exec(code.trim());
    if (!m?.[2]) continue;
    const cwd = m[1]?.replace(/\/+$/, '') ?? lead;
    out.push({ run: m[2].trim(), ...(cwd && cwd !== '.' ? { cwd } : {}), code });
  }
  return out;
}

/** An item that names a project command in a code span and says it must succeed (or just names it, in a list of checks). */
export const namedCommand: Rule = (item) => {
  const all = commandsIn(item);
  const found = all[0];
  if (!found) return undefined;
  const said =
    phrase(item.text, SUCCEEDS) ??
    phrase(item.text, /^(?:run|runs?)\b/) ??
    checkNamed(item, found.run, found.code) ??
    bareUnderChecks(item, found.code);
  if (!said) return undefined;
  // Commands joined by "and" ("`tsc --noEmit` and `npm run lint` pass") are each claimed to pass.
  const joined = all.filter(
    (c, i) =>
      i === 0 ||
      new RegExp(`${escaped(all[i - 1]?.code ?? '')}\\W*(?:and|&|,|\\+)\\W*${escaped(c.code)}`, 'i').test(
        item.raw,
      ),
  );
  const out: Mapping[] = [];
  for (const c of joined) {
    // A script run with node is a check only when its name says so (`node scripts/verify-env.js`, not `node server.js`).
    if (/^node /.test(c.run) && !/test|check|verif|lint|audit|validat|scan/.test(c.run)) continue;
    if (
      /\b(?:publish|version|release|install|ci\b|pack|deploy|start|dev|serve|migrate|seed)\b/.test(c.run) &&
      !/\btest|lint|build|check|audit|validate|verify|typecheck|tsc\b|--dry-run\b|^docker[- ]compose\b/.test(
        c.run,
      )
    )
      continue;
    // `govulncheck` or `staticcheck` named alone runs over every package, as they are meant to.
    const runs = /^(?:govulncheck|staticcheck)$/.test(c.run) ? `${c.run} ./...` : c.run;
    out.push({
      check: { kind: 'command', run: runs, ...(c.cwd ? { cwd: c.cwd } : {}) },
      rule: 'command.named',
      matched: [c.code, said],
    });
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : out;
};

const escaped = (s: string) => s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A command whose name says it checks (`npm run lint`, `go test -race ./...`, `npm run test:smoke`,
 * `govulncheck`; audits are read by the audit rule) is the claim that it passes, whatever the words around it say ("No race conditions",
 * an item in another language), unless they make it a task about the command itself ("Add `npm test` to CI").
 */
const CHECK_COMMAND =
  /\b(?:test\w*|lint\w*|vet|check\w*|type-?check|tsc|verify|validate|fmt|format:check|build)\b|^(?:golangci-lint|govulncheck|staticcheck|pytest)\b|\s-race\b/;
const ABOUT_COMMAND =
  /\b(?:add|adds|added|create|write|configure|set ?up|install|document|explain|describe|alias|hook|script to|before|after|fix)\b/;

function checkNamed(item: ItemFacts, run: string, code: string): string | undefined {
  if (!CHECK_COMMAND.test(run) || /\b(?:--fix|-w|--write)\b/.test(run)) return undefined;
  const words = item.text.replace(code.trim().toLowerCase(), ' ');
  // "Test coverage ≥ 80% (`go test -cover ./...`)": a threshold the command's exit code does not hold;
  // "Boundary checks automated (e.g., `npm run check-boundaries`)": the command is an example, not the claim.
  if (
    ABOUT_COMMAND.test(words) ||
    /\bcoverage\b|\d+ ?%/.test(words) ||
    /\b(?:e\.g\.|eg\.|for example|such as|like)[\s,:]*$/.test(
      item.text.slice(0, Math.max(0, item.text.indexOf(code.trim().toLowerCase()))),
    )
  )
    return undefined;
  return 'names a check command';
}

/**
 * The whole item is one command, under a parent or heading of checks ("CLI smoke test:" ›
 * `go run ./cmd/tool search -limit 1`): the command must run without failing.
 */
function bareUnderChecks(item: ItemFacts, code: string): string | undefined {
  if (item.code.length !== 1 || item.text.replace(/[`\s]/g, '') !== code.toLowerCase().replace(/[`\s]/g, ''))
    return undefined;
  return phrase(item.context, /\b(?:smoke tests?|tests?|checks?|verification|quality gates?)\b/);
}

/** A check's bare name under a CI heading ("Lint (Biome)", "Tests (Vitest, 286+)", "Build"): the job passes. */
const BARE_CHECKS: Array<[RegExp, string, string]> = [
  [/^(?:lint|linting|linter)$/, 'lint', 'command.lint-passes'],
  [/^(?:typecheck|type-check|type ?checks?|type ?checking)$/, 'typecheck', 'command.typecheck-passes'],
  [/^(?:tests?|unit tests|test suite)$/, 'test', 'command.tests-pass'],
  [/^(?:build|builds)$/, 'build', 'command.build-succeeds'],
];

export const bareCheckName: Rule = (item) => {
  if (!/\bci\b|ci\/cd|pipelines?|workflows?|quality gates?|github actions/.test(item.context))
    return undefined;
  const t = unremarked(item.text).replace(/\s+/g, ' ').trim().replace(/[.:]$/, '');
  for (const [re, script, rule] of BARE_CHECKS) {
    if (!re.test(t)) continue;
    const node = item.doc.stack === undefined || item.doc.stack === 'node';
    const runs = script === 'typecheck' ? (node ? 'npx tsc --noEmit' : undefined) : run(item, script);
    if (!runs) return undefined;
    return {
      check: { kind: 'command', run: runs },
      rule,
      matched: [t, item.near],
      note: `a bare name under "${item.near}": read as that check passing`,
    };
  }
  return undefined;
};

/** Where a package-scoped item points: "Backend tests pass" runs in backend/ when the context says so. */
function cwdOf(item: ItemFacts): string | undefined {
  const m = /^(backend|frontend|server|client|api|web)\b/.exec(item.text);
  return m?.[1];
}

/** Tests pass: unit tests or the whole suite; suites of a kind the test script may not run stay manual. */
export const testsPass: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /^(?:all |the |every |each |existing |all existing |backend |frontend |api |server |client )?(?:unit(?:,? and [a-z-]{1,20})? )?tests?(?: and [a-z ]{1,30}? tests)? (?:suite )?(?:are |is )?(?:all |still )?(?:pass|passes|passed|passing|green|succeed\w*)\b/,
    ) ??
    phrase(t, /^all (?:unit )?tests (?:are )?(?:pass|passes|passed|passing|green)\b/) ??
    phrase(t, /\b(?:run|ran) (?:the )?(?:full |whole |entire )?test suite\b/) ??
    phrase(t, /\btest suite:? (?:all )?(?:pass|passes|passed|passing|green)\b/) ??
    phrase(t, /^build and test\b/);
  if (!said) return undefined;
  const only =
    /\b(?:e2e|end-to-end|integration|smoke|load|stress|performance|security|regression|acceptance|manual|browser|mobile|cross-browser|functional|penetration|a11y|accessibility|critical paths?|user journeys?|staging)\b/.exec(
      t,
    );
  const broad =
    /\ball tests\b|\b(?:full|whole|entire) test suite\b|\(unit, integration|unit(?:,| and) integration/.test(
      t,
    );
  if (only && !broad) return undefined;
  // "Run the full test suite against staging": a run against a deployed environment, not the project's tests.
  if (/\b(?:against|on|in) (?:the )?(?:staging|production|prod|live)\b/.test(t)) return undefined;
  if (/\bcoverage\b|\bclean test database\b|against a/.test(t) || /\d+%/.test(t.replace(/\(100%\)/, '')))
    return undefined;
  const cwd = cwdOf(item);
  const test = run(item, 'test') as string;
  const stack = item.doc.stack && item.doc.stack !== 'node' ? item.doc.stack : undefined;
  const base: Mapping = {
    check: { kind: 'command', run: test, ...(cwd ? { cwd } : {}) },
    rule: 'command.tests-pass',
    matched: [said],
    note: stack
      ? `a ${stack} project (from the document, else the repository): its usual test command`
      : broad && only
        ? 'the test script of package.json; it must run the integration and end-to-end suites too'
        : /backend and frontend|frontend and backend/.test(t)
          ? '`npm test` at the root; add a cwd per package if they are separate'
          : 'the test script of package.json',
  };
  const build = run(item, 'build');
  if (/^build and test\b/.test(t)) {
    if (!build) return { ...base, matched: ['test'] };
    return [
      {
        check: { kind: 'command', run: build },
        rule: 'command.build-succeeds',
        matched: ['build'],
        note: 'the build script of package.json',
      },
      { ...base, matched: ['test'] },
    ];
  }
  return base;
};

export const lintPasses: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(t, /\blint(?:ing|er)?(?: checks?)? (?:passes|pass|passed|passing|clean|green)\b/) ??
    phrase(t, /\bno (?:linter|lint|linting|eslint) (?:errors|warnings|issues)\b/) ??
    phrase(
      t,
      /\b(?:eslint|linter|lint(?:ing)?) (?:reports|shows|returns|gives|finds|has) (?:no|zero|0) (?:errors|warnings|issues|problems)\b/,
    ) ??
    phrase(t, /\bpass(?:es|ed)? (?:the )?(?:lint(?:ing|er)?|eslint)(?: checks?)?\b/) ??
    phrase(t, /\b(?:eslint|linting|lint)\b[^,;]*\bzero errors\b/) ??
    phrase(t, /\beslint (?:clean|passes|passing)\b/) ??
    // "ESLint warnings addressed", "Lint errors fixed": none is left.
    phrase(
      t,
      /\b(?:all )?(?:eslint|linter|lint|linting) (?:errors|warnings|issues|problems)(?: and (?:errors|warnings))? (?:are |have been )?(?:resolved|fixed|addressed|cleared)\b/,
    );
  if (!said || /acceptable|warnings? acceptable/.test(t)) return undefined;
  const cwd = cwdOf(item);
  const lint = run(item, 'lint');
  if (!lint) return undefined;
  return {
    check: { kind: 'command', run: lint, ...(cwd ? { cwd } : {}) },
    rule: 'command.lint-passes',
    matched: [said],
    note: 'the lint script of package.json',
  };
};

export const typecheckPasses: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\btypescript (?:compil\w+|build\w*|check\w*)(?: is)? (?:successful|succeeds|passes|clean)\b/,
    ) ??
    phrase(t, /\b(?:all |every )?typescript (?:files?|packages?|code|projects?)? ?compiles?\b/) ??
    phrase(t, /\b(?:no|zero|0) typescript (?:compilation )?errors\b/) ??
    phrase(t, /\btypescript: no compilation errors\b/) ??
    phrase(t, /\btype[- ]?check(?:s|ing)? (?:pass\w*|clean|succeeds)\b/) ??
    phrase(t, /\btsc (?:passes|succeeds|clean)\b/) ??
    // "All TypeScript errors resolved": none is left.
    phrase(
      t,
      /\b(?:all )?(?:typescript|type|tsc) errors (?:are |have been )?(?:resolved|fixed|addressed|cleared)\b/,
    );
  if (!said) return undefined;
  if (/\bno `?any`? types?\b/.test(t) || (item.doc.stack && item.doc.stack !== 'node')) return undefined;
  const cwd = cwdOf(item);
  return {
    check: { kind: 'command', run: 'npx tsc --noEmit', ...(cwd ? { cwd } : {}) },
    rule: 'command.typecheck-passes',
    matched: [said],
    note: 'the root tsconfig.json',
  };
};

export const buildSucceeds: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\b(?:production )?build (?:succeeds|succeeded|passes|passed|completes|completed|is successful|successful|works|green)\b/,
    ) ??
    phrase(t, /\bbuilds? (?:successfully|without errors)\b/) ??
    phrase(t, /\bclean (?:production )?build\b/);
  if (!said || /docker|image|container|artifact|workflow|pipeline|ci\b/.test(t)) return undefined;
  const cwd = cwdOf(item);
  const build = run(item, 'build');
  if (!build) return undefined;
  return {
    check: { kind: 'command', run: build, ...(cwd ? { cwd } : {}) },
    rule: 'command.build-succeeds',
    matched: [said],
    note: 'the build script of package.json',
  };
};

/** `npm audit` clean, no critical/high vulnerabilities in dependencies: the audit level comes from the text. */
export const auditClean: Rule = (item) => {
  const t = item.text;
  const audit =
    phrase(t, /\b(?:npm|pnpm|yarn) audit\b/) ??
    // (A command with the word, `pip-audit`, `cargo audit`; not a file named for it, `docs/security-audit.md`.)
    (item.code.some((c) => /(?:^|[\s-])audit(?:\s|$)/.test(c.trim())) ? 'audit' : undefined);
  const vulns =
    phrase(
      t,
      /\bno (?:known )?(?:critical|high|moderate)?(?:\/| or |, )?(?:critical|high)? ?(?:vulnerabilit\w+|cves?)(?: in (?:the )?dependencies)?\b/,
    ) ??
    phrase(t, /\bdependenc\w* (?:are |were )?(?:scanned|audited|checked) for (?:known )?vulnerabilit\w+\b/) ??
    phrase(t, /\bno (?:known )?vulnerable (?:dependencies|packages)\b/) ??
    phrase(t, /\bdependenc(?:y|ies) audit\w* (?:is |are )?(?:clean|pass\w*|green)\b/);
  const deps = /\bdependenc|\bpackages\b/.test(t);
  // "No critical vulnerabilities", "(no high/critical vulnerabilities)" with a severity: the dependency audit,
  // unless the words say it is a test of the running site (a penetration test, a scanner).
  const graded =
    vulns !== undefined &&
    /\b(?:critical|high|moderate)\b/.test(vulns) &&
    !/\bpen(?:etration)?[- ]?test|\bscan(?:s|ner)?\b|\bzap\b|\bburp\b|\bintroduced\b|\bcontainers?\b|\bimages?\b/.test(
      t,
    ) &&
    // Under "Success criteria" or "KPIs" it is a target to watch after the release, not a gate.
    !(watchContext(item.near) ?? watchContext(item.context));
  if (!audit && !(vulns && (deps || graded))) return undefined;
  // "No unused dependencies (audit with `npm audit`)": the claim is about something else the tool is named for.
  if (/\b(?:unused|outdated|licen[cs]es?|up to date|updated?)\b/.test(unremarked(t)) && !vulns)
    return undefined;
  if (audit && !/\b(?:clean|pass\w*|no |fixed|resolved|run|zero|0 )/.test(t) && item.code.length === 0)
    return undefined;
  const level =
    /\bcritical\b(?![^,;]*\bhigh\b)/.test(t) && !/\bhigh\b/.test(t)
      ? 'critical'
      : /\bhigh\b/.test(t)
        ? 'high'
        : /\bmoderate\b/.test(t)
          ? 'moderate'
          : undefined;
  if (item.doc.stack && item.doc.stack !== 'node' && !audit) return undefined;
  const pm = manager(item);
  return {
    check: { kind: 'command', run: `${pm} audit${level ? ` --audit-level=${level}` : ''}` },
    rule: 'command.audit-clean',
    matched: [audit ?? vulns ?? 'audit'],
    ...(level ? {} : { note: 'any known vulnerability fails it (the text gives no level)' }),
  };
};

export const formatted: Rule = (item) => {
  const found = item.code.find((c) => /\bformat:check\b|\bprettier --check\b/.test(c));
  const said = phrase(
    item.text,
    /\bprettier (?:check )?(?:is )?(?:clean|passes|passing)\b|\bformatted with prettier\b|\b(?:code )?formatting (?:is )?(?:consistent|clean|checked|passes|enforced)\b|\bcode (?:is )?(?:consistently )?formatted\b/,
  );
  if (!found && !said) return undefined;
  return {
    check: { kind: 'command', run: found ?? 'npx prettier --check .' },
    rule: 'command.formatted',
    matched: [found ?? said ?? 'formatted'],
  };
};
