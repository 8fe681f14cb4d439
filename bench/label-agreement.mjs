// How far two sets of hand labels agree on the same real checklists, and how far the import agrees with
// each, box by box at the level of kinds (the same set of kinds on the same box; parameters aside, since two
// people pin different ones). Not committed data: run it on a folder of real documents.
//
//   node bench/label-agreement.mjs DOCS_DIR LABELS_A LABELS_B [NAME…]
//
// DOCS_DIR holds NAME.md; LABELS_A and LABELS_B hold NAME.txt in the bench's label format (`LINE kind …`,
// and a `# repo:` line naming the root files the import runs among). Without names, every NAME.txt that
// both label folders hold is compared. "recall" is the share of the reference's automatable boxes the
// other gives the same kinds; "precision" the share of the other's automatable boxes the reference agrees
// with.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(projectDir, 'dist', 'cli', 'index.js');

/** line → the set of kinds labelled on it, from a label file. */
function labelKinds(file) {
  const kinds = new Map();
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^(\d+)\s+(\S+)/.exec(line.trim());
    if (m) kinds.set(Number(m[1]), new Set([...(kinds.get(Number(m[1])) ?? []), m[2]]));
  }
  return kinds;
}

/** line → the set of kinds the import chose, run as `preflight import` runs in the document's repository. */
function importKinds(doc, labelFile) {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'preflight-agreement-'));
  try {
    const repo = /^#\s*repo:\s*(.*)$/m.exec(readFileSync(labelFile, 'utf8'))?.[1] ?? '';
    for (const f of repo.split(/\s+/).filter((n) => /^[\w.-]+$/.test(n) && n !== '.' && n !== '..'))
      writeFileSync(path.join(cwd, f), '');
    const out = execFileSync(
      process.execPath,
      [cli, 'import', path.resolve(doc), '--explain-format', 'json'],
      {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const parsed = JSON.parse(out);
    const kinds = new Map();
    for (const item of parsed.items ?? parsed)
      if (item.checks?.length) kinds.set(item.line, new Set(item.checks.map((c) => c.check.kind)));
    return kinds;
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
}

const same = (a, b) => !!a && !!b && a.size === b.size && [...a].every((k) => b.has(k));

/** Agreement of `other` with `ref` over every document: counts, not yet ratios. */
function agreement(pairs) {
  let refBoxes = 0;
  let otherBoxes = 0;
  let refAgreed = 0;
  let otherAgreed = 0;
  for (const { ref, other } of pairs) {
    refBoxes += ref.size;
    otherBoxes += other.size;
    for (const [line, kinds] of ref) if (same(kinds, other.get(line))) refAgreed += 1;
    for (const [line, kinds] of other) if (same(kinds, ref.get(line))) otherAgreed += 1;
  }
  return { refBoxes, otherBoxes, refAgreed, otherAgreed };
}

const pct = (n, d) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const line = (title, a) =>
  `${title}: recall ${pct(a.refAgreed, a.refBoxes)} (${a.refAgreed} of ${a.refBoxes}), precision ${pct(a.otherAgreed, a.otherBoxes)} (${a.otherAgreed} of ${a.otherBoxes})`;

const [docsDir, labelsA, labelsB, ...names] = process.argv.slice(2);
if (!docsDir || !labelsA || !labelsB) {
  console.error('usage: node bench/label-agreement.mjs DOCS_DIR LABELS_A LABELS_B [NAME…]');
  process.exit(2);
}
if (!existsSync(cli)) {
  console.error('no bundle: run `npm run bundle` first');
  process.exit(2);
}
const chosen =
  names.length > 0
    ? names
    : readdirSync(labelsA)
        .filter((f) => f.endsWith('.txt') && existsSync(path.join(labelsB, f)))
        .map((f) => f.slice(0, -4));
const docs = chosen.map((name) => {
  const a = labelKinds(path.join(labelsA, `${name}.txt`));
  const b = labelKinds(path.join(labelsB, `${name}.txt`));
  const imported = importKinds(path.join(docsDir, `${name}.md`), path.join(labelsA, `${name}.txt`));
  return { name, a, b, imported };
});
console.log(`${docs.length} documents, agreement on the kinds of each box:`);
console.log(line('  labels B against labels A', agreement(docs.map((d) => ({ ref: d.a, other: d.b })))));
console.log(
  line('  the import against labels A', agreement(docs.map((d) => ({ ref: d.a, other: d.imported })))),
);
console.log(
  line('  the import against labels B', agreement(docs.map((d) => ({ ref: d.b, other: d.imported })))),
);
