export const HELP = `preflight: gate a release on a production-readiness checklist

Usage:
  preflight check [options]          evaluate a checklist against a repository
  preflight validate FILE...         check definition files and report every problem
  preflight schema                   print the JSON Schema of definition files (for editors)
  preflight import FILE.md [options] turn a Markdown checklist into a definition (YAML on stdout)
  preflight init [options]           write .github/preflight.yml and the workflow
  preflight --help | --version

check options:
  -c, --checklist FILE    definition file (repeatable; default .github/preflight.yml in the repo)
  -C, --repo DIR          repository to check (default: the current directory)
  -t, --target NAME=URL   set or override a target (repeatable)
  -f, --format FORMAT     text (default), json, markdown, or comment (the PR comment a gate run would post)
  -o, --out FILE          also write the report in FORMAT to FILE
      --base REF          compare with REF to decide items with 'when: paths'
      --label NAME        a pull-request label, for 'when: labels' (repeatable)
      --concurrency N     automated checks run at once (default 8)
      --timeout DURATION  default time limit of a check (default 60s)
      --no-proxy          probe targets directly, ignoring HTTPS_PROXY / HTTP_PROXY (used by default,
                          except for NO_PROXY hosts and loopback)

validate options:
  -t, --target NAME=URL   targets that need not come from the environment

import options:
  -o, --out FILE          write the definition to FILE instead of stdout
      --force             overwrite FILE if it exists
      --explain           print, for every item, the check and the rule and words that chose it, or why
                          it stays manual (to stderr; with --explain-format json, to stdout)
      --explain-format F  text (default) or json

init options:
  -C, --repo DIR          repository to write into (default: the current directory)
      --extends NAME      extend this built-in checklist (default production-web-service)
      --from FILE.md      import this Markdown checklist instead
      --force             overwrite existing files

Exit codes: 0 every required automated item passes, 1 some fail, 2 usage or definition errors.
`;
