import { watchContext } from './claims.js';
import {
  MAX_RULE_TEXT,
  phrase,
  refuse,
  type ItemFacts,
  type Mapping,
  type Refusal,
  type Rule,
  type Stack,
} from './types.js';

const unremarked = (t: string) => t.replace(/\([^()]*\)/g, ' ');

/**
 * A project command: `npm test`, `pnpm validate`, `make check`, the usual checkers of other stacks
 * (`ruff check .`, `mypy src/`, `gitleaks detect`, `docker compose config`), an image build (`docker build -t app .`)
 * and a script in a folder of the repository (`scripts/check-env.sh`, `./scripts/dev/test-api.ps1`).
 */
const ONE_COMMAND =
  /^(?:npm|npx|pnpm|yarn|bun|make|tsc|go|cargo|pytest|python -m (?:pytest|mypy|ruff|flake8|pylint|black|isort|bandit)|mvn|gradle|\.\/gradlew|composer|bundle exec|dotnet|golangci-lint|govulncheck|staticcheck|ruff|mypy|flake8|pylint|black --check|isort --check(?:-only)?|bandit|pyright|gitleaks|trufflehog|semgrep|shellcheck|hadolint|eslint|biome|docker[- ]compose(?: -f [\w./-]+)* config|docker build(?=\s)|node [\w./-]+\.[cm]?[jt]s(?=\s|$)|(?:bash |sh |pwsh (?:-file )?)?(?:\.\/)?[\w.-]+\/[\w./-]*\.(?:sh|ps1)(?=\s|$)|python3? [\w./-]+\.py(?=\s|$)|(?:uv|poetry|pipenv|pdm|hatch|rye) run (?=pytest|mypy|ruff|tox|nox|python -m)|ng (?=build|test|lint)|flutter (?=test|analyze|build)|dart (?=test|analyze|format)|pip-audit|snyk (?=test)|just [\w:-]+|uv (?=build|lock --check)|php (?=artisan (?:test|pint|insights))|vendor\/bin\/(?=phpunit|pest|phpstan|pint|psalm|php-cs-fixer)|bin\/rails (?=test)|rake|rubocop|rspec|ktlint|detekt|gofmt|swift (?=test|build))\b[^;&|<>`$]*$/;
/** A leading `cd DIR &&`: the directory the commands after it run in. */
const CD = /^cd\s+([\w./-]+)\s*&&\s*/;
const SUCCEEDS =
  /\b(?:pass|passes|passed|passing|succeeds?|succeeded|successful(?:ly)?|(?<!\b(?:the|in|a|of) )builds?|compiles?|green|clean|runs? clean|no errors|zero errors|(?:no|zero|0) (?:failures|issues|problems|findings)|all healthy|works?|completes?|(?:is |are )?valid|functional|returns? (?:an? )?(?:exit (?:code|status) )?0|exits? (?:with )?(?:code |status )?0)\b/;

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
  java: 'mvn test',
  flutter: 'flutter test',
} as const;

/**
 * The stack an item's command is for. A frontend or client part is Node's ("Frontend lint passes" in a
 * document for a Python API); a backend, server or API part, in a repository of several stacks (named in
 * the words, or one of them shown by the root's files), is the one stack that is not Node's ("Backend tests
 * pass" with a Vite frontend at the root and a Maven backend); anything else is the document's stack.
 */
function stackOf(item: ItemFacts): Stack | undefined {
  const { stack, stacks } = item.doc;
  // (A part named by the nearest step only, "Frontend Configuration" › "Build process working", gives the
  // stack, not a folder: the words do not say where the frontend sits.)
  const part = cwdOf(item) ?? nearPart(item.near);
  if (part === 'frontend' || part === 'client') return 'node';
  if (!part || part === 'web' || !stacks) return stack;
  const others = stacks.filter((s) => s !== 'node');
  return others.length === 1 ? others[0] : stack;
}

/** The part the nearest step of the outline is about: "Frontend Configuration", "Backend API checks". */
function nearPart(near: string): string | undefined {
  return /^[^a-z]{0,8}(?:\d+[.)]?\s+)?(frontend|client|backend|server)\b/.exec(near)?.[1];
}

/** Other names a script of a purpose goes by: a project that compiles with tsc has `compile`, not `build`. */
const ALSO_NAMED: Record<string, string[]> = { build: ['compile'], lint: ['lint:all'] };

/**
 * The script of the root package.json an item's command runs, when the import runs in a repository whose
 * package.json lists its scripts: the script named, else one that goes by another name, else none.
 */
function rootScript(item: ItemFacts, script: string): string | undefined {
  const scripts = cwdOf(item) ? undefined : item.doc.scripts;
  if (!scripts || scripts.includes(script)) return script;
  return ALSO_NAMED[script]?.find((s) => scripts.includes(s));
}

/** Why a Node command was not chosen: the root package.json has no such script. */
function noScript(item: ItemFacts, script: string) {
  const stack = stackOf(item);
  if ((stack && stack !== 'node') || !item.doc.scripts || cwdOf(item)) return undefined;
  return refuse(`package.json has no "${script}" script: name the command in backticks to automate it`);
}

/**
 * The build and the linter of other stacks where they have one everybody uses (Python has no build step and
 * several linters, .NET and Java no linter of their own: those stay manual).
 */
const OTHER_SCRIPTS: Record<string, Partial<Record<Stack, string>>> = {
  build: {
    go: 'go build ./...',
    rust: 'cargo build',
    dotnet: 'dotnet build',
    java: 'mvn -B package -DskipTests',
  },
  lint: { go: 'go vet ./...', rust: 'cargo clippy', flutter: 'flutter analyze' },
};

const run = (item: ItemFacts, script: string) => {
  const stack = stackOf(item);
  const chain = chainOf(item);
  if (chain) return CHAIN_SCRIPTS[chain][script];
  if (stack && stack !== 'node')
    return script === 'test' ? OTHER_TESTS[stack] : OTHER_SCRIPTS[script]?.[stack];
  const name = rootScript(item, script);
  if (!name) return undefined;
  const pm = manager(item);
  if (name === 'test') return pm === 'npm' ? 'npm test' : `${pm} test`;
  return pm === 'yarn' ? `yarn ${name}` : `${pm} run ${name}`;
};

/**
 * Toolchains a stack's usual command depends on, beyond the stack itself: a Java project built with Gradle
 * (`gradlew` or `build.gradle.kts` at the root, or the words "Gradle", "Kotlin"), and stacks the import
 * has no stack of its own for (PHP with Composer, Laravel's `artisan`).
 */
type Chain = 'gradle' | 'php' | 'laravel';

function chainOf(item: ItemFacts): Chain | undefined {
  const stack = stackOf(item);
  const tools = item.doc.tools ?? [];
  if (stack === 'java' || stack === undefined)
    if (tools.includes('gradle') && !tools.includes('maven')) return 'gradle';
  if (stack === undefined && tools.includes('php')) return tools.includes('laravel') ? 'laravel' : 'php';
  return undefined;
}

/** The usual commands of those toolchains (none where there is no command everybody uses). */
const CHAIN_SCRIPTS: Record<Chain, Partial<Record<string, string>>> = {
  gradle: {
    test: './gradlew test',
    build: './gradlew assemble',
    compile: './gradlew assemble',
    lint: './gradlew check',
  },
  php: { test: 'vendor/bin/phpunit', audit: 'composer audit' },
  laravel: { test: 'php artisan test', audit: 'composer audit' },
};

/** Root files and words that show a toolchain: `gradlew`, `composer.json`, `uv.lock`, "Laravel". */
const TOOL_FILES: Array<[string, RegExp]> = [
  ['gradle', /^(?:gradlew|build\.gradle(?:\.kts)?|settings\.gradle(?:\.kts)?)$/],
  ['maven', /^(?:pom\.xml|mvnw)$/],
  ['php', /^composer\.json$/],
  ['laravel', /^artisan$/],
  ['ruby', /^(?:Gemfile|Rakefile|\.ruby-version)$/],
  ['uv', /^uv\.lock$/],
  ['just', /^[Jj]ustfile$/],
  ['docker', /^(?:Dockerfile|Containerfile)$/],
];
const TOOL_WORDS: Array<[string, RegExp]> = [
  ['gradle', /\b(?:gradle|gradlew|kotlin|ktlint|detekt)\b/i],
  ['maven', /\b(?:maven|mvn|pom\.xml)\b/i],
  ['php', /\b(?:php|composer|phpunit|phpstan|laravel|symfony|artisan)\b/i],
  // (Laravel by name may be a package for Laravel apps, with no `artisan` of its own.)
  ['laravel', /\bartisan\b/i],
  ['ruby', /\b(?:ruby|rails|bundler|gemfile|rspec|rubocop)\b/i],
  ['uv', /\buv (?:run|sync|build|lock)\b/i],
  ['docker', /\b(?:docker|dockerfile)\b/i],
];

/** The toolchains a document's words and its repository's root files show, for `DocumentFacts.tools`. */
export function toolsOf(texts: string[], files: string[]): string[] {
  const found = new Set<string>();
  for (const [tool, re] of TOOL_FILES) if (files.some((f) => re.test(f))) found.add(tool);
  for (const raw of texts.slice(0, 2000)) {
    const t = raw.slice(0, 2 * MAX_RULE_TEXT);
    for (const [tool, re] of TOOL_WORDS) if (re.test(t)) found.add(tool);
  }
  return [...found].sort();
}

/** What the import assumed of a script it chose. */
function scriptNote(item: ItemFacts, runs: string, script: string): string {
  const chain = chainOf(item);
  if (chain)
    return `a ${chain === 'gradle' ? 'Gradle' : chain === 'laravel' ? 'Laravel' : 'PHP'} project (from the document, else the repository): its usual ${script} command`;
  const stack = stackOf(item);
  if (stack && stack !== 'node')
    return `a ${stack} project (from the document, else the repository): its usual ${script} command`;
  return runs.endsWith(` ${script}`)
    ? `the ${script} script of package.json`
    : `package.json has no ${script} script: ${runs.replace(/^\S+ (?:run )?/, '')} is run in its place`;
}

interface NamedRun {
  run: string;
  cwd?: string;
  code: string;
  /** What was assumed beyond the words (the command taken out of a container it was run in). */
  note?: string;
}

/** The command a code span names, with the directory of a leading `cd`. */
export function commandIn(item: ItemFacts): NamedRun | undefined {
  return commandsIn(item)[0];
}

/**
 * Every command the item's code spans name, each with the directory of its leading `cd` ("All tests pass:
 * `cd web && npm test` and `cd server && go test ./...`"), or of the package the item starts with
 * ("Frontend `tsc --noEmit` and `npm run lint` pass"). Commands joined by `&&` in one span are each a
 * command (`ruff check . && ruff format . --check`); a span with a part that is not a project command
 * (`source .venv/bin/activate && pytest`) names none.
 */
function commandsIn(item: ItemFacts): NamedRun[] {
  const out: NamedRun[] = [];
  const lead = cwdOf(item);
  for (const code of item.code) {
    const t = code.trim();
    const cd = CD.exec(t);
    // "`docker build` succeeds": the image of the repository's root Dockerfile.
    const parts = (cd ? t.slice(cd[0].length) : t)
      .replace(/^docker build$/, 'docker build .')
      .split(/\s*&&\s*/);
    if (parts.length > 4) continue;
    const runs = parts.map(inContainer);
    if (!runs.every((r) => ONE_COMMAND.test(r.run))) continue;
    const cwd = cd?.[1]?.replace(/\/+$/, '') ?? lead;
    for (const r of runs)
      out.push({
        run: r.run.trim(),
        ...(cwd && cwd !== '.' ? { cwd } : {}),
        code,
        ...(r.note ? { note: r.note } : {}),
      });
  }
  return out;
}

/**
 * `docker exec bot pytest`, `docker compose exec -T api pytest`: the check the item names runs in a container
 * of the deployment, which the gate does not have; the command itself is the project's check, run in the
 * repository.
 */
function inContainer(part: string): { run: string; note?: string } {
  const words = part.trim().split(/\s+/);
  let i = words[0] === 'docker' && words[1] === 'exec' ? 2 : 0;
  if (i === 0 && words[0] === 'docker' && words[1] === 'compose' && /^(?:exec|run)$/.test(words[2] ?? ''))
    i = 3;
  if (i === 0 && words[0] === 'docker-compose' && /^(?:exec|run)$/.test(words[1] ?? '')) i = 2;
  if (i === 0) return { run: part };
  // Flags without values (`-it`, `-T`, `--rm`); a flag with a value (`-u root`, `-e X=1`) is not read.
  while (
    i < words.length &&
    /^-{1,2}[a-z]+$/i.test(words[i] ?? '') &&
    !/^-(?:u|e|w|-user|-env|-workdir)$/.test(words[i] ?? '')
  )
    i += 1;
  const inner = words.slice(i + 1).join(' ');
  if (!inner || !/^[a-z0-9][\w.-]*$/i.test(words[i] ?? '')) return { run: part };
  return {
    run: inner,
    note: `\`${inner}\` was run in the container "${words[i]}": here it runs in the repository`,
  };
}

/** An item that names a project command in a code span and says it must succeed (or just names it, in a list of checks). */
export const namedCommand: Rule = (item) => {
  const all = commandsIn(item);
  const found = all[0];
  if (!found) return ownCli(item) ?? toolSaidToPass(item);
  const succeeds = phrase(item.text, SUCCEEDS);
  const worded = succeeds ?? phrase(item.text, /^(?:run|runs?)\b/);
  const bare = bareUnderChecks(item, found.code);
  const said = worded ?? checkNamed(item, found.run, found.code) ?? bare;
  if (!said) return undefined;
  // "Build command configured: `mvn clean package -DskipTests`": a setting of the hosting platform, whatever
  // the command; "`cargo package` - check which files are included": a step to look at, not a pass or fail.
  const platform =
    buildSetting(item.text) ?? (/\bbuild\b/.test(found.run) ? hostBuild(item, true) : undefined);
  if (platform) return refuse(platform);
  if (LOOK_AT.test(item.text)) return undefined;
  // Commands joined by "and" ("`tsc --noEmit` and `npm run lint` pass") or by `&&` in one span are each
  // claimed to pass.
  const joined = all.filter(
    (c, i) =>
      i === 0 ||
      c.code === all[i - 1]?.code ||
      new RegExp(`${escaped(all[i - 1]?.code ?? '')}\\W*(?:and|&|,|\\+)\\W*${escaped(c.code)}`, 'i').test(
        item.raw,
      ),
  );
  const out: Mapping[] = [];
  for (const c of joined) {
    // A script is a check only when its name says so (`node scripts/verify-env.js`, `scripts/healthcheck.sh`,
    // not `node server.js` or `scripts/deploy.sh`).
    // A script said to work or to pass whose name says no more than what it makes (`scripts/build-all.sh`
    // functional, "Packaging successful: `scripts/package-artifacts.sh`") runs too, unless its name says it
    // changes something elsewhere (deploys, pushes, publishes, migrates).
    const checks = /test|check|verif|lint|audit|validat|scan|health|smoke|build/.test(c.run);
    const script = /\.(?:sh|ps1|py)\b/.test(c.run);
    if ((script || /^node /.test(c.run)) && !checks && !(script && succeeds && !SIDE_EFFECT.test(c.run)))
      continue;
    if (
      /\b(?:publish|version|release|install|ci\b|pack|deploy|start|dev|serve|migrate|seed)\b/.test(c.run) &&
      !/\btest|lint|build|check|audit|validate|verify|typecheck|tsc\b|--dry-run\b|^docker[- ]compose\b/.test(
        c.run,
      )
    )
      continue;
    // `./ops/probe.sh https://example.test`: a script given a deployed host's address checks that host;
    // "UAT test script created (`scripts/run-uat.sh`)": a script named with no word that it passes is a file.
    // (A script alone in a list of build steps, "Build and test locally:" › `./scripts/build-base.sh`, is run.)
    if (script && (/:\/\//.test(c.run) || !(worded || (checks && bare)))) continue;
    // `govulncheck` or `staticcheck` named alone runs over every package, as they are meant to; `npm audit`
    // named with a severity ("no high or critical vulnerabilities") fails at that level.
    const level = /^(?:npm|pnpm|yarn) audit$/.test(c.run) ? auditLevel(item.text) : undefined;
    const runs = /^(?:govulncheck|staticcheck)$/.test(c.run)
      ? `${c.run} ./...`
      : level
        ? `${c.run} --audit-level=${level}`
        : c.run;
    out.push({
      check: { kind: 'command', run: runs, ...(c.cwd ? { cwd: c.cwd } : {}) },
      rule: 'command.named',
      matched: [c.code, said],
      ...(c.note
        ? { note: c.note }
        : /\.ps1\b/.test(runs) && !/^pwsh /.test(runs)
          ? {
              note: 'a PowerShell script: the runner needs pwsh, and the script a shebang line (or write `pwsh -File …`)',
            }
          : {}),
    });
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : out;
};

/** A short name without the words after its head that only say it is run: "Test Execution" → "Test". */
export const headOf = (name: string) =>
  name.replace(/(?: (?:execution|run|runs|suite|step|steps|job|jobs|process|phase|stage|pass|passes))+$/, '');

/** The check a short name stands for ("Clean Build", "Test Execution", "Lint"), by its last word. */
const NAMED_CHECKS: Array<[RegExp, RegExp]> = [
  [/(?:\bbuilds?\b|\bcompil\w+)$/, /\bbuild\b/],
  [/(?:\btests?\b|\btesting\b)$/, /\btest\b|\bpytest\b|\bjest\b|\bvitest\b|\bmocha\b|\brspec\b|\bphpunit\b/],
  [/(?:\blint\w*)$/, /\blint\b|\bclippy\b|\bvet\b|\banalyze\b/],
  [/(?:\btype ?check\w*)$/, /\btsc\b|\btypecheck\b|\bmypy\b|\bpyright\b/],
  [/(?:\bformat\w*)$/, /\bformat\b.*--check|\bfmt\b.*--check|\bformat:check\b|--verify-no-changes/],
  [/(?:\baudit\w*|\bvulnerabilit\w*)$/, /\baudit\b|\bgovulncheck\b/],
];

/**
 * A box that only names a check, with the commands it stands for in a code block inside it ("**Clean
 * Build**" over `dotnet restore` / `dotnet build --configuration Release`, "**Angular Build**" over `cd
 * client` / `npm install` / `ng build`): the last command of that purpose in the block must pass, in the
 * folder a `cd` line before it names. A box naming a step ("**Database Migration**", "**Publish**") or a
 * block with no such command stays manual.
 */
export const blockCommand: Rule = (item) => {
  if (!item.block || item.code.length > 0) return undefined;
  // "Docker build succeeds locally" over `docker build -t app .`: the words that say it passes come after
  // the name of the check.
  const name = item.text
    .replace(/[*_:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(
      /\s(?:succeeds|passes|passed|passing|works|is successful|completes|runs)(?: successfully| cleanly| locally| without errors)*$/,
      '',
    );
  if (
    name.split(' ').length > 4 ||
    /\b(?:migrat\w*|publish\w*|deploy\w*|copy|seed\w*|install\w*|push\w*)\b/.test(name)
  )
    return undefined;
  // The head word is the last one, past words that only say it is done ("Test Execution", "Unit Test Run"):
  // "Test Data Cleanup" is a cleanup, "Build Docs" documents.
  const head = headOf(name);
  const purpose = NAMED_CHECKS.find(([word]) => word.test(head));
  if (!purpose) return undefined;
  let cwd: string | undefined;
  let chosen: { run: string; cwd?: string } | undefined;
  for (const raw of item.block.split('\n').slice(0, 40)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    const cd = /^cd\s+([\w./-]+)$/.exec(line);
    if (cd?.[1]) {
      cwd = cd[1].replace(/\/+$/, '');
      continue;
    }
    // (Not a run that rewrites files or never ends: `--fix`, `--write`, `--watch`.)
    if (
      ONE_COMMAND.test(line) &&
      purpose[1].test(line) &&
      !/\s(?:--fix|-w|--write|--watch)\b|\bwatch\b/.test(line)
    )
      chosen = { run: line, ...(cwd && cwd !== '.' ? { cwd } : {}) };
  }
  if (!chosen) return undefined;
  return {
    check: { kind: 'command', run: chosen.run, ...(chosen.cwd ? { cwd: chosen.cwd } : {}) },
    rule: 'command.named',
    matched: [name, chosen.run],
    note: 'the command of the block inside the item: the box names the check, the block says how it runs',
  };
};

/** Tools that reach other machines or change this one: their runs are steps, never a project's own CLI. */
const NOT_OWN_CLI =
  /^(?:curl|wget|http|ssh|scp|rsync|kubectl|helm|terraform|ansible\S*|aws|gcloud|az|sudo|su|systemctl|service|git|gh|rm|mv|cp|cat|echo|ls|open|ping|dig|nslookup|host|psql|mysql|sqlite3|redis-cli|mongo\S*|docker|podman|heroku|vercel|netlify|fly|flyctl|railway|supabase|firebase|brew|apt|apt-get|yum|pip|pip3|uv|poetry|chmod|chown|tail|head|grep|ps|kill|export|source|openssl|nc|telnet|docker-compose|podman-compose|compose|stripe|twilio|sentry-cli|doppler|infisical|op|vault|wrangler|pulumi|serverless|sls|eas|expo|amplify|cdk|sam|copilot|eb|doctl|ngrok|gsutil|bq|mc|s3cmd|rclone|crontab|journalctl|npm|npx|pnpm|yarn|node|python3?|java|go|cargo|dotnet|gpg2?|sha\d*sum|shasum|md5sum|cosign|minisign|codesign|xcrun|signtool|keytool|jarsigner|twine|gem|pod|adb|fastlane|sed|awk|find|xargs|tar|zip|unzip|make|bash|sh|zsh|pwsh|powershell)$/;

/**
 * A run of the project's own command-line tool under a CLI heading ("CLI smoke test" › "`tool run -W
 * basic.yml` works"): the item is the command and a word that it works, so the command must pass.
 * ("`tool --version` outputs the right version" says more than its exit code holds and stays manual.)
 */
function ownCli(item: ItemFacts): Mapping | undefined {
  if (
    item.code.length !== 1 ||
    !/\bcli\b|\bcommand[- ]line\b/.test(item.context) ||
    !/\b(?:smoke|tests?|checks?|verification|verify)\b/.test(item.context)
  )
    return undefined;
  const code = (item.code[0] ?? '').trim();
  const m = /^([a-z][\w-]{1,30}) [^;&|<>`$]{1,200}$/.exec(code);
  if (!m?.[1] || NOT_OWN_CLI.test(m[1]) || /:\/\//.test(code)) return undefined;
  const rest = item.text.replace(code.toLowerCase(), ' ').replace(/[`*_]/g, ' ').trim();
  const said = phrase(rest, /^(?:works|passes|succeeds|runs (?:successfully|without errors|clean))\b/);
  if (!said || rest.length > said.length + 2) return undefined;
  return {
    check: { kind: 'command', run: code },
    rule: 'command.named',
    matched: [code, said],
    note: `\`${m[1]}\` is the project's own tool: the runner must have it built or installed`,
  };
}

/**
 * A command of a tool the project uses, in a code span, said to pass: "`weaver registry check -r registry/`
 * passes", "License compliance check passes: `goneat dependencies --licenses`", "**Pre-push gates pass**:
 * `./dist/goneat assess --hook=pre-push` returns exit code 0". The words outside the span are only its name
 * and a word of success; tools that reach other machines or change this one are steps, never checks.
 */
function toolSaidToPass(item: ItemFacts): Mapping | undefined {
  if (item.code.length !== 1) return undefined;
  const code = (item.code[0] ?? '').trim();
  const m = /^((?:\.{0,2}\/)?[a-z][\w.-]*(?:\/[\w.-]+){0,4})(?: [^;&|<>`$]{1,200})?$/.exec(code);
  const tool = m?.[1];
  // A tool named alone is a check only when its name says it checks (`actionlint`, `ansible-lint`), not a
  // package or a word in backticks (`helmet` works).
  // (`lint` or `test` alone is a job's or a script's name: "the `lint` job passes".)
  if (
    tool === code &&
    (!/lint|check|test|verif|validat|audit|scan|fmt/.test(code) ||
      /^(?:test|tests|lint|check|checks|build|verify|audit|scan|fmt|format|typecheck|validate)$/.test(code))
  )
    return undefined;
  // (`tool --version` works says the tool is there, not that a check of the project passes.)
  if (
    !tool ||
    /:\/\/|\blocalhost\b|127\.0\.0\.1/.test(code) ||
    /^\S+ (?:--version|-v|--help|-h|version|help)$/.test(code)
  )
    return undefined;
  // Under "CLI tools installed" or "Tool setup", a tool that works is a vendor's tool set up on a machine.
  if (/\binstall\w*|\bset ?up\b|\bsetup\b/.test(item.near)) return undefined;
  const name = tool.split('/').at(-1) ?? tool;
  // (A file, `config.yaml`, or a path in a folder, is not a program unless it is run from one: `./dist/tool`.)
  if (NOT_OWN_CLI.test(name) || (/\.[a-z]{1,5}$/.test(name) && !/\.(?:sh|ps1|py)$/.test(name)))
    return undefined;
  if (tool.includes('/') && !/^\.{0,2}\//.test(tool) && !/\.(?:sh|ps1|py)$/.test(name)) return undefined;
  // (`--hook=pre-push` is a flag: the words of the command, not of its flags, say what it does.)
  if (SETUP_STEP.test(code) || SIDE_EFFECT.test(code.replace(/\s--?[\w-]+(?:=\S*)?/g, ' '))) return undefined;
  const rest = unremarked(item.text.replace(code.toLowerCase(), ' '))
    .replace(/[`*_:]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const said = phrase(rest, SUCCEEDS);
  if (!said || ABOUT_COMMAND.test(rest) || rest.split(' ').length > 8) return undefined;
  // "The `quality` job passes", "`verify` workflow green": a CI job or a script named, not a command.
  if (/\b(?:jobs?|steps?|workflows?|pipelines?|stages?|targets?|tasks?|scripts?|hooks?)\b/.test(rest))
    return undefined;
  return {
    check: { kind: 'command', run: code },
    rule: 'command.named',
    matched: [code, said],
    note: `\`${name}\` must be installed or built on the runner`,
  };
}

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
  // ("`./scripts/build-base.sh` (for base package)": a remark after the command is not another claim.)
  const words = item.text.replace(/\s*\([^()]*\)\s*$/, '');
  if (item.code.length !== 1 || words.replace(/[`\s]/g, '') !== code.toLowerCase().replace(/[`\s]/g, ''))
    return undefined;
  // `dotnet nuget add source ./artifacts`, `npm install -g x`: a step that sets something up is no check.
  if (SETUP_STEP.test(code)) return undefined;
  return phrase(
    item.context,
    /\b(?:smoke tests?|tests?|checks?|verification|quality gates?|build and test|build steps?)\b/,
  );
}

/** Sub-commands that set something up or change it rather than check it. */
const SETUP_STEP =
  /^\S+(?: [\w:-]+)? (?:add|install|i|uninstall|remove|config|set|login|logout|init|new|link|publish|push|deploy|locals|cache|sources?)(?:\s|$)/;

/** Script names that say the script changes something elsewhere: a run is a step of the release, not a check. */
const SIDE_EFFECT =
  /deploy|push|publish|release|migrat|seed|install|upload|sync|start|serve|rollback|delete|remove|backup|restore|bootstrap|provision|tag\b/;

/**
 * A run the release does not need to pass: one that the words below it say may fail in part ("Expected:
 * 6/8 passing (2 known non-blocking failures)"), or one for major releases only ("Tier 3 (Optional - Major
 * Releases)", "When: final validation before a major release"). ("Testing (optional)" alone is not one:
 * a check the team chose to list is still a check.)
 */
export function optionalRun(item: ItemFacts): string | undefined {
  const details = item.details ?? '';
  if (
    /\bexpected:?[^;]{0,40}\b(?:fail\w*|\d+\/\d+ pass\w*)|\bknown (?:non-blocking )?failures?\b|\bnon-blocking failures?\b/.test(
      details,
    )
  )
    return 'the document expects some of this run to fail: its exit code cannot hold the claim';
  if (
    /\bmajor (?:version )?releases?\b/.test(item.near) ||
    /\bwhen:?[^;]{0,40}\bmajor (?:version )?releases?\b/.test(details)
  )
    return 'a run for major releases only: not every release pull request needs it';
  return undefined;
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
    if (!runs) return script === 'typecheck' ? undefined : noScript(item, script);
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

/** "All tests passing with race detection": Go's tests with the race detector on. */
function withRace(test: string, t: string): string {
  return test === 'go test ./...' && /\brace (?:detect\w*|conditions?)\b|\s-race\b/.test(t)
    ? 'go test -race ./...'
    : test;
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
    // "**Tests**: 100% passing".
    phrase(t, /^(?:all )?(?:unit )?tests?:? 100% (?:pass|passes|passed|passing|green)\b/) ??
    // "Run tests locally", "Run all tests": the step is done when they pass.
    phrase(t, /^(?:run|execute) (?:all |the |all the )?(?:unit )?tests(?: locally| again| once more)?$/) ??
    // "Lint and tests pass", "Build and tests pass": the tests are one of the checks said to pass.
    phrase(
      t,
      /^(?:lint(?:ing)?|the build|build|type ?check(?:ing|s)?) (?:and|&|\+) (?:all )?(?:unit )?tests? (?:pass|passes|passed|passing|green)\b|^(?:all )?(?:unit )?tests? (?:and|&|\+) lint(?:ing)? (?:pass|passes|passed|passing|green)\b/,
    ) ??
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
  if (
    /\bcoverage\b|\bclean test database\b|against a/.test(t) ||
    /\d+%/.test(t.replace(/\(100%\)|\b100% (?=pass)/, ''))
  )
    return undefined;
  const cwd = cwdOf(item);
  const plainTest = run(item, 'test');
  if (!plainTest) return noScript(item, 'test');
  const test = withRace(plainTest, t);
  const own = stackOf(item);
  const stack = own && own !== 'node' ? own : undefined;
  const base: Mapping = {
    check: { kind: 'command', run: test, ...(cwd ? { cwd } : {}) },
    rule: 'command.tests-pass',
    matched: [said],
    note: chainOf(item)
      ? scriptNote(item, test, 'test')
      : stack
        ? `${item.doc.stack ? `a ${stack} project (from the document, else the repository)` : `the ${cwd ?? 'part'} is the document's ${stack} part`}: its usual test command${stack === 'java' ? ' (Maven; a Gradle build runs `./gradlew test`)' : ''}`
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
        note: scriptNote(item, build, 'build'),
      },
      { ...base, matched: ['test'] },
    ];
  }
  return base;
};

/**
 * "(or acceptable warnings only)", "(warnings allowed)", "with minor warnings": a caveat that lets warnings
 * through, as a linter's exit code does; the claim that linting passes stands.
 */
const WARNINGS_ALLOWED =
  /\(?\b(?:or |with |only )?(?:some |minor |a few |acceptable |allowed )?warnings? (?:only|acceptable|allowed|ok|are ok|tolerated)\b\)?|\(?\b(?:or |with |only )?(?:acceptable|allowed|minor|tolerated) warnings?(?: only)?\b\)?/;

export const lintPasses: Rule = (item) => {
  // (`ansible-lint` passes, `yaml-lint` clean: a linter of its own, named; not the project's lint script.)
  const t = item.text.replace(WARNINGS_ALLOWED, ' ').replace(/[\w.]+-lint\b/g, ' ');
  const said =
    phrase(t, /\blint(?:ing|er)?(?: checks?)? (?:passes|pass|passed|passing|clean|green)\b/) ??
    // "Linting and code analysis pass", "Lint and format checks pass", "Lint and tests pass", "Tests and lint pass".
    phrase(
      t,
      /\blint(?:ing|er)?(?: checks?)? (?:and|&|\+) (?:code |static )?(?:analysis|format(?:ting)?|type[- ]?check(?:ing|s)?|vet|(?:unit )?tests?)(?: checks?)? (?:pass|passes|passed|passing|clean|green)\b/,
    ) ??
    phrase(
      t,
      /^(?:all )?(?:unit )?tests? (?:and|&|\+) lint(?:ing)? (?:pass|passes|passed|passing|green)\b/,
    ) ??
    // "Run the linter": the step is done when it passes.
    phrase(t, /^run (?:the )?(?:linter|linting|lint|eslint)$/) ??
    phrase(t, /\bno (?:linter|lint|linting|eslint) (?:errors|warnings|issues)\b/) ??
    // "**Lint**: No warnings", "Linting: zero errors".
    phrase(t, /^(?:lint|linting|linter|eslint):? (?:no|zero|0) (?:errors|warnings|issues|problems)\b/) ??
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
  if (!lint) return noScript(item, 'lint');
  return {
    check: { kind: 'command', run: lint, ...(cwd ? { cwd } : {}) },
    rule: 'command.lint-passes',
    matched: [said],
    note: scriptNote(item, lint, 'lint'),
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
  if (!said) return compiles(item);
  const stack = stackOf(item);
  if (/\bno `?any`? types?\b/.test(t) || (stack && stack !== 'node')) return undefined;
  const cwd = cwdOf(item);
  return {
    check: { kind: 'command', run: 'npx tsc --noEmit', ...(cwd ? { cwd } : {}) },
    rule: 'command.typecheck-passes',
    matched: [said],
    note: 'the root tsconfig.json',
  };
};

/** The compile step of a stack, for code said to compile with no command named; Python has none. */
const COMPILE = {
  node: 'npx tsc --noEmit',
  go: 'go build ./...',
  rust: 'cargo build',
  dotnet: 'dotnet build',
  java: 'mvn compile',
  flutter: 'flutter analyze',
} as const;

/**
 * "Code compiles without errors", "The project compiles", "No compilation errors": the stack's compile step
 * (in a Node project, code that compiles is TypeScript: plain JavaScript builds, it does not compile).
 */
function compiles(item: ItemFacts): Mapping | undefined {
  const t = item.text;
  const said =
    phrase(
      t,
      /^[^a-z0-9]{0,8}(?:the |all )?(?:code|codebase|project|source code|sources|application|app|backend|frontend|server|client)? ?(?:compiles|builds and compiles)(?: successfully| cleanly| without (?:errors|warnings)(?: or warnings)?| with no errors(?: or warnings)?| with (?:no|zero|0) (?:errors|warnings)(?: (?:or|and) (?:errors|warnings))?)?$/,
    ) ?? phrase(t, /^[^a-z0-9]{0,8}(?:no|zero|0) compil(?:ation|er|e) errors$/);
  if (!said) return undefined;
  const chain = chainOf(item);
  const stack = stackOf(item) ?? 'node';
  const runs = chain ? CHAIN_SCRIPTS[chain].compile : stack === 'python' ? undefined : COMPILE[stack];
  if (!runs) return undefined;
  const cwd = cwdOf(item);
  return {
    check: { kind: 'command', run: runs, ...(cwd ? { cwd } : {}) },
    rule: 'command.typecheck-passes',
    matched: [said],
    note: chain
      ? scriptNote(item, runs, 'compile')
      : stack === 'node'
        ? 'code that compiles in a Node project is TypeScript: the root tsconfig.json'
        : `a ${stack} project (from the document, else the repository): its compile step`,
  };
}

/** Hosting platforms that run a build of their own ("Render" only where it names the service). */
const HOSTS =
  /\b(?:vercel|netlify|heroku|railway|fly\.io|cloudflare pages|amplify|github pages|firebase hosting|app platform|elastic beanstalk|app engine|cloud run|render\.com|on render|render (?:backend|frontend|service|setup|deploy\w*|dashboard))\b/;

/**
 * "Vercel build succeeds", "Build successful" under "Vercel Frontend Setup": the platform's build of the
 * deployment, not a run in the repository; "Build command set to `npm run build` in Netlify", "Build
 * command: `npm run build`": a setting of the platform, which a run of the command does not check.
 */
function buildSetting(text: string): string | undefined {
  return /\b(?:build|start|install|output|publish) (?:command|settings?|directory)\b|\bbuild script (?:is )?(?:set|configured|defined)\b/.test(
    text,
  )
    ? 'a build setting of the hosting platform: a run of the command does not check the setting'
    : undefined;
}

/** "check which files are included", "inspect the output": a step for a person to look at, not a pass or fail. */
const LOOK_AT =
  /\b(?:check|see|inspect|look at|review|confirm|verify) (?:which|what|whether|how|that (?:the )?(?:right|correct)|the (?:list|contents|output))\b|\binspect\b/;

function hostBuild(item: ItemFacts, named = false): string | undefined {
  const setting = buildSetting(item.text);
  if (setting) return setting;
  // ("`npm run build` passes" under "Deploy to Vercel" names the run in the repository.)
  const host = HOSTS.exec(item.text) ?? (named ? null : HOSTS.exec(item.near));
  if (host) return `the build on ${host[0].replace(/^on /, '')}, not a run in the repository`;
  return undefined;
}

export const buildSucceeds: Rule = (item) => {
  const t = item.text;
  const said =
    phrase(
      t,
      /\b(?:production )?build (?:succeeds|succeeded|passes|passed|completes|completed|is successful|successful|works|green)\b/,
    ) ??
    phrase(t, /\bbuilds? (?:successfully|without errors)\b/) ??
    phrase(t, /\bclean (?:production )?build\b/) ??
    // "Build process working", "Build is working".
    phrase(t, /\bbuild (?:process |step )?(?:is )?(?:working|works|succeeds|passes|passing)\b/) ??
    // "Run the build": the step is done when it passes (under a deployment heading, it stays that step's).
    phrase(t, /^run (?:the )?(?:production )?build$/);
  if (!said || /docker|image|container|artifact|workflow|pipeline|ci\b/.test(t)) return undefined;
  const platform = hostBuild(item);
  if (platform) return refuse(platform);
  const cwd = cwdOf(item);
  const build = run(item, 'build');
  if (!build) return noScript(item, 'build');
  return {
    check: { kind: 'command', run: build, ...(cwd ? { cwd } : {}) },
    rule: 'command.build-succeeds',
    matched: [said],
    note: scriptNote(item, build, 'build'),
  };
};

/** The lowest severity the words name ("no high or critical vulnerabilities" → high), for `--audit-level`. */
function auditLevel(t: string): 'critical' | 'high' | 'moderate' | undefined {
  if (/\bhigh\b/.test(t)) return 'high';
  if (/\bcritical\b/.test(t)) return 'critical';
  if (/\b(?:moderate|medium)\b/.test(t)) return 'moderate';
  return undefined;
}

/** `npm audit` clean, no critical/high vulnerabilities in dependencies: the audit level comes from the text. */
export const auditClean: Rule = (item) => {
  const t = item.text;
  const audit =
    phrase(t, /\b(?:npm|pnpm|yarn) audit\b/) ??
    // (A command with the word, `pip-audit`, `cargo audit`; not a file named for it, `docs/security-audit.md`.)
    // (A code span that is the bare word, a schema or a table named `audit`, names no tool.)
    (item.code.some((c) => /(?:^|\s)[\w.]+[\s-]audit(?:\s|$)/.test(c.trim())) ? 'audit' : undefined);
  const vulns =
    phrase(
      t,
      /\bno (?:known )?(?:critical|high|moderate)?(?:\/| or |, )?(?:critical|high)? ?(?:security )?(?:vulnerabilit\w+|cves?)(?: in (?:the )?dependencies)?\b/,
    ) ??
    phrase(t, /\bdependenc\w* (?:are |were )?(?:scanned|audited|checked) for (?:known )?vulnerabilit\w+\b/) ??
    phrase(t, /\bno (?:known )?vulnerable (?:dependencies|packages)\b/) ??
    phrase(t, /\bdependenc(?:y|ies) audit\w* (?:is |are )?(?:clean|pass\w*|green)\b/) ??
    // "Dependency security scan passed", "Dependency vulnerability check clean".
    phrase(
      t,
      /\bdependenc(?:y|ies) (?:security|vulnerability) (?:scans?|checks?|audits?) (?:is |are |was |were |has )?(?:clean|pass\w*|green|succeeded|successful)\b/,
    ) ??
    // "Critical and high vulnerabilities fixed", "Vulnerabilities resolved (high and critical)".
    phrase(
      t,
      /\b(?:critical|high|moderate)(?: (?:and|or|&) (?:critical|high)|\/(?:critical|high))? (?:severity )?(?:security )?vulnerabilit\w+ (?:are |have been )?(?:fixed|resolved|addressed|patched|remediated)\b|\bvulnerabilit\w+ (?:fixed|resolved|addressed|patched|remediated) \((?:critical|high)\b/,
    ) ??
    // "Fix any high/critical vulnerabilities": none of that severity is left.
    phrase(
      t,
      /^(?:fix|resolve|address|patch|remediate)(?:ed)? (?:all |any )?(?:known )?(?:critical|high|moderate)(?:\/| or | and |, )?(?:critical|high)? ?(?:severity )?(?:security )?vulnerabilit\w+/,
    );
  const deps = /\bdependenc|\bpackages\b/.test(t);
  // "No critical vulnerabilities", "(no high/critical vulnerabilities)" with a severity: the dependency audit,
  // unless the words say it is a test of the running site (a penetration test, a scanner).
  const graded =
    vulns !== undefined &&
    /\b(?:critical|high|moderate)\b/.test(vulns) &&
    !/\bpen(?:etration)?[- ]?test|\bscan(?:s|ner)?\b|\bzap\b|\bburp\b|\bintroduced\b|\bcontainers?\b|\bimages?\b/.test(
      t,
    ) &&
    // Under "Success criteria" or "KPIs" it is a target to watch after the release, not a gate; under "CI/CD"
    // › "Quality Gates" it is a rule of the pipeline's own scan.
    !(watchContext(item.near) ?? watchContext(item.context)) &&
    !/\bci\b|ci\/cd|pipelines?|quality gates?|github actions|workflows?|pen(?:etration)?[- ]?test|\bscan(?:s|ner)?\b|\bzap\b/.test(
      item.context,
    );
  if (!audit && !(vulns && (deps || graded))) return undefined;
  // "No unused dependencies (audit with `npm audit`)": the claim is about something else the tool is named for.
  if (/\b(?:unused|outdated|licen[cs]es?|up to date|updated?)\b/.test(unremarked(t)) && !vulns)
    return undefined;
  if (audit && !/\b(?:clean|pass\w*|no |fixed|resolved|run|zero|0 )/.test(t) && item.code.length === 0)
    return undefined;
  const level = auditLevel(t);
  // "Security audit run: `composer audit` and `npm audit`": each audit the box names runs as written.
  const named = item.code
    .map((c) => c.trim())
    .filter((c) => /^(?:[\w.]+[\s-]audit|pip-audit)(?:\s|$)/.test(c) && ONE_COMMAND.test(c));
  if (named.length > 0)
    return named.map((c) => ({
      check: {
        kind: 'command',
        run: /^(?:npm|pnpm|yarn) audit$/.test(c) && level ? `${c} --audit-level=${level}` : c,
      },
      rule: 'command.audit-clean',
      matched: [c, ...(vulns ? [vulns] : [])],
    }));
  const stack = stackOf(item);
  if (((stack && stack !== 'node') || chainOf(item)) && !audit) return undefined;
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

/*
 * The claim grammar. A box that says a project check passes is three parts, each read on its own: a
 * SUBJECT (the check: a head noun, "tests", "linting", "static analysis", "the build", "vulnerabilities", or
 * a tool by its name, "golangci-lint", "PHPStan", "Laravel Pint", "pip-audit"), a PREDICATE that says it
 * holds ("pass", "green", "succeeds", "without errors", "0 issues", "resolved", "applied", "with PHPStan"),
 * or a NEGATION of what it finds ("no critical vulnerabilities in dependencies", "zero high CVEs"), and
 * nothing that BLOCKS the claim (a condition, another place such as CI or staging, a platform the runner
 * lacks, a suite the test command may not run, an activity for people). Qualifiers that keep the claim
 * ("locally", "All 50 tests", "(33 tests with 70 assertions)") are read past; "with race detection" turns
 * the race detector on. The command is the tool's own when a tool is named, else the stack's usual one
 * (from the document's words, else the repository's root files); where the stack has none, the box stays
 * manual rather than get a command the project may not have. It is read only when the rules above found
 * no command in the box.
 */
type Purpose = 'test' | 'lint' | 'build' | 'compile' | 'typecheck' | 'format' | 'audit';

const DART_FORMAT = 'dart format --output=none --set-exit-if-changed .';
const GOFMT = 'test -z "$(gofmt -l .)"';

const gradle = (item: ItemFacts) => chainOf(item) === 'gradle';
const maven = (item: ItemFacts) => stackOf(item) === 'java' && !gradle(item);

/** Checkers by their names (no backticks needed), each with its purpose and command. */
const TOOLS: Array<[RegExp, Purpose, (item: ItemFacts) => string | undefined]> = [
  [/\bgolangci-lint\b/, 'lint', () => 'golangci-lint run'],
  [/\bstaticcheck\b/, 'lint', () => 'staticcheck ./...'],
  [/\bgo vet\b/, 'lint', () => 'go vet ./...'],
  [/\bclippy\b/, 'lint', () => 'cargo clippy'],
  [/\b(?:phpstan|larastan)\b/, 'lint', () => 'vendor/bin/phpstan analyse'],
  [/\bpsalm\b/, 'lint', () => 'vendor/bin/psalm'],
  [/\b(?:laravel )?pint\b/, 'format', () => 'vendor/bin/pint --test'],
  [/\bktlint(?:check|format)?\b/, 'lint', (i) => (gradle(i) ? './gradlew ktlintCheck' : 'ktlint')],
  [/\bdetekt\b/, 'lint', (i) => (gradle(i) ? './gradlew detekt' : undefined)],
  [/\bflake8\b/, 'lint', () => 'flake8'],
  [/\bruff format\b/, 'format', () => 'ruff format --check .'],
  [/\bruff\b/, 'lint', () => 'ruff check .'],
  [/\brubocop\b/, 'lint', () => 'bundle exec rubocop'],
  [/\beslint\b/, 'lint', (i) => run(i, 'lint')],
  [/\bmypy\b/, 'typecheck', () => 'mypy .'],
  [/\bpyright\b/, 'typecheck', () => 'pyright'],
  [/\btsc\b/, 'typecheck', () => 'npx tsc --noEmit'],
  [/\bprettier\b/, 'format', () => 'npx prettier --check .'],
  [/\bdart format\b/, 'format', () => DART_FORMAT],
  [/\bgofmt\b|\bgo fmt\b/, 'format', () => GOFMT],
  [/\bcargo fmt\b|\brustfmt\b/, 'format', () => 'cargo fmt --check'],
  [/\bdotnet format\b/, 'format', () => 'dotnet format --verify-no-changes'],
  [/\bpip-audit\b/, 'audit', () => 'pip-audit'],
  [/\bcomposer audit\b/, 'audit', () => 'composer audit'],
  [/\bcargo[- ]audit\b/, 'audit', () => 'cargo audit'],
  [/\bgovulncheck\b/, 'audit', () => 'govulncheck ./...'],
  [/\bbundler?-audit\b|\bbundle audit\b/, 'audit', () => 'bundle exec bundle-audit check --update'],
  [
    /\bowasp dependency[- ]?check\b/,
    'audit',
    (i) => (maven(i) ? 'mvn org.owasp:dependency-check-maven:check' : undefined),
  ],
  [/\bsnyk\b/, 'audit', () => 'snyk test'],
  [/\b(?:npm|pnpm|yarn) audit\b/, 'audit', (i) => nodeAudit(i)],
  [/\bphpunit\b/, 'test', () => 'vendor/bin/phpunit'],
  [/\brspec\b/, 'test', () => 'bundle exec rspec'],
  [/\bpytest\b/, 'test', () => 'pytest'],
];

/** The head nouns of each check, with their plurals and the other names authors give them. */
const NOUNS: Array<[RegExp, Purpose]> = [
  [/\b(?:dependency|dependencies|package|packages|supply[- ]chain) (?:security )?audits?\b/, 'audit'],
  [
    /\bvulnerabilit(?:y|ies)\b|\bcves?\b|\bsecurity advisor(?:y|ies)\b|\bvulnerable (?:dependencies|packages)\b/,
    'audit',
  ],
  [/\b(?:code )?format(?:ting|ted)?\b/, 'format'],
  [/\btype[- ]?check(?:s|ing|er)?\b|\btype errors\b/, 'typecheck'],
  [/\blint(?:s|ing|er|ers)?\b|\bstatic analysis\b|\bcode style\b|\bstyle checks?\b/, 'lint'],
  [/\bcompil(?:es|ed|ation|ing|e|er)\b/, 'compile'],
  [/\bbuilds?\b|\bbuilt\b/, 'build'],
  // ("Run test video post", "Java 25 test compatibility": "test" before another noun is a modifier.)
  [
    /\btests\b|\btest suites?\b|\bspecs\b|\btest cases\b|\btest(?= (?:is |are )?(?:pass\w*|green|run|succeeds))/,
    'test',
  ],
];

/** Words before "tests" that keep them the project's own suite ("All 50 tests", "backend unit tests"). */
const SUITE_WORD =
  /^(?:all|the|our|every|each|existing|unit|backend|frontend|api|server|client|core|remaining|other|local|\d+\+?|python|go|rust|dart|flutter|php|java|kotlin|dotnet|\.net|jest|vitest|pytest|phpunit|rspec|cargo)$/;

/** An image build: "Image builds successfully", "Docker build succeeds", "Dockerfile builds". */
const IMAGE_BUILD =
  /\b(?:docker |container |oci )?images? (?:builds?|is built|are built|build (?:succeeds|passes|works))\b|\bdocker(?:file)? builds?\b|\bdocker build\b/;

/** Predicates that say the check holds. */
const PASSES =
  /\b(?:pass|passes|passed|passing|green|succeeds?|succeeded|successful(?:ly)?|clean(?:ly)?|works?|working)\b/;
const NO_PROBLEMS =
  /\b(?:without|with no|with zero|no|zero|0) (?:new |any |remaining |outstanding )?(?:errors?|warnings?|failures?|issues?|problems?|findings?|offen[cs]es|violations?)\b/;
/** "No compiler warnings", "zero lint errors", "No type errors": the problems named by the check's noun. */
const NO_SUBJECT_PROBLEMS =
  /\b(?:no|zero|0) (?:lint|linter|linting|eslint|compiler|compilation|compile|build|type|typescript|tsc|test|formatting|format|style|clippy|analyzer|analysis) (?:errors?|warnings?|issues?|failures?|problems?|violations?)\b/;
/** "Dependencies free of known vulnerabilities". */
const FREE_OF =
  /\b(?:free of|free from|clear of) (?:any )?(?:known )?(?:security )?(?:vulnerabilit(?:y|ies)|cves?|advisories)\b/;
const RESOLVED =
  /\b(?:errors?|warnings?|issues?|problems?|findings?|violations?|failures?) (?:are |have been |were )?(?:all )?(?:resolved|fixed|addressed|cleared|corrected)\b/;
/** A step said to be done: "`dart format .` applied", "Security audit run: `composer audit`". */
const DONE = /\b(?:applied|run|ran|executed|performed|enforced|scanned|audited|checked)\b/;
/** "Code formatting with Laravel Pint", "Static analysis with PHPStan": the check is that tool's run. */
const WITH_TOOL = /\b(?:with|using|via|by|through)\b/;
const RUN_STEP = /^(?:run|execute)\b/;

/** Words between "no" and "vulnerabilities" that keep it the dependency audit's claim. */
const GRADE =
  /^(?:known|new|open|outstanding|unresolved|unpatched|critical|high|moderate|medium|severe|low|security|severity|or|and|&|\/|,|-)$/;
const NO_VULNS =
  /\b(?:no|zero|0)\b([a-z/&, -]{0,60}?)\b(?:vulnerabilit(?:y|ies)|cves?|advisories|vulnerable (?:dependencies|packages))\b/;
/** What may follow a negated finding: where it was looked for, that it was found. */
const VULN_TAIL =
  /^(?: (?:found|reported|detected|remaining|flagged|known))?(?: (?:in|among|across|from|for) (?:the |our |all |any )?(?:project(?:'s)? |production |runtime |third-party |npm |python |go |rust |php )?(?:dependencies|dependency tree|packages|deps|libraries|modules|gems|crates))?$/;
const DEPENDENCIES = /\bdependenc(?:y|ies)\b|\bpackages\b|\bdeps\b|\blibraries\b/;

/** What makes a box no claim of the project's checks passing, whatever it says, each for one reason. */
const BLOCKS: RegExp[] = [
  // A claim under a condition: the check would hold the project to something it may not have.
  /\bif (?:applicable|needed|necessary|configured|available|present|required|possible|used|enabled)\b|\((?:if|when|where|unless)\b|\b(?:where|when) (?:applicable|possible|needed)\b|\boptional(?:ly)?\b/,
  // About the CI system or a hook, not a run in the repository.
  /\bci\b|\bci\/cd\b|\bpipelines?\b|\bworkflows?\b|\bgithub\b|\bactions\b|\bpre-commit\b|\bhooks?\b|\b(?:circle ?ci|travis|jenkins|gitlab|buildkite|bitbucket|teamcity|appveyor|drone|azure devops)\b/,
  // A run somewhere else than the repository.
  /\bstaging\b|\bin production\b|\bon (?:the )?(?:server|servers|device|devices|staging|production|prod)\b|\bagainst\b|\bdeployed\b|\blive\b/,
  // A platform or a device the gate runner does not have.
  /\bxcode\b|\bios\b|\biphone\b|\bipad\b|\bmacos\b|\btestflight\b|\bapp store\b|\bplay store\b|\bsimulators?\b|\bemulators?\b|\bbrowsers?\b|\bconsole\b|\bdevices?\b|\bcross[- ]platform\b|\bplatforms?\b|\bos\b|\barch\w*\b|\bcompatib\w*/,
  // A suite or a trait of tests the test command may not run or decide.
  /\b(?:e2e|end-to-end|integration|smoke|load|stress|performance|regression|acceptance|uat|manual(?:ly)?|exploratory|sanity|usability|browser|mobile|cross-browser|functional|penetration|pen|a11y|accessibility|visual|snapshot|flaky|risky|skipped|disabled|matrix|benchmarks?|fuzz\w*|mutation)\b/,
  // A measure the exit code of the command does not hold.
  /\bcoverage\b|\d+ ?%|\bsize\b|\bnumber\b|\btimes?\b|\bduration\b|\bspeed\b|\bfast(?:er)?\b|\bslow\b|\bminutes?\b|\bseconds?\b|\bmb\b|\bkb\b/,
  // The words are about something done around the check, not the check passing.
  /\b(?:add|added|adding|write|written|writing|create|created|document(?:ed|ation)?|configure[ds]?|set ?up|setup|plan(?:ned)?|notif\w*|regular(?:ly)?|periodic\w*|track\w*|process(?:es)?|polic(?:y|ies)|reporting|report|review\w*|monitor\w*|schedul\w*|enabled?|implement\w*|cover(?:s|ing)?|includ\w*|exists?|identified|instructions?|commands?|scripts?|examples?|templates?|guides?|readme|badges?|artifacts?|caches?|cached|management|strategy|responsible|owner|team|introduced|before|after|during|every|each|weekly|daily|monthly|quarterly)\b/,
  // Another claim than the check passing (a web flaw, secrets, licences, versions).
  /\b(?:xss|sql|injection|csrf|owasp top|frontend security|headers?|secrets?|credentials?|passwords?|licen[cs]es?|outdated|up[- ]to[- ]date|updated?|unused|deprecated|pinned|lock ?files?)\b/,
];

/** An audit's findings of something the dependency audit does not look at: images, a scanner of the site. */
const OTHER_SCAN = /\b(?:scanners?|zap|burp|nessus|trivy|grype|containers?|images?|docker)\b/;

/** The box's words without remarks, code spans or lead-in marks, for the grammar. */
function grammarText(item: ItemFacts): string {
  let t = unremarked(item.text);
  for (const c of item.code) if (c.trim()) t = t.split(c.trim().toLowerCase()).join(' ');
  return t
    .replace(/[^a-z0-9\s./:'"&,+#@=-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `npm audit` (the package manager named) with the severity the words give. */
function nodeAudit(item: ItemFacts): string {
  const level = auditLevel(item.text);
  return `${manager(item)} audit${level ? ` --audit-level=${level}` : ''}`;
}

/** The stack's usual command of each purpose, or none where the stack has no command everybody uses. */
function usualCommand(item: ItemFacts, purpose: Purpose, image: boolean): string | undefined {
  if (image) return 'docker build .';
  const stack = stackOf(item);
  const chain = chainOf(item);
  const near = `${item.near} ${item.context}`;
  switch (purpose) {
    case 'test':
      return withRace(run(item, 'test') ?? '', item.text) || undefined;
    case 'lint':
      return run(item, 'lint');
    case 'build':
      if (stack === 'flutter')
        return /\bweb\b/.test(near)
          ? 'flutter build web'
          : /\bandroid\b/.test(near)
            ? 'flutter build apk'
            : undefined;
      return run(item, 'build');
    case 'compile':
      return compiles({ ...item, text: 'code compiles' })?.check.run as string | undefined;
    case 'typecheck':
      return !chain && (stack === undefined || stack === 'node') ? 'npx tsc --noEmit' : undefined;
    case 'format':
      if (chain) return undefined;
      return stack === 'go'
        ? GOFMT
        : stack === 'rust'
          ? 'cargo fmt --check'
          : stack === 'flutter'
            ? DART_FORMAT
            : stack === 'dotnet'
              ? 'dotnet format --verify-no-changes'
              : stack === 'node' || stack === undefined
                ? 'npx prettier --check .'
                : undefined;
    case 'audit':
      if (chain) return CHAIN_SCRIPTS[chain].audit;
      return stack === 'python'
        ? 'pip-audit'
        : stack === 'go'
          ? 'govulncheck ./...'
          : stack === 'rust'
            ? 'cargo audit'
            : stack === 'node' || stack === undefined
              ? nodeAudit(item)
              : undefined;
  }
  return undefined;
}

/** The tools a box names, in its order; "X or Y" names one of them, the first the project can run. */
function toolsNamed(
  t: string,
): Array<{ at: number; purpose: Purpose; run: (item: ItemFacts) => string | undefined; name: string }> {
  const out: Array<{
    at: number;
    purpose: Purpose;
    run: (item: ItemFacts) => string | undefined;
    name: string;
  }> = [];
  for (const [re, purpose, runOf] of TOOLS) {
    const m = re.exec(t);
    // (`ruff format` is the formatter, not `ruff` the linter, named twice.)
    if (m && !out.some((o) => m.index >= o.at && m.index < o.at + o.name.length))
      out.push({ at: m.index, purpose, run: runOf, name: m[0] });
  }
  return out.sort((a, b) => a.at - b.at);
}

export function claimedCheck(item: ItemFacts): Mapping | Mapping[] | Refusal | undefined {
  const full = item.text;
  const t = grammarText(item);
  if (t.split(' ').length > 16) return undefined;
  // "Test the login flow", "Build the image and push it": a step for a person or of the release.
  if (
    /^(?:test|build|compile|lint|format|audit)(?! suites?\b| cases?\b| passes\b| succeeds\b| is\b| are\b| was\b)\s+\S/.test(
      t,
    ) &&
    !/^(?:build|lint|format|audit):/.test(t)
  )
    return undefined;
  const tools = toolsNamed(full);
  const image = IMAGE_BUILD.test(t);
  const nouns = NOUNS.filter(([re]) => re.test(t)).map(([, p]) => p);
  // A code span that no rule read as a command (`docker compose build`) is what the box means: the grammar
  // does not put another command in its place, unless the span is a tool it knows (`dart format .`).
  if (item.code.some((c) => c.trim() && !TOOLS.some(([re]) => re.test(c.trim().toLowerCase()))))
    return undefined;
  // "Abuse tests passed", "UAT tests": a kind of tests the test command may not be.
  const before = /(?:^|\s)(\S+) (?:unit )?tests\b/.exec(t)?.[1];
  if (nouns.includes('test') && before && !SUITE_WORD.test(before) && tools.length === 0) return undefined;
  if (tools.length === 0 && nouns.length === 0 && !image) return undefined;
  const vulns = NO_VULNS.exec(t);
  const gradedVulns =
    vulns !== null &&
    (vulns[1] ?? '').split(/[\s/,&-]+/).every((w) => w === '' || GRADE.test(w)) &&
    VULN_TAIL.test(
      t
        .slice(vulns.index + vulns[0].length)
        .replace(/[.!:;]+$/, '')
        .replace(/\s+$/, ''),
    );
  const said =
    phrase(t, PASSES) ??
    phrase(t, NO_PROBLEMS) ??
    phrase(t, NO_SUBJECT_PROBLEMS) ??
    phrase(t, FREE_OF) ??
    phrase(t, RESOLVED) ??
    (gradedVulns ? vulns?.[0] : undefined) ??
    (tools.length > 0 || nouns.includes('format') ? phrase(t, DONE) : undefined) ??
    (tools.length > 0 && WITH_TOOL.test(full) ? 'with ' + tools[0]?.name : undefined) ??
    phrase(t, RUN_STEP);
  if (!said) return undefined;
  // "No compiler warnings", "Build completes without warnings": a compiler's exit code does not count its
  // warnings (a linter's does, with its own settings).
  if (
    /\bwarnings?\b/.test(said) &&
    !/\b(?:errors?|issues?|failures?|problems?)\b/.test(said) &&
    tools.length === 0 &&
    nouns.every((n) => n === 'build' || n === 'compile')
  )
    return undefined;
  if (BLOCKS.some((re) => re.test(t))) return undefined;
  if (watchContext(item.near) ?? watchContext(item.context)) return undefined;
  // Under "Quality Gates", "CI/CD" or "Penetration test", a rule of the pipeline or a finding of a test of the
  // running service.
  if (
    /\bci\b|ci\/cd|pipelines?|quality gates?|github actions|workflows?|pen(?:etration)?[- ]?test|security testing|\bscan(?:s|ning|ner)?\b/.test(
      item.near,
    )
  )
    return undefined;
  // "Scans show no high vulnerabilities": scans of what? Only a dependency scan, or a tool's, is the audit.
  if (/\bscan\w*/.test(t) && !DEPENDENCIES.test(t) && tools.length === 0) return undefined;
  const platform = hostBuild(item);
  if (platform && (nouns.includes('build') || image)) return refuse(platform);
  // The audit's claims are about dependencies: findings of another kind ("Security vulnerabilities addressed"
  // with no severity and no dependency named) may be a review of the code.
  const purposes = tools.length > 0 ? [] : [...new Set(image ? ['build' as Purpose] : nouns)];
  if (purposes.includes('audit') && OTHER_SCAN.test(t)) return undefined;
  if (purposes.includes('audit') && !gradedVulns && !DEPENDENCIES.test(t) && !/\b(?:critical|high)\b/.test(t))
    return undefined;
  if (purposes.includes('audit') && !gradedVulns && phrase(t, DONE) === said && !DEPENDENCIES.test(t))
    return undefined;
  const out: Mapping[] = [];
  const either = /\bor\b/.test(full);
  for (const tool of tools) {
    const runs = tool.run(item);
    if (!runs) continue;
    out.push({
      check: { kind: 'command', run: runs },
      // (The tool is named: its command stands for the span that names it, `dart format .`, which would
      // rewrite the files instead of checking them.)
      rule: 'command.named',
      matched: [tool.name, said],
      note: `the usual command of ${tool.name}: the runner must have it installed`,
    });
    if (either) break;
  }
  for (const purpose of purposes) {
    const runs = usualCommand(item, purpose, image);
    if (!runs) continue;
    const cwd = cwdOf(item);
    out.push({
      check: { kind: 'command', run: runs, ...(cwd ? { cwd } : {}) },
      rule: `command.${purpose}`,
      matched: [said],
      note: image
        ? "the image of the repository's root Dockerfile"
        : `the stack's usual ${purpose} command (from the document, else the repository)`,
    });
  }
  if (out.length === 0) return undefined;
  return out.length === 1 ? out[0] : out;
}

/** A condition on the box's own claim: "(if tests exist)", "if applicable", "(optional)", "where needed". */
const CONDITION =
  /\(\s*(?:if|when|where|unless|optional)\b[^()]*\)|\bif (?:applicable|needed|necessary|configured|available|present|required|possible|used|enabled|tests exist)\b|\b(?:where|when) (?:applicable|possible|needed)\b/;

/**
 * A box whose words are a command and nothing else, without backticks ("npm run test" in a list of release
 * steps): the step is done when it passes, when the command's name says it checks.
 */
function plainCommand(item: ItemFacts): Mapping | undefined {
  if (item.code.length > 0) return undefined;
  const line = item.raw.replace(/^[^a-z0-9./]+/i, '').trim();
  // ("golangci-lint: 0 issues" names a tool and what it found, in words.)
  if (!/^[\w./-]+ [\w ./:=@"'-]*$/.test(line) || /^\S+:/.test(line)) return undefined;
  // ("tsc reports no errors" is a sentence: past the tool and its sub-command, only flags, paths and one
  // script name.)
  const words = line.split(' ');
  const runner =
    /^(?:npm|pnpm|yarn|bun|npx|make|just|cargo|go|dotnet|mvn|\.\/gradlew|gradle|composer|uv|poetry|flutter|dart|bundle|deno)$/.test(
      words[0] ?? '',
    );
  const args = words.slice(runner ? 2 : 1);
  if (args.filter((w) => !/^-|[./=]|^\d+$/.test(w)).length > (runner ? 1 : 0)) return undefined;
  if (!ONE_COMMAND.test(line) || !CHECK_COMMAND.test(line) || SETUP_STEP.test(line) || SIDE_EFFECT.test(line))
    return undefined;
  if (/\b(?:--fix|-w|--write|--watch|watch)\b/.test(line)) return undefined;
  return {
    check: { kind: 'command', run: line },
    rule: 'command.named',
    matched: [line],
    note: 'the box is the command itself: the step is done when it passes',
  };
}

const CLAIM_RULES: Rule[] = [
  namedCommand,
  typecheckPasses,
  lintPasses,
  buildSucceeds,
  auditClean,
  formatted,
  testsPass,
  bareCheckName,
  blockCommand,
];

/**
 * Every rule of a project check, then the claim grammar for a box none of them read: each rule's checks, or
 * the first refusal when none found one.
 */
export const commandClaims: Rule = (item) => {
  // "Tests pass (if the module has any)", "ESLint passes (if configured)": a claim under a condition.
  const condition = CONDITION.exec(item.text);
  if (condition)
    return CLAIM_RULES.some((rule) => {
      const out = rule(item);
      return out && !('manual' in out);
    }) || claimedCheck(item)
      ? refuse(
          `"${condition[0].trim()}": a claim under a condition, which a check would hold unconditionally`,
        )
      : undefined;
  const plain = plainCommand(item);
  if (plain) return plain;
  const found: Mapping[] = [];
  let refused: Refusal | undefined;
  for (const rule of CLAIM_RULES) {
    const out = rule(item);
    if (!out) continue;
    if ('manual' in out) refused ??= out;
    else found.push(...(Array.isArray(out) ? out : [out]));
  }
  if (found.length > 0) return found.length === 1 ? found[0] : found;
  return refused ?? claimedCheck(item);
};
