// Forbidden-pattern scanning: the bundled CLI against ripgrep (`rg -f`) and `git grep -E` on the same tree
// and patterns; and against ripgrep on a real tree when one is at hand.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { interleave, median, run, timeProcess, warmTree } from './measure.mjs';
import { PATTERNS } from './patterns.mjs';

/** ripgrep over the same files Preflight reads: the patterns from a file, binary files skipped, no limit. */
function rgRun(dir, patternsFile) {
  return () =>
    timeProcess('rg', ['-n', '--no-messages', '--hidden', '-g', '!.git', '-f', patternsFile], {
      cwd: dir,
      capture: true,
    });
}

/**
 * Preflight against ripgrep on another tree (a real repository's work tree): interleaved timed runs after
 * one untimed run of each. No cross-check of counts (ripgrep also reads untracked files there).
 */
export async function realTreeScan({ projectDir, benchDir, dir, rounds, log }) {
  const checklist = path.join(benchDir, 'scan-checklist.yml');
  writeFileSync(checklist, checklistYaml(PATTERNS));
  const patternsFile = path.join(benchDir, 'scan-patterns.txt');
  writeFileSync(patternsFile, `${PATTERNS.join('\n')}\n`);
  const cli = path.join(projectDir, 'dist/cli/index.js');
  const preflight = () =>
    timeProcess(
      process.execPath,
      [cli, 'check', '-c', checklist, '-C', dir, '-f', 'json', '--timeout', '30m'],
      {
        capture: true,
      },
    );
  const contenders = [
    { name: 'preflight', run: preflight, ok: [0, 1] },
    { name: 'rg -f', run: rgRun(dir, patternsFile), ok: [0, 1] },
  ];
  const files = run('git', ['ls-files'], { cwd: dir })
    .split('\n')
    .filter((l) => l !== '').length;
  log(`real tree: ${dir} (${files} tracked files): one untimed run of each, then ${rounds} interleaved`);
  for (const c of contenders) checkRun(c.name, await c.run(), c.ok);
  const runs = await interleave(
    rounds,
    contenders.map((c) => c.run),
    { before: () => warmTree(dir) },
  );
  runs.forEach((list, i) => list.forEach((r) => checkRun(contenders[i].name, r, contenders[i].ok)));
  const seconds = (list) => median(list.map((r) => r.ms)) / 1000;
  return {
    dir,
    files,
    preflightS: seconds(runs[0]),
    rgS: seconds(runs[1]),
    runs: Object.fromEntries(runs.map((list, i) => [contenders[i].name, list.map((r) => r.ms / 1000)])),
  };
}

/** A checklist with one item: the 20 patterns as a repo.forbidden-pattern check. */
function checklistYaml(patterns) {
  // Single-quoted YAML scalars keep backslashes as they are; no pattern contains a quote.
  return [
    'id: bench',
    'title: Benchmark',
    'sections:',
    '  - id: scan',
    '    title: Scan',
    '    items:',
    '      - id: forbidden-patterns',
    '        title: No forbidden pattern in any tracked file',
    '        timeout: 30m',
    '        check:',
    '          kind: repo.forbidden-pattern',
    '          max-findings: 1000',
    '          patterns:',
    ...patterns.map((p) => `            - '${p}'`),
    '',
  ].join('\n');
}

/**
 * Times `preflight check` (whole process) against `git grep -E -I -n` with the same patterns, after one
 * untimed run of each to warm the page cache, then cross-checks the match counts. For information it
 * also times `git grep -P` with the patterns joined into one alternation, when git has PCRE: git's
 * POSIX matcher tries every pattern on every line, PCRE with a single pattern searches whole buffers.
 */
export async function scanBenchmark({ projectDir, benchDir, treeDir, tree, rounds, log, withRg }) {
  const checklist = path.join(benchDir, 'scan-checklist.yml');
  writeFileSync(checklist, checklistYaml(PATTERNS));
  const patternsFile = path.join(benchDir, 'scan-patterns.txt');
  writeFileSync(patternsFile, `${PATTERNS.join('\n')}\n`);
  const cli = path.join(projectDir, 'dist/cli/index.js');
  const preflight = () =>
    timeProcess(
      process.execPath,
      [cli, 'check', '-c', checklist, '-C', treeDir, '-f', 'json', '--timeout', '30m'],
      {
        capture: true,
      },
    );
  const gitGrep = (flag, patternArgs) => () =>
    timeProcess('git', ['grep', flag, '-I', '-n', ...patternArgs], { cwd: treeDir, capture: true });
  const contenders = [
    { name: 'preflight', run: preflight, ok: [1] },
    {
      name: 'git grep -E',
      run: gitGrep(
        '-E',
        PATTERNS.flatMap((p) => ['-e', p]),
      ),
      ok: [0],
    },
  ];
  if (withRg) contenders.push({ name: 'rg -f', run: rgRun(treeDir, patternsFile), ok: [0] });
  if (hasPcre(treeDir)) {
    const alternation = PATTERNS.map((p) => `(?:${p})`).join('|');
    contenders.push({ name: 'git grep -P', run: gitGrep('-P', ['-e', alternation]), ok: [0] });
  }

  log(`scan: warming the page cache (one untimed run of ${contenders.map((c) => c.name).join(', ')})`);
  for (const c of contenders) checkRun(c.name, await c.run(), c.ok);
  log(`scan: ${rounds} timed runs of each, interleaved`);
  const runs = await interleave(
    rounds,
    contenders.map((c) => c.run),
    { before: () => warmTree(treeDir) },
  );
  runs.forEach((list, i) => list.forEach((r) => checkRun(contenders[i].name, r, contenders[i].ok)));
  const [ours, theirs] = runs;
  const named = (name) => runs[contenders.findIndex((c) => c.name === name)];
  const rg = withRg ? named('rg -f') : undefined;
  const pcre = contenders.some((c) => c.name === 'git grep -P') ? named('git grep -P') : undefined;

  const report = JSON.parse(ours.at(-1).stdout);
  const item = report.items[0];
  if (item.status !== 'fail')
    throw new Error(`preflight: expected a failing item, got ${item.status}: ${item.summary}`);
  log('scan: cross-checking match counts with one git grep -c per pattern (untimed)');
  const reference = perPatternCounts(treeDir);
  const seconds = (list) => median(list.map((r) => r.ms)) / 1000;
  const lineCount = (list) =>
    list
      .at(-1)
      .stdout.split('\n')
      .filter((l) => l !== '').length;
  return {
    files: tree.files,
    megabytes: tree.bytes / 1e6,
    preflightS: seconds(ours),
    gitGrepS: seconds(theirs),
    pcreS: pcre && seconds(pcre),
    rgS: rg && seconds(rg),
    rgLines: rg && lineCount(rg),
    runs: Object.fromEntries(runs.map((list, i) => [contenders[i].name, list.map((r) => r.ms / 1000)])),
    /** Distinct matching lines each git grep printed; both must agree. */
    gitGrepLines: lineCount(theirs),
    pcreLines: pcre && lineCount(pcre),
    check: crossCheck(item.evidence, reference, tree),
  };
}

function hasPcre(cwd) {
  try {
    run('git', ['grep', '-P', '-q', '-e', 'x', '--', 'none-such'], { cwd, ok: [0, 1] });
    return true;
  } catch {
    return false;
  }
}

function checkRun(name, result, okCodes) {
  if (!okCodes.includes(result.code)) {
    throw new Error(
      `${name} exited with ${result.code ?? result.signal}: ${result.stderr.trim().slice(0, 2000)}`,
    );
  }
}

/** Per pattern: the lines that match it and the files that hold them, as git grep counts them. */
function perPatternCounts(treeDir) {
  return PATTERNS.map((p) => {
    const out = run('git', ['grep', '-E', '-I', '-c', '-e', p], { cwd: treeDir, ok: [0, 1] });
    let lines = 0;
    let files = 0;
    for (const row of out.split('\n')) {
      if (row === '') continue;
      lines += Number(row.slice(row.lastIndexOf(':') + 1));
      files += 1;
    }
    return { pattern: p, lines, files };
  });
}

function crossCheck(evidence, reference, tree) {
  const gitLines = reference.reduce((a, r) => a + r.lines, 0);
  const mismatches = reference
    .map((r, i) => ({ pattern: r.pattern, git: r.files, preflight: evidence.perPattern[i]?.files }))
    .filter((m, i) => evidence.perPattern[i]?.pattern !== m.pattern || m.preflight !== m.git);
  return {
    preflightLines: evidence.matches,
    gitLines,
    filesScanned: evidence.filesScanned,
    binarySkipped: evidence.binarySkipped,
    binaryFiles: tree.binaryFiles,
    patternsWithMatches: reference.filter((r) => r.lines > 0).length,
    fileCountMismatches: mismatches,
    agree:
      evidence.matches === gitLines &&
      mismatches.length === 0 &&
      evidence.filesScanned + evidence.binarySkipped === tree.files &&
      evidence.binarySkipped === tree.binaryFiles,
  };
}
