// `npm run bench`: Preflight's forbidden-pattern scan against git grep, and the action's start-up against
// a minimal @actions/core action, side by side. `npm run bench -- scan` or `-- startup` runs one of them.
// `npm run bench -- net` runs the network rows: 50 slow targets in one run, and http.latency against hey.
// `npm run bench -- economy` counts the GitHub API calls of each kind of gate run.
// `npm run bench -- secrets` scores repo.secrets and secretlint on the planted corpus and times both on the tree.
// `npm run bench -- adversarial` runs the adversarial suite and reports its counts.
// `npm run bench -- yaml` validates large definitions (many unknown keys, many anchors) against the yaml library alone.
// `npm run bench -- import` scores `preflight import` on the labelled fixtures (recall, precision, structure);
// with PREFLIGHT_IMPORT_REAL=DIR it scores the real checklists in DIR (hand labels in DIR/labels/) too.
// Scratch files (the generated tree, the minimal action) live in .bench/, which git ignores.

import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { realTreeScan, scanBenchmark } from './scan.mjs';
import { readFloorBenchmark } from './read-floor.mjs';
import { startupBenchmark } from './startup.mjs';
import { ensureTree, TREE_PARAMS } from './tree.mjs';
import { alignColumns, median, run } from './measure.mjs';
import { FANOUT, fanoutBenchmark } from './net-fanout.mjs';
import { LATENCY, latencyBenchmark } from './net-latency.mjs';
import { ensureTool } from './tools.mjs';
import { economyBenchmark, economyTable } from './economy.mjs';
import { secretsBenchmark, secretsLines } from './secrets.mjs';
import { accuracyLines, importAccuracy, totals } from './import-accuracy.mjs';
import { accuracyBenchmark } from './accuracy.mjs';
import { yamlBenchmark } from './yaml.mjs';
import { adversarialBenchmark } from './adversarial.mjs';

const SCAN_ROUNDS = 3;
const STARTUP_ROUNDS = 20;
const SCAN_TARGET = 2;
const READ_FLOOR_TARGET = 3;
const STARTUP_TARGET = 1.5;
const FANOUT_ROUNDS = 5;
const FANOUT_TARGET = 1.3;
const LATENCY_ROUNDS = 5;
const LATENCY_TARGET = 1.1;
const LATENCY_P50_TARGET = 1.5;
const SECRETS_ROUNDS = 3;
/** At least 10x secretlint's speed: Preflight's time at most a tenth of its time. */
const SECRETS_TARGET = 0.1;
/** The import goals: most automatable items found, no wrong guesses, every outline kept. */
const IMPORT_RECALL_GOAL = 0.8;
const IMPORT_PRECISION_GOAL = 0.95;
const YAML_ROUNDS = 3;
/** Validation may cost a few times the parse alone, and must grow linearly: full size at most 2.5x half. */
const YAML_TARGET = 4;
const YAML_LINEAR_TARGET = 2.5;

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const benchDir = path.join(projectDir, '.bench');
const treeDir = path.join(benchDir, 'tree');
const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)}s`.padStart(7);
const log = (message) => process.stderr.write(`[${elapsed()}] ${message}\n`);

const which = process.argv[2] ?? 'all';
if (
  ![
    'all',
    'scan',
    'floor',
    'startup',
    'net',
    'economy',
    'secrets',
    'import',
    'builtins',
    'yaml',
    'adversarial',
  ].includes(which)
) {
  process.stderr.write(
    'usage: node bench/run.mjs [all|scan|floor|startup|net|economy|secrets|import|builtins|yaml|adversarial]\n',
  );
  process.exit(2);
}

mkdirSync(benchDir, { recursive: true });
const nodeMajor = Number(process.versions.node.split('.')[0]);
log(`node ${process.version} (${process.execPath}), ${run('git', ['--version']).trim()}`);
if (nodeMajor < 24) log('warning: the action runs on node 24; run this through `npm run bench` to use it');

const rows = [];
const notes = [];
let scan;
let realScan;
let tree;
if (which === 'all' || which === 'scan') {
  tree = ensureTree(treeDir, TREE_PARAMS, log);
  const withRg = ensureTool('rg', 'ripgrep', log);
  scan = await scanBenchmark({ projectDir, benchDir, treeDir, tree, rounds: SCAN_ROUNDS, log, withRg });
  const size = `${Math.round(scan.files / 1000)}k files, ${Math.round(scan.megabytes)} MB`;
  if (scan.rgS !== undefined) {
    rows.push([
      `forbidden patterns vs rg -f (${size})`,
      seconds(scan.preflightS),
      seconds(scan.rgS),
      scan.preflightS / scan.rgS,
      SCAN_TARGET,
    ]);
  } else {
    notes.push(
      'scan: the rg row is skipped: ripgrep is not installed and could not be (apt-get install -y ripgrep)',
    );
  }
  rows.push([
    `  (info) vs git grep -E, 20 patterns (${size})`,
    seconds(scan.preflightS),
    seconds(scan.gitGrepS),
    scan.preflightS / scan.gitGrepS,
  ]);
  const realDir = process.env.PREFLIGHT_BENCH_REAL_TREE ?? path.join(benchDir, 'real-tree');
  if (!withRg) notes.push('scan: the real-tree row is skipped: no ripgrep');
  else if (!existsSync(path.join(realDir, '.git'))) {
    notes.push(
      `scan: the real-tree row is skipped: no git work tree at ${realDir} (set PREFLIGHT_BENCH_REAL_TREE to a repository of 20k+ files, such as a clone of babel/babel)`,
    );
  } else {
    realScan = await realTreeScan({ projectDir, benchDir, dir: realDir, rounds: SCAN_ROUNDS, log });
    rows.push([
      `forbidden patterns vs rg -f, real tree (${path.basename(realDir)}, ${Math.round(realScan.files / 1000)}k files)`,
      seconds(realScan.preflightS),
      seconds(realScan.rgS),
      realScan.preflightS / realScan.rgS,
      SCAN_TARGET,
    ]);
  }
  if (scan.pcreS !== undefined) {
    rows.push([
      '  (info) vs git grep -P, one alternation',
      seconds(scan.preflightS),
      seconds(scan.pcreS),
      scan.preflightS / scan.pcreS,
    ]);
  }
}
let floor;
if (which === 'all' || which === 'scan' || which === 'floor') {
  tree ??= ensureTree(treeDir, TREE_PARAMS, log);
  floor = await readFloorBenchmark({ projectDir, benchDir, treeDir, rounds: SCAN_ROUNDS, log });
  rows.push([
    `built-in reading items (${floor.items}) vs the sum of their reads (${Math.round(tree.files / 1000)}k files)`,
    seconds(floor.preflightS),
    seconds(floor.sumS),
    floor.preflightS / floor.sumS,
    READ_FLOOR_TARGET,
  ]);
  rows.push([
    '  (info) vs one read of every tracked file',
    seconds(floor.preflightS),
    seconds(floor.floorS),
    floor.preflightS / floor.floorS,
  ]);
}
let startup;
if (which === 'all' || which === 'startup') {
  startup = await startupBenchmark({ projectDir, benchDir, rounds: STARTUP_ROUNDS, log });
  rows.push([
    'start-up to first output',
    `${startup.preflightMs.toFixed(0)} ms`,
    `${startup.referenceMs.toFixed(0)} ms`,
    startup.ratio,
    STARTUP_TARGET,
  ]);
  rows.push([
    '  (info) whole push run, one-item checklist, to exit',
    `${startup.wholeRun.preflightMs.toFixed(0)} ms`,
    `${startup.wholeRun.referenceMs.toFixed(0)} ms`,
    startup.wholeRun.preflightMs / startup.wholeRun.referenceMs,
  ]);
}

let fanout;
let latency;
let latencyNote;
if (which === 'all' || which === 'net') {
  fanout = await fanoutBenchmark({ projectDir, benchDir, rounds: FANOUT_ROUNDS, log });
  rows.push([
    `${FANOUT.targets} targets x ${FANOUT.delayMs} ms, one run / the slowest check alone`,
    `${fanout.engineMs.toFixed(0)} ms`,
    `${fanout.slowestAloneMs.toFixed(0)} ms`,
    fanout.ratio,
    FANOUT_TARGET,
  ]);
  if (ensureTool('hey', 'hey', log)) {
    latency = await latencyBenchmark({ projectDir, benchDir, rounds: LATENCY_ROUNDS, log });
    for (const l of latency) {
      for (const [p, target] of [
        ['p50', LATENCY_P50_TARGET],
        ['p95', LATENCY_TARGET],
      ]) {
        rows.push([
          `http.latency ${p} vs hey, server at ${l.delayMs} ms`,
          `${l[p].preflight.toFixed(2)} ms`,
          `${l[p].hey.toFixed(2)} ms`,
          l[p].preflight / l[p].hey,
          target,
        ]);
      }
      for (const p of ['p50', 'p95']) {
        rows.push([
          `  (info) ${p} vs hey on one thread (GOMAXPROCS=1), at ${l.delayMs} ms`,
          `${l[p].preflight.toFixed(2)} ms`,
          `${l[p].heyOneThread.toFixed(2)} ms`,
          l[p].preflight / l[p].heyOneThread,
        ]);
      }
    }
  } else {
    latencyNote = 'latency: rows skipped: hey is not installed and could not be (apt-get install -y hey)';
    log(latencyNote);
  }
}

let secrets;
if (which === 'all' || which === 'secrets') {
  tree ??= ensureTree(treeDir, TREE_PARAMS, log);
  secrets = await secretsBenchmark({ projectDir, benchDir, treeDir, tree, rounds: SECRETS_ROUNDS, log });
  rows.push([
    `secret scan vs secretlint (${Math.round(tree.files / 1000)}k files)`,
    seconds(secrets.preflightS),
    seconds(secrets.secretlintS),
    secrets.preflightS / secrets.secretlintS,
    SECRETS_TARGET,
  ]);
}

let yaml;
if (which === 'all' || which === 'yaml') {
  yaml = await yamlBenchmark({ projectDir, benchDir, rounds: YAML_ROUNDS, log });
  rows.push(
    [
      `validate ${Math.round(yaml.bytes.full / 1000)} KB of unknown keys vs yaml parse alone`,
      `${yaml.fullMs.toFixed(0)} ms`,
      `${yaml.fullRefMs.toFixed(0)} ms`,
      yaml.fullMs / yaml.fullRefMs,
      YAML_TARGET,
    ],
    [
      `  linear: validate ${Math.round(yaml.bytes.full / 1000)} KB vs ${Math.round(yaml.bytes.half / 1000)} KB`,
      `${yaml.fullMs.toFixed(0)} ms`,
      `${yaml.halfMs.toFixed(0)} ms`,
      yaml.fullMs / yaml.halfMs,
      YAML_LINEAR_TARGET,
    ],
    [
      'validate 20k anchors vs yaml parse alone',
      `${yaml.anchorsMs.toFixed(0)} ms`,
      `${yaml.anchorsRefMs.toFixed(0)} ms`,
      yaml.anchorsMs / yaml.anchorsRefMs,
      YAML_TARGET,
    ],
  );
}

let adversarial;
if (which === 'all' || which === 'adversarial') {
  adversarial = await adversarialBenchmark({ projectDir, log });
  if (!adversarial.passed) process.exitCode = 1;
}

let economy;
if (which === 'all' || which === 'economy') economy = await economyBenchmark({ projectDir, benchDir, log });

let imports;
if (which === 'all' || which === 'import')
  imports = importAccuracy({ projectDir, realDir: process.env.PREFLIGHT_IMPORT_REAL, log });
let accuracy;
if (which === 'all' || which === 'builtins') accuracy = accuracyBenchmark({ log });

const out = [];
if (accuracy) {
  const line = (name, sc) =>
    `  ${name}: ${sc.judged} items on ${sc.repositories} real repositories: ${sc.fp.length} false positives, ${sc.fn.length} false negatives`;
  out.push('accuracy of the built-in repository items (bench/accuracy/corpus.json, docs/accuracy.md):');
  out.push(line('preflight', accuracy.score));
  if (accuracy.baselineScore) out.push(line('baseline (PREFLIGHT_BASELINE_CLI)', accuracy.baselineScore));
}
if (scan) {
  const c = scan.check;
  out.push(
    `scan: ${scan.files} files (${tree.binaryFiles} binary), ${scan.megabytes.toFixed(1)} MB, 20 patterns` +
      (tree.generatedMs === undefined
        ? ' (tree reused)'
        : ` (tree generated in ${(tree.generatedMs / 1000).toFixed(1)} s)`),
    ...Object.entries(scan.runs).map(([name, runs]) => {
      const s = median(runs);
      const list = runs.map((x) => x.toFixed(2)).join(', ');
      return `  ${name.padEnd(12)} median ${seconds(s)}, ${(scan.megabytes / s).toFixed(0).padStart(3)} MB/s  (runs: ${list})`;
    }),
    `  matching lines, summed per pattern: preflight ${c.preflightLines}, git grep ${c.gitLines}` +
      ` (${c.patternsWithMatches}/20 patterns match); files scanned ${c.filesScanned}, binary skipped` +
      ` ${c.binarySkipped}/${c.binaryFiles}: ${c.agree ? 'agree' : 'DISAGREE'}`,
    `  distinct matching lines printed: git grep -E ${scan.gitGrepLines}` +
      (scan.pcreLines === undefined ? '' : `, git grep -P ${scan.pcreLines}`) +
      (scan.rgLines === undefined ? '' : `, rg -f ${scan.rgLines}`),
  );
  for (const m of c.fileCountMismatches)
    out.push(`    /${m.pattern}/: files git ${m.git}, preflight ${m.preflight}`);
}
if (startup) {
  out.push(
    `start-up: dist/index.js (${kb(startup.bundleBytes.preflight)} loaded before the first line; ` +
      `${startup.bundleBytes.chunkCount} chunks of ${kb(startup.bundleBytes.chunks)} loaded when the event needs them)` +
      ` vs minimal @actions/core action (${kb(startup.bundleBytes.reference)}), ${STARTUP_ROUNDS} runs each,` +
      ` first line '${startup.firstLine}'`,
  );
}
if (fanout) {
  out.push(
    `fan-out: ${FANOUT.targets} http.response items, each against its own 127.0.0.1 server answering after` +
      ` ${FANOUT.delayMs} ms, default settings; engine run ${fanout.runs.map((r) => r.engineMs).join(', ')} ms;` +
      ` the check alone ${fanout.alone.map((r) => r.engineMs).join(', ')} ms; slowest check in the run ${fanout.slowestInRunMs} ms;` +
      ` process wall time median ${fanout.wallMs.toFixed(0)} ms (start-up included)`,
  );
}
if (latency) {
  const list = (runs, k) => runs.map((x) => x[k].toFixed(2)).join(', ');
  for (const l of latency) {
    out.push(
      `latency at ${l.delayMs} ms: ${LATENCY.requests} requests, ${LATENCY.concurrency} at once, no warm-up, kept-alive;` +
        ` p50 preflight ${list(l.runs.preflight, 'p50')} ms, hey ${list(l.runs.hey, 'p50')} ms,` +
        ` hey on one thread ${list(l.runs.heyOneThread, 'p50')} ms;` +
        ` p95 preflight ${list(l.runs.preflight, 'p95')} ms, hey ${list(l.runs.hey, 'p95')} ms,` +
        ` hey on one thread ${list(l.runs.heyOneThread, 'p95')} ms`,
    );
  }
}
if (floor) {
  const list = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
  out.push(
    `read floor: preflight ${list(floor.runs.preflight)} s, the items' reads summed ${list(floor.runs.sum)} s (${floor.reads.join(' + ')} files), one read of every tracked file ${list(floor.runs.floor)} s; items: ${floor.statuses.join(', ')}`,
  );
}
if (realScan) {
  const list = (xs) => xs.map((x) => x.toFixed(2)).join(', ');
  out.push(
    `real tree ${realScan.dir}: ${realScan.files} tracked files; preflight ${list(realScan.runs.preflight)} s, rg ${list(realScan.runs['rg -f'])} s`,
  );
}
if (latencyNote) out.push(latencyNote);
out.push(...notes);
if (secrets) out.push(...secretsLines(secrets));
if (economy)
  out.push('', 'GitHub API calls per gate run (counted by the GitHub API double):', ...economyTable(economy));
let importMissed = false;
if (imports) {
  out.push(
    '',
    ...accuracyLines(
      'import accuracy on the labelled fixtures (__tests__/import/fixtures):',
      imports.fixtures,
    ),
  );
  if (imports.real)
    out.push(
      '',
      ...accuracyLines(
        `import accuracy on the real checklists in ${process.env.PREFLIGHT_IMPORT_REAL}:`,
        imports.real,
        { details: true },
      ),
    );
  const t = totals(imports.fixtures);
  const recall = t.found / t.automatable;
  const precision = t.right / t.guesses;
  importMissed =
    recall < IMPORT_RECALL_GOAL || precision < IMPORT_PRECISION_GOAL || t.structureKept < t.documents;
  out.push(
    `import goals (fixtures): recall ${(100 * recall).toFixed(1)}% (>= ${100 * IMPORT_RECALL_GOAL}%), precision ${(100 * precision).toFixed(1)}% (>= ${100 * IMPORT_PRECISION_GOAL}%), structure kept ${t.structureKept}/${t.documents}: ${importMissed ? 'MISSED' : 'ok'}`,
  );
}
if (adversarial) {
  const a = adversarial;
  out.push(
    '',
    `adversarial suite: ${a.definitions} bad definitions (goal 100), ${a.probes} hostile target probes over ${a.behaviours} hostile server behaviours (goal 50),` +
      ` ${a.entries} hostile repository entries (goal 10), canaries checked in ${a.formats} output formats;` +
      ` peak memory growth ${a.peakMiB} MiB, ${(a.ms / 1000).toFixed(1)} s: ${a.passed && a.definitions >= 100 && a.probes >= 50 && a.entries >= 10 ? 'every case held' : 'FAILED'}`,
    `adversarial suite, bundled (dist/index.js on a webhook-examples event against the API double, dist/cli/index.js in a workflow step):` +
      ` ${a.bundled.items} items (${a.bundled.probes} hostile target probes), ${a.bundled.entries} hostile repository entries, ${a.bundled.canaryForms} canary forms checked in ${a.bundled.actionOutputs} action outputs and ${a.bundled.cliFormats} CLI formats;` +
      ` peak RSS action ${a.bundled.actionRss} MiB, CLI ${a.bundled.cliRss} MiB (cap 350 MiB): ${a.passed ? 'every case held' : 'FAILED'}`,
  );
}
if (rows.length > 0) out.push('', ...table(rows));
out.push('', `total run time ${elapsed().trim()}`);
process.stdout.write(`\n${out.join('\n')}\n`);
if (scan && (!scan.check.agree || (scan.pcreLines !== undefined && scan.pcreLines !== scan.gitGrepLines))) {
  process.exitCode = 1;
}
if (importMissed) process.exitCode = 1;

function seconds(s) {
  return `${s.toFixed(2)} s`;
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function table(data) {
  const header = ['benchmark', 'preflight', 'reference', 'ratio', 'target'];
  const cells = data.map(([name, ours, ref, ratio, target]) => [
    name,
    ours,
    ref,
    `${ratio.toFixed(2)}x`,
    target === undefined ? '-' : `<= ${target}x ${ratio <= target ? 'ok' : 'MISSED'}`,
  ]);
  return alignColumns([header, ...cells]);
}
