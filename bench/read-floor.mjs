// The built-in checklist's file-reading items against the read floor. The items: every item of the
// built-in checklists whose kind reads file contents (forbidden and required patterns, secrets, env
// documentation), run together as one checklist, so the run's single read pass serves them. Two floors:
// a process that lists the tracked files and reads each once, which is all those items need from the
// disk; and the issue's "sum of its items' reads", a process that reads, for each item, the files that
// item selects (so a file three items read is read three times), with the counts checked against the
// items' own reports.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import picomatch from 'picomatch';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { interleave, median, run, timeProcess, warmTree } from './measure.mjs';

const READING_KINDS = new Set([
  'repo.forbidden-pattern',
  'repo.required-pattern',
  'repo.secrets',
  'env.documented',
]);

/** The reading items of every built-in checklist (their ids made unique), as one checklist. */
function readingChecklist(projectDir) {
  const dir = path.join(projectDir, 'checklists');
  const items = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort()) {
    const def = parse(readFileSync(path.join(dir, file), 'utf8'));
    for (const section of def.sections ?? []) {
      for (const item of section.items ?? []) {
        if (!READING_KINDS.has(item.check?.kind)) continue;
        // `when` conditions need a change set; the benchmark runs every item.
        const rest = { ...item };
        delete rest.when;
        items.push({ ...rest, id: `${file.replace('.yml', '')}-${item.id}`, timeout: '30m' });
      }
    }
  }
  return {
    id: 'read-floor',
    title: 'Reading items of the built-in checklists',
    sections: [{ id: 'reads', title: 'Reads', items }],
  };
}

const FLOOR = `
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const files = execFileSync('git', ['ls-files', '-z'], { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\\0');
let bytes = 0;
for (const f of files) { if (f === '') continue; try { bytes += readFileSync(f).length; } catch {} }
console.log(bytes);
`;

// The issue's floor for this row: the sum of the items' reads, each item reading the files it selects once.
const FLOOR_SUM = `
const { readFileSync } = require('node:fs');
const lists = JSON.parse(readFileSync(process.argv[1], 'utf8'));
let bytes = 0;
for (const list of lists) for (const f of list) { try { bytes += readFileSync(f).length; } catch {} }
console.log(bytes);
`;

/** env.documented's own defaults for the code it reads (src/checks/env/env-documented.ts, CODE and NOT_CODE). */
const ENV_CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx,vue,svelte}'];
const ENV_NOT_CODE = [
  '**/node_modules/**',
  '**/{dist,build,out,coverage}/**',
  '**/*.min.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  '**/*.test.*',
  '**/*.spec.*',
  '**/{test,tests,__tests__,__mocks__,e2e,cypress,playwright,fixtures}/**',
  '**/{scripts,tools,tooling,extra}/**',
  '**/{bench,benchmark,benchmarks}/**',
  '**/{vendor,vendors,third_party,bower_components}/**',
  '**/*.config.*',
  '.yarn/**',
];

/**
 * The files each item reads, by its globs (picomatch, as the items' own globs mean), and the count its
 * report gives: the two must agree, or the sum-of-reads floor would not be these items' reads.
 */
function itemReads(items, report, tracked) {
  const select = (include, exclude) => {
    const inc = include?.length ? picomatch(include, { dot: true }) : () => true;
    const exc = exclude?.length ? picomatch(exclude, { dot: true }) : () => false;
    return tracked.filter((f) => inc(f) && !exc(f));
  };
  return items.map((item) => {
    const c = item.check;
    const evidence = report.items.find((i) => i.id === item.id)?.evidence ?? {};
    let files;
    let reported;
    if (c.kind === 'env.documented') {
      files = select(c.include ?? ENV_CODE, [...ENV_NOT_CODE, ...(c.exclude ?? [])]);
      reported = evidence.codeFilesScanned;
    } else {
      files = select(c.include, c.exclude);
      reported =
        (evidence.filesScanned ?? 0) +
        (evidence.binarySkipped ?? 0) +
        (evidence.minifiedSkipped ?? 0) +
        (evidence.notRead ?? 0) +
        (evidence.filesExcluded ?? 0);
    }
    if (files.length !== reported)
      throw new Error(
        `read floor: ${item.id} selects ${files.length} files by its globs, its report says ${reported}`,
      );
    return files;
  });
}

export async function readFloorBenchmark({ projectDir, benchDir, treeDir, rounds, log }) {
  const checklist = path.join(benchDir, 'read-floor.yml');
  const def = readingChecklist(projectDir);
  writeFileSync(checklist, stringify(def));
  const cli = path.join(projectDir, 'dist/cli/index.js');
  const ours = () =>
    timeProcess(
      process.execPath,
      [cli, 'check', '-c', checklist, '-C', treeDir, '-f', 'json', '--timeout', '30m'],
      {
        capture: true,
      },
    );
  const floor = () => timeProcess(process.execPath, ['-e', FLOOR], { cwd: treeDir, capture: true });
  const items = def.sections[0].items.length;
  log(
    `read floor: ${items} reading items of the built-in checklists vs one read of every tracked file; one untimed run each, then ${rounds}`,
  );
  // The untimed first runs; the items' report says how many files each read.
  const first = JSON.parse((await ours()).stdout);
  await floor();
  const tracked = run('git', ['ls-files', '-z'], { cwd: treeDir })
    .split('\0')
    .filter((f) => f !== '');
  const lists = itemReads(def.sections[0].items, first, tracked);
  const listsFile = path.join(benchDir, 'read-floor-lists.json');
  writeFileSync(listsFile, JSON.stringify(lists.map((l) => l.map((f) => path.join(treeDir, f)))));
  const sum = () => timeProcess(process.execPath, ['-e', FLOOR_SUM, listsFile], { capture: true });
  const [mine, theirs, summed] = await interleave(rounds, [ours, floor, sum], {
    before: () => warmTree(treeDir),
  });
  const report = JSON.parse(mine.at(-1).stdout);
  const errors = report.items.filter((i) => i.status === 'error');
  if (errors.length > 0)
    throw new Error(`read floor: ${errors.length} items errored, first: ${errors[0].summary}`);
  const s = (list) => median(list.map((r) => r.ms)) / 1000;
  return {
    items,
    preflightS: s(mine),
    floorS: s(theirs),
    sumS: s(summed),
    reads: lists.map((l) => l.length),
    runs: {
      preflight: mine.map((r) => r.ms / 1000),
      floor: theirs.map((r) => r.ms / 1000),
      sum: summed.map((r) => r.ms / 1000),
    },
    statuses: report.items.map((i) => `${i.id} ${i.status}`),
  };
}
