import path from 'node:path';
import { globList, strictObject } from '../params.js';
import { defineKind, type Finding, type ParamProblem } from '../types.js';
import { listSome, notReadEvidence, notReadNote, plural } from '../wording.js';
import { globProblem } from '../../util/glob.js';
import { createAllowlist, IGNORE_FILE, parseAllowlist } from './allowlist.js';
import { fingerprint, preview } from './preview.js';
import { ciRunsTests, fileRole, type FileRole } from './file-roles.js';
import { ALL_RULES, GENERIC_RULE, PATTERN_RULE_IDS, type SecretRule } from './rules.js';
import type { SecretsJob } from '../../scan/jobs.js';
import { readBounded } from '../../io/bounded-read.js';
import { scanContent } from '../repo/content.js';

interface Params {
  include?: string[];
  exclude?: string[];
  allow?: string[];
  'ignore-file'?: string;
  'disable-rules'?: string[];
  'max-findings'?: number;
  'test-files'?: 'note' | 'fail';
  'doc-files'?: 'note' | 'fail';
}

/** CI files are read again (only those with findings) to see whether they set a test environment. */
const CI_READ_LIMIT = 1024 * 1024;

/** What the notes call each role. */
const ROLE_WORDS: Record<FileRole, string> = {
  test: 'test files',
  docs: 'documentation and examples',
  ci: 'CI test settings',
};

/**
 * Files whose long random-looking strings are checksums, not credentials, and code the repository vendors
 * rather than writes (gitleaks' default allowlist skips the same kinds): lock files, minified bundles and
 * source maps, installed dependencies, and the package manager's own release bundle that yarn checks in.
 */
export const DEFAULT_EXCLUDES = [
  '**/package-lock.json',
  '**/npm-shrinkwrap.json',
  '**/yarn.lock',
  '**/pnpm-lock.yaml',
  '**/deno.lock',
  '**/bun.lock',
  '**/go.sum',
  '**/go.work.sum',
  '**/Cargo.lock',
  '**/poetry.lock',
  '**/Pipfile.lock',
  '**/uv.lock',
  '**/composer.lock',
  '**/Gemfile.lock',
  '**/gradle.lockfile',
  '**/*.min.js',
  '**/*.js.map',
  '**/*.css.map',
  '**/node_modules/**',
  '**/bower_components/**',
  '**/.yarn/releases/**',
  '**/.yarn/plugins/**',
  '**/.pnp.cjs',
  '**/.pnp.loader.mjs',
];

const RULE_IDS = ALL_RULES.map((r) => r.id);
const RULES_BY_ID = new Map(ALL_RULES.map((r) => [r.id, r]));

export const repoSecrets = defineKind<Params>({
  kind: 'repo.secrets',
  description:
    'No tracked file holds a credential: provider tokens, private keys, passwords in URLs, high-entropy values assigned to secret-like names.',
  scope: 'repo',
  params: strictObject({
    include: globList('Only these files are scanned.'),
    exclude: globList(
      'These files are not scanned (lock files, minified bundles, source maps, node_modules and checked-in yarn releases never are).',
    ),
    allow: {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: `Accepted findings: 12-digit fingerprints (as findings print them) or path globs, like lines of ${IGNORE_FILE}.`,
    },
    'ignore-file': {
      type: 'string',
      minLength: 1,
      description: `Allowlist file relative to the repository root (default ${IGNORE_FILE}; a missing file is fine).`,
    },
    'disable-rules': {
      type: 'array',
      items: { type: 'string', minLength: 1 },
      description: `Rule ids not to run: ${RULE_IDS.join(', ')}.`,
    },
    'max-findings': {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description: 'Findings listed (default 50).',
    },
    'test-files': {
      type: 'string',
      enum: ['note', 'fail'],
      description:
        'Findings in tests, fixtures and mocks, and the pattern findings (generic, URL, curl, JWT) in a CI file that sets a test environment: note (default: listed, not failing) or fail.',
    },
    'doc-files': {
      type: 'string',
      enum: ['note', 'fail'],
      description:
        'Pattern findings (generic, URL, curl, JWT) in documentation and example files: note (default) or fail. Provider tokens and private keys there always fail.',
    },
  }),
  validate(p) {
    const problems: ParamProblem[] = [];
    (p['disable-rules'] ?? []).forEach((id, i) => {
      if (!RULE_IDS.includes(id)) {
        problems.push({
          path: ['disable-rules', i],
          message: `is not a rule id (known: ${RULE_IDS.join(', ')})`,
        });
      }
    });
    (p.allow ?? []).forEach((entry, i) => {
      // Each entry is read as a line of the allowlist file: a fingerprint, or a glob that must be able to run.
      for (const glob of parseAllowlist(entry).globs) {
        const problem = globProblem(glob);
        if (problem !== undefined) problems.push({ path: ['allow', i], message: problem });
      }
    });
    const file = p['ignore-file'];
    if (file !== undefined && (path.isAbsolute(file) || file.split(/[\\/]/).includes('..'))) {
      problems.push({ path: ['ignore-file'], message: 'must be a path inside the repository' });
    }
    return problems;
  },
  content: (p) => [job(p)],
  async run(p, ctx) {
    const ignoreFile = p['ignore-file'] ?? IGNORE_FILE;
    const listed = parseAllowlist(await readOptional(ctx.repoDir, ignoreFile));
    const fromParams = parseAllowlist((p.allow ?? []).join('\n'));
    const allow = createAllowlist(
      [...listed.globs, ...fromParams.globs],
      [...listed.fingerprints, ...fromParams.fingerprints],
    );
    const result = await scanContent(ctx, job(p));
    const tracked = await ctx.git.trackedFiles();
    // The allowlist file and the paths it names are not reported (they are read with the rest: one pass).
    const listedPath = (f: string) => f === ignoreFile || allow.path(f);
    const scan = {
      filesScanned: result.scanned,
      binarySkipped: result.skipped.binary,
      unreadable: result.skipped.unreadable,
      notRead: result.skipped.link + result.skipped.special + result.skipped['too-large'],
      inlineIgnored: 0,
      detections: [] as Array<{
        file: string;
        rule: SecretRule;
        line: number;
        col: number;
        secret: string;
        pieces: string[];
      }>,
    };
    const excluded = result.selected.filter(listedPath).length;
    const unlisted = result.notRead.filter((n) => !listedPath(n.file));
    scan.filesScanned = Math.max(0, scan.filesScanned - excluded);
    for (const { file, result: found } of result.files) {
      if (listedPath(file)) continue;
      scan.inlineIgnored += found.inlineIgnored;
      for (const d of found.detections) {
        const rule = RULES_BY_ID.get(d.ruleId);
        if (rule) scan.detections.push({ ...d, file, rule });
      }
    }
    const disabled = new Set(p['disable-rules'] ?? []);
    const all = scan.detections.map((d) => ({ ...d, fingerprint: fingerprint(d.rule.id, d.secret) }));
    for (const d of all) for (const piece of d.pieces) if (worthMasking(piece)) ctx.registerSecret?.(piece);
    const accepted = all.filter((d) => d.fingerprint === undefined || !allow.fingerprints.has(d.fingerprint));
    const roleOf = await noteRoles(
      accepted.map((d) => ({ file: d.file, pattern: PATTERN_RULE_IDS.has(d.rule.id) })),
      { tests: (p['test-files'] ?? 'note') === 'note', docs: (p['doc-files'] ?? 'note') === 'note' },
      (file) => readCi(ctx.repoDir, file, ctx.signal),
    );
    const noted = accepted.filter((_, i) => roleOf[i] !== undefined);
    const notedRoles = roleOf.filter((r): r is FileRole => r !== undefined);
    const reported = accepted.filter((_, i) => roleOf[i] === undefined);
    const max = p['max-findings'] ?? 50;
    const shown = reported.slice(0, max);
    const perRule: Record<string, number> = {};
    for (const d of reported) perRule[d.rule.id] = (perRule[d.rule.id] ?? 0) + 1;
    const evidence = {
      filesScanned: scan.filesScanned,
      binarySkipped: scan.binarySkipped,
      filesExcluded: tracked.length - result.selected.length + excluded,
      notRead: scan.notRead,
      unreadable: scan.unreadable,
      ...notReadEvidence(unlisted),
      rules: ALL_RULES.length - disabled.size,
      secrets: reported.length,
      allowlisted: all.length - accepted.length,
      allowlistSkipped: allow.skipped.map((s) => `${s.glob}: ${s.problem}`),
      noted: noted.length,
      notedIn: Object.fromEntries(
        (Object.keys(ROLE_WORDS) as FileRole[])
          .map((r) => [r, notedRoles.filter((x) => x === r).length])
          .filter(([, n]) => (n as number) > 0),
      ),
      notes: noted
        .slice(0, max)
        .map(
          (d) =>
            `${d.file}:${d.line}:${d.col} ${d.rule.id} ${preview(d.rule, d.secret)} ${d.fingerprint ?? 'no-fingerprint'}`,
        ),
      inlineIgnored: scan.inlineIgnored,
      perRule,
      shown: shown.map(
        (d) =>
          `${d.file}:${d.line}:${d.col} ${d.rule.id} ${preview(d.rule, d.secret)} ${d.fingerprint ?? 'no-fingerprint'}`,
      ),
    };
    const note =
      (noted.length > 0 ? `; ${noteLine(noted, notedRoles)}` : '') +
      notReadNote(unlisted) +
      (allow.skipped.length > 0
        ? `; ${plural(allow.skipped.length, 'allowlist glob')} left out (cannot be matched in linear time): ${listSome(
            allow.skipped.map((s) => s.glob),
            3,
          )}`
        : '');
    if (reported.length === 0) {
      return {
        status: 'pass',
        summary: `no secret in ${plural(scan.filesScanned, 'file')}${
          evidence.allowlisted + scan.inlineIgnored > 0
            ? ` (${evidence.allowlisted + scan.inlineIgnored} allowlisted)`
            : ''
        }${note}`,
        evidence,
      };
    }
    const findings: Finding[] = shown.map((d) => ({
      file: d.file,
      line: d.line,
      col: d.col,
      message:
        `${d.rule.description} (${d.rule.id}): ${preview(d.rule, d.secret)}, ${d.fingerprint ? `fingerprint ${d.fingerprint}` : 'too short for a fingerprint'}` +
        (d.rule === GENERIC_RULE ? '' : '; revoke it, then remove it from the history'),
    }));
    const fileCount = new Set(reported.map((d) => d.file)).size;
    const where = listSome([...new Set(reported.map((d) => `${d.file}:${d.line}`))], 3);
    return {
      status: 'fail',
      summary: `${plural(reported.length, 'secret')} in ${plural(fileCount, 'file')}: ${where}${note}`,
      evidence,
      findings,
    };
  },
});

/**
 * A found value is registered for masking in the rest of the run's output unless it is so short, or such
 * a plain word, that masking it would cut that word out of every line Preflight writes (`pass`, `token`,
 * `invalid`): such a value is in the repository already, and too short to protect by hiding.
 */
export function worthMasking(value: string): boolean {
  return value.length >= 6 && !(/^[A-Za-z]+$/.test(value) && value.length < 12);
}

/**
 * For each finding, the role of its file when that finding is a note rather than a failure: every
 * finding in a test file, and the pattern rules' findings in documentation, examples and CI files that
 * set a test environment (provider tokens and private keys there are still failures).
 */
export async function noteRoles(
  found: ReadonlyArray<{ file: string; pattern: boolean }>,
  note: { tests: boolean; docs: boolean },
  readCiText: (file: string) => Promise<string>,
): Promise<Array<FileRole | undefined>> {
  const ciTests = new Map<string, boolean>();
  const out: Array<FileRole | undefined> = [];
  for (const f of found) {
    const role = fileRole(f.file);
    if (role === 'test' && note.tests) out.push(role);
    else if (role === 'docs' && note.docs && f.pattern) out.push(role);
    else if (role === 'ci' && note.tests && f.pattern) {
      if (!ciTests.has(f.file)) ciTests.set(f.file, ciRunsTests(await readCiText(f.file)));
      out.push(ciTests.get(f.file) ? role : undefined);
    } else out.push(undefined);
  }
  return out;
}

function noteLine(noted: ReadonlyArray<{ file: string; line: number }>, roles: readonly FileRole[]): string {
  const kinds = (Object.keys(ROLE_WORDS) as FileRole[]).filter((r) => roles.includes(r));
  const where = listSome([...new Set(noted.map((d) => `${d.file}:${d.line}`))], 3);
  return `noted, not failing: ${plural(noted.length, 'credential-shaped value')} in ${kinds
    .map((r) => ROLE_WORDS[r])
    .join(', ')} (${where})`;
}

async function readCi(root: string, file: string, signal?: AbortSignal): Promise<string> {
  const read = await readBounded(root, file, { maxBytes: CI_READ_LIMIT, signal });
  return read.ok ? read.bytes.toString('utf8') : '';
}

/** The allowlist file's text, '' when there is none; bounded like every read of the repository. */
async function readOptional(repoDir: string, file: string): Promise<string> {
  const read = await readBounded(repoDir, file, { maxBytes: 1024 * 1024, large: 'refuse', links: 'inside' });
  if (read.ok) return read.bytes.toString('utf8');
  if (read.refusal === 'missing') return '';
  throw new Error(`${file} is not read: ${read.message}`);
}

function job(p: Params): SecretsJob {
  return {
    analyzer: 'secrets',
    include: p.include,
    exclude: [...(p.exclude ?? []), ...DEFAULT_EXCLUDES],
    disabledRules: p['disable-rules'] ?? [],
  };
}
