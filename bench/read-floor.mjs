// The built-in checklist's file-reading items against the read floor. The items: every item of the
// built-in checklists whose kind reads file contents (forbidden and required patterns, secrets, env
// documentation), run together as one checklist, so the run's single read pass serves them. The floor: a
// process that lists the tracked files and reads each once, which is all those items need from the disk.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { interleave, median, timeProcess, warmTree } from './measure.mjs';

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
  await ours();
  await floor();
  const [mine, theirs] = await interleave(rounds, [ours, floor], { before: () => warmTree(treeDir) });
  const report = JSON.parse(mine.at(-1).stdout);
  const errors = report.items.filter((i) => i.status === 'error');
  if (errors.length > 0)
    throw new Error(`read floor: ${errors.length} items errored, first: ${errors[0].summary}`);
  const s = (list) => median(list.map((r) => r.ms)) / 1000;
  return {
    items,
    preflightS: s(mine),
    floorS: s(theirs),
    runs: { preflight: mine.map((r) => r.ms / 1000), floor: theirs.map((r) => r.ms / 1000) },
    statuses: report.items.map((i) => `${i.id} ${i.status}`),
  };
}
