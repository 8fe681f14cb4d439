// `node scripts/secret-accuracy.mjs --gitleaks DIR --secretlint DIR [--tree DIR ...]`: scores repo.secrets
// (the bundled CLI) on other people's test data, read from local work trees of those projects:
// - gitleaks: the literal true-positive samples (`tps`) and false-positive samples (`fps`) of its rule
//   definitions (cmd/generate/config/rules/*.go); generated samples are left out, they are random;
// - secretlint: the `ng.*` (must find) and `ok.*` (must not) fixtures of its provider rule packages;
// - real source trees: every finding there counts as false (these trees hold no live credential).
// Nothing of theirs is kept: samples are written to a temporary repository, scanned and deleted, and only
// counts (and, for misses, the rule or fixture name) are printed.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const cli = path.join(projectDir, 'dist/cli/index.js');
const args = process.argv.slice(2);
const opt = (name) => {
  const out = [];
  args.forEach((a, i) => a === `--${name}` && out.push(args[i + 1]));
  return out;
};
const verbose = args.includes('--verbose');

/** Go string literals that stand alone as elements of the `tps`/`fps` lists of a rule file. */
export function goSamples(source, list) {
  const out = [];
  const starts = [`${list} := []string{`, `${list} = append(${list},`, `${list} = append(${list}, []string{`];
  for (const start of starts) {
    for (let at = source.indexOf(start); at !== -1; at = source.indexOf(start, at + 1)) {
      const body = listBody(source, at + start.length);
      for (const element of splitElements(body)) {
        const lit = singleLiteral(element);
        if (lit !== undefined) out.push(lit);
      }
    }
  }
  return [...new Set(out)];
}

function listBody(s, from) {
  let depth = 1;
  for (let i = from; i < s.length; i += 1) {
    const c = s[i];
    if (c === '`') i = s.indexOf('`', i + 1);
    else if (c === '"') i = endOfQuoted(s, i);
    else if (c === '/' && s[i + 1] === '/') i = s.indexOf('\n', i);
    else if (c === '{' || c === '(') depth += 1;
    else if (c === '}' || c === ')') {
      depth -= 1;
      if (depth === 0) return s.slice(from, i);
    }
    if (i === -1) break;
  }
  return '';
}

function endOfQuoted(s, i) {
  for (let j = i + 1; j < s.length; j += 1) {
    if (s[j] === '\\') j += 1;
    else if (s[j] === '"') return j;
  }
  return s.length;
}

function splitElements(body) {
  const out = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '`') i = body.indexOf('`', i + 1);
    else if (c === '"') i = endOfQuoted(body, i);
    else if (c === '/' && body[i + 1] === '/') i = body.indexOf('\n', i);
    else if (c === '{' || c === '(' || c === '[') depth += 1;
    else if (c === '}' || c === ')' || c === ']') depth -= 1;
    else if (c === ',' && depth === 0) {
      out.push(body.slice(start, i));
      start = i + 1;
    }
    if (i === -1) break;
  }
  out.push(body.slice(start));
  return out;
}

function singleLiteral(element) {
  const e = element.replace(/^\s*(?:\/\/[^\n]*\n\s*)*/, '').trim();
  if (e.startsWith('`') && e.endsWith('`') && e.indexOf('`', 1) === e.length - 1) return e.slice(1, -1);
  if (e.startsWith('"') && endOfQuoted(e, 0) === e.length - 1) {
    try {
      return JSON.parse(e.replace(/\\'/g, "'"));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function gitleaksCases(dir) {
  const rulesDir = path.join(dir, 'cmd/generate/config/rules');
  const positives = [];
  const negatives = [];
  for (const f of readdirSync(rulesDir).filter((x) => x.endsWith('.go') && !x.endsWith('_test.go'))) {
    const source = readFileSync(path.join(rulesDir, f), 'utf8');
    const name = f.replace(/\.go$/, '');
    goSamples(source, 'tps').forEach((text, i) => positives.push({ name: `${name}#${i}`, text }));
    goSamples(source, 'fps').forEach((text, i) => negatives.push({ name: `${name}#${i}`, text }));
  }
  return { positives, negatives };
}

/** secretlint's provider rules (not its file-name, home-directory, k8s, comment or pattern rules). */
const NOT_PROVIDER =
  /secretlint-rule-(?:example|pattern|filter-comments|no-dotenv|no-homedir|no-k8s-kind-secret|internal-test|preset)/;

function secretlintCases(dir) {
  const base = path.join(dir, 'packages/@secretlint');
  const positives = [];
  const negatives = [];
  for (const pkg of readdirSync(base).filter(
    (p) => p.startsWith('secretlint-rule-') && !NOT_PROVIDER.test(p),
  )) {
    const snaps = path.join(base, pkg, 'test/snapshots');
    let cases;
    try {
      cases = readdirSync(snaps);
    } catch {
      continue;
    }
    for (const c of cases) {
      const input = readdirSync(path.join(snaps, c)).find((x) => x.startsWith('input'));
      if (!input) continue;
      const entry = {
        name: `${pkg.replace('secretlint-rule-', '')}/${c}`,
        // Bytes as they are: some fixtures are binary key stores.
        text: readFileSync(path.join(snaps, c, input)),
        ext: path.extname(input),
      };
      if (c.startsWith('ng.')) positives.push(entry);
      else if (c.startsWith('ok.')) negatives.push(entry);
    }
  }
  return { positives, negatives };
}

/** Writes each case as its own file in a fresh repository, runs repo.secrets once, returns findings per case. */
function scanCases(cases) {
  const dir = mkdtempSync(path.join(tmpdir(), 'preflight-accuracy-'));
  try {
    cases.forEach((c, i) => {
      const file = path.join(dir, 'cases', `${String(i).padStart(4, '0')}${c.ext ?? '.txt'}`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, c.text);
    });
    return scanTree(dir, true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The check as a checklist would hold it. Samples are judged as any file is (their file names are ours,
 * `cases/0001.md`, so where a sample sits says nothing); real trees with the defaults, where a finding
 * in a test file or a documentation example is a note.
 */
const checklistText = (params) =>
  [
    'id: accuracy',
    'title: Secret accuracy',
    'sections:',
    '  - id: s',
    '    title: Secrets',
    '    items:',
    '      - id: secrets',
    '        title: No secret',
    '        timeout: 30m',
    `        check: { kind: repo.secrets, max-findings: 1000${params} }`,
    '',
  ].join('\n');
const SAMPLE_CHECKLIST = checklistText(', test-files: fail, doc-files: fail');
const TREE_CHECKLIST = checklistText('');

/** Runs the CLI's repo.secrets on a directory (made a git repository when `init`); returns its findings. */
function scanTree(dir, init) {
  if (init) {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
  }
  const checklist = path.join(tmpdir(), `preflight-accuracy-${process.pid}.yml`);
  writeFileSync(checklist, init ? SAMPLE_CHECKLIST : TREE_CHECKLIST);
  let out;
  try {
    out = execFileSync(
      process.execPath,
      [cli, 'check', '-c', checklist, '-C', dir, '-f', 'json', '--timeout', '30m'],
      {
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
      },
    );
  } catch (e) {
    out = e.stdout;
  }
  rmSync(checklist, { force: true });
  const item = JSON.parse(out).items[0];
  if (init) {
    const files = cases_count(dir);
    const per = new Array(files).fill(0);
    for (const f of item.findings ?? []) {
      const m = /cases\/(\d+)/.exec(f.file);
      if (m) per[Number(m[1])] += 1;
    }
    return per;
  }
  return item;
}

function cases_count(dir) {
  return readdirSync(path.join(dir, 'cases')).length;
}

function score(label, { positives, negatives }) {
  const found = scanCases(positives);
  const flagged = scanCases(negatives);
  const hit = found.filter((n) => n > 0).length;
  const fp = flagged.filter((n) => n > 0).length;
  console.log(
    `${label}: recall ${hit}/${positives.length} (${((100 * hit) / positives.length).toFixed(1)}%), ` +
      `false positives ${fp}/${negatives.length} negative samples`,
  );
  if (verbose) {
    positives.forEach(
      (c, i) =>
        found[i] === 0 &&
        console.log(
          `  missed ${c.name}${args.includes('--show') ? ` ${JSON.stringify(String(c.text).slice(0, 150))}` : ''}`,
        ),
    );
    negatives.forEach(
      (c, i) =>
        flagged[i] > 0 &&
        console.log(
          `  flagged ${c.name}${args.includes('--show') ? ` ${JSON.stringify(String(c.text).slice(0, 150))}` : ''}`,
        ),
    );
  }
  return { hit, total: positives.length, fp, negatives: negatives.length };
}

for (const dir of opt('gitleaks')) score('gitleaks literal rule samples', gitleaksCases(dir));
for (const dir of opt('secretlint')) score('secretlint provider rule fixtures', secretlintCases(dir));
for (const dir of opt('tree')) {
  const files =
    execFileSync('git', ['ls-files'], { cwd: dir, maxBuffer: 1e9, encoding: 'utf8' }).split('\n').length - 1;
  const start = Date.now();
  const item = scanTree(dir, false);
  console.log(
    `${path.basename(dir)} (${files} tracked files): ${item.findings?.length ?? 0} findings, ` +
      `${item.evidence?.noted ?? 0} noted ${JSON.stringify(item.evidence?.notedIn ?? {})} in ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );
  if (verbose) {
    for (const f of item.findings ?? []) console.log(`  ${f.file}:${f.line} ${f.message.replace(/:.*/, '')}`);
    for (const n of item.evidence?.notes ?? []) console.log(`  note ${n.split(' ').slice(0, 2).join(' ')}`);
  }
}
