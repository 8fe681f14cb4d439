// The 20 forbidden patterns, and lines planted in the tree that match them.
//
// Every pattern means the same as a JavaScript RegExp (what Preflight runs) and as a POSIX extended
// regular expression (what `git grep -E` runs): only literals, `\.` `\(` escapes, bracket classes
// without negation (a JavaScript `[^x]` would match a newline, grep's never does), groups,
// alternation, `?` `+` `*` `{n}` and `^`. No \d, \s, \b, [[:classes:]] or lookarounds.

export const PATTERNS = [
  'console\\.log\\(',
  'TODO',
  'CHANGE_THIS',
  'debugger;',
  'password[ ]*=[ ]*"[A-Za-z0-9]+"',
  'AKIA[0-9A-Z]{16}',
  '-----BEGIN (RSA |EC |OPENSSH )?PRIVATE KEY-----',
  'FIXME',
  'XXX',
  'eval\\(',
  '^import .* from "(\\.\\./){3}',
  'localhost:[0-9]+',
  'https?://[a-z0-9.-]+\\.internal',
  'ghp_[A-Za-z0-9]{36}',
  'xox[baprs]-[0-9A-Za-z-]+',
  '^(<<<<<<<|>>>>>>>) ',
  '(describe|it|test)\\.only\\(',
  '@ts-ignore',
  'process\\.exit\\(',
  '(api|secret)_?key[ ]*[:=]',
];

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Lines that match one pattern or more; planted in a small fraction of the text files. */
export const PLANTED = [
  () => '  console.log("state", state);',
  () => '// TODO: remove before the release',
  () => 'const adminToken = "CHANGE_THIS";',
  () => '    debugger;',
  (r) => `password = "${r.chars(ALNUM, 12)}"`,
  (r) => `aws_access_key_id = AKIA${r.chars(UPPER_DIGITS, 16)}`,
  (r) => `-----BEGIN ${r.pick(['', 'RSA ', 'EC ', 'OPENSSH '])}PRIVATE KEY-----`,
  () => '# FIXME: the retry loop never gives up',
  () => '/* XXX temporary workaround */',
  () => '  const value = eval(expression);',
  () => 'import { helper } from "../../../shared/helpers";',
  (r) => `const base = "http://localhost:${r.range(1000, 9999)}/v1";`,
  (r) => `endpoint: https://billing${r.int(100)}.internal/api`,
  (r) => `GITHUB_TOKEN=ghp_${r.chars(ALNUM, 36)}`,
  (r) => `slack_webhook: xoxb-${r.range(1000, 9999)}-${r.chars(ALNUM, 10)}`,
  () => '<<<<<<< HEAD',
  () => '>>>>>>> feature/checkout',
  () => 'describe.only("checkout", () => {',
  () => '  // @ts-ignore',
  () => '  process.exit(1);',
  () => 'secret_key: "not-so-secret"',
  // Several patterns on one line: Preflight counts the line once per pattern.
  () => 'console.log("TODO", process.exit(2)); // XXX FIXME',
];
