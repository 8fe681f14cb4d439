/** The CLI's usage text: the overview (`preflight --help`) and one page per command (`preflight check --help`). */

const USAGE = `Usage:
  preflight check [options]          evaluate a checklist against a repository
  preflight validate [FILE...]       check definition files (default .github/preflight.yml)
  preflight schema                   print the JSON Schema of definition files (for editors)
  preflight schema release-record    print the JSON Schema of the release record file
  preflight import FILE.md [options] turn a Markdown checklist into a definition (YAML on stdout)
  preflight init [options]           write .github/preflight.yml and the workflow
  preflight COMMAND --help           the options of one command
  preflight --help | --version
`;

const CHECK = `check options:
  -c, --checklist FILE    definition file (repeatable; default .github/preflight.yml in the repo)
  -C, --repo DIR          repository to check (default: the current directory)
  -t, --target NAME=URL   set or override a target (repeatable); items whose target is unset are skipped
  -f, --format FORMAT     text (default), json, markdown, or comment (the PR comment a gate run would post)
  -o, --out FILE          also write the report in FORMAT to FILE
      --base REF          compare with REF to decide items with 'when: paths'
      --label NAME        a pull-request label, for 'when: labels' (repeatable)
      --concurrency N     local checks (files, git, commands) run at once (default 8)
      --network-concurrency N
                          network checks run at once, apart from local ones (default 64; at most 6
                          at once against one host)
      --timeout DURATION  default time limit of a check (default 60s)
      --no-proxy          probe targets directly, ignoring HTTPS_PROXY / HTTP_PROXY (used by default,
                          except for NO_PROXY hosts and loopback)
      --strict            as the gate does: an unset target is an error, and github.* items run (and
                          give error without a pull request) instead of being skipped
      --use-env           judge env.policy items on this shell's environment, as the deployment's (by
                          default a local run reads only what the repository's deploy config sets)
`;

const VALIDATE = `validate options:
  -t, --target NAME=URL   targets that need not come from the environment
An unset target variable is a warning: \`check\` skips the items that probe it.
`;

const SCHEMA = `schema: prints the JSON Schema of definition files on stdout (for editors); no options.
schema release-record: prints the JSON Schema of the release record the action writes after a deployment.
`;

const IMPORT = `import options:
  -o, --out FILE          write the definition to FILE instead of stdout
      --force             overwrite FILE if it exists
      --explain           print, for every item, the check and the rule and words that chose it, or why
                          it stays manual (to stderr; with --explain-format json, to stdout)
      --explain-format F  text (default) or json
`;

const INIT = `init options:
  -C, --repo DIR          repository to write into (default: the current directory)
      --extends NAME      extend this built-in checklist (default production-web-service)
      --from FILE.md      import this Markdown checklist instead
      --force             overwrite existing files
`;

const EXIT_CODES = `Exit codes: 0 every required automated item passes, 1 some fail, 2 usage or definition errors.
`;

export const HELP = `preflight: gate a release on a production-readiness checklist

${USAGE}
${CHECK}
${VALIDATE}
${IMPORT}
${INIT}
${EXIT_CODES}`;

const PAGES: Record<string, { line: string; body: string }> = {
  check: { line: 'preflight check [options]: evaluate a checklist against a repository', body: CHECK },
  validate: {
    line: 'preflight validate [FILE...] [options]: check definition files (default .github/preflight.yml)',
    body: VALIDATE,
  },
  schema: { line: 'preflight schema: the JSON Schema of definition files', body: SCHEMA },
  import: {
    line: 'preflight import FILE.md [options]: a Markdown checklist becomes a definition',
    body: IMPORT,
  },
  init: { line: 'preflight init [options]: write .github/preflight.yml and the workflow', body: INIT },
};

export const COMMANDS = Object.keys(PAGES);

/** The help of one command, or the overview. */
export function helpFor(command?: string): string {
  const page = command === undefined ? undefined : PAGES[command];
  if (!page) return HELP;
  return `${page.line}\n\n${page.body}\n${command === 'check' ? EXIT_CODES : ''}`;
}
