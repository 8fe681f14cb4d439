// Secret scanning: Preflight's repo.secrets against secretlint's recommended preset. Accuracy on the
// planted corpus (scripts/secret-corpus.mjs: ground truth in a manifest), speed on the 50,000-file tree.

import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeCorpus } from '../scripts/secret-corpus.mjs';
import { interleave, median, timeProcess, warmTree } from './measure.mjs';

const SECRETLINTRC = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] };

function checklistYaml() {
  return [
    'id: bench-secrets',
    'title: Benchmark',
    'sections:',
    '  - id: scan',
    '    title: Scan',
    '    items:',
    '      - id: secrets',
    '        title: No secret in any tracked file',
    '        timeout: 30m',
    '        check:',
    '          kind: repo.secrets',
    '          max-findings: 1000',
    '',
  ].join('\n');
}

/** Runs the bundled CLI's repo.secrets on `dir`: its findings as line ranges, and the process timing. */
async function preflight(projectDir, checklist, dir) {
  const cli = path.join(projectDir, 'dist/cli/index.js');
  const r = await timeProcess(
    process.execPath,
    [cli, 'check', '-c', checklist, '-C', dir, '-f', 'json', '--timeout', '30m'],
    { capture: true },
  );
  if (r.code !== 0 && r.code !== 1) {
    throw new Error(`preflight exited with ${r.code}: ${r.stderr.slice(0, 2000)}`);
  }
  const item = JSON.parse(r.stdout).items[0];
  if (item.status === 'error') throw new Error(`preflight: repo.secrets errored: ${item.summary}`);
  return { ms: r.ms, found: item.findings.map((f) => ({ file: f.file, from: f.line, to: f.line })) };
}

/** Runs secretlint from inside `dir` with the recommended preset (the config file written there). */
async function secretlint(projectDir, dir) {
  const bin = path.join(projectDir, 'node_modules/secretlint/bin/secretlint.js');
  writeFileSync(path.join(dir, '.secretlintrc.json'), `${JSON.stringify(SECRETLINTRC)}\n`);
  const r = await timeProcess(process.execPath, [bin, '--format', 'json', '--no-color', '**/*'], {
    cwd: dir,
    capture: true,
  });
  if (r.code !== 0 && r.code !== 1) {
    throw new Error(`secretlint exited with ${r.code}: ${r.stderr.slice(0, 2000)}`);
  }
  const found = [];
  for (const file of JSON.parse(r.stdout)) {
    const rel = path.relative(dir, file.filePath).split(path.sep).join('/');
    for (const m of file.messages) found.push({ file: rel, from: m.loc.start.line, to: m.loc.end.line });
  }
  return { ms: r.ms, found };
}

/**
 * Precision and recall of findings against the manifest. A finding covers the lines from its start to its
 * end (secretlint reports a GCP service-account file from its first line to its last); it is a true one
 * when it covers a planted secret's line, and a secret is found when some finding covers its line.
 */
export function score(found, manifest) {
  const covers = (f, m) => f.file === m.file && f.from <= m.line && m.line <= f.to;
  const secrets = manifest.filter((m) => m.secret);
  const decoys = manifest.filter((m) => !m.secret);
  const falseOnes = found.filter((f) => !secrets.some((m) => covers(f, m)));
  const decoyKinds = {};
  for (const f of falseOnes) {
    const d = decoys.find((m) => covers(f, m));
    if (d) decoyKinds[d.kind] = (decoyKinds[d.kind] ?? 0) + 1;
  }
  const hit = secrets.filter((m) => found.some((f) => covers(f, m)));
  const missedKinds = {};
  for (const m of secrets) if (!hit.includes(m)) missedKinds[m.kind] = (missedKinds[m.kind] ?? 0) + 1;
  return {
    tp: hit.length,
    fp: falseOnes.length,
    onDecoys: Object.values(decoyKinds).reduce((a, n) => a + n, 0),
    decoyKinds,
    missed: secrets.length - hit.length,
    missedKinds,
    precision: found.length === 0 ? 1 : (found.length - falseOnes.length) / found.length,
    recall: secrets.length === 0 ? 1 : hit.length / secrets.length,
  };
}

export async function secretsBenchmark({ projectDir, benchDir, treeDir, tree, rounds, log }) {
  if (!existsSync(path.join(projectDir, 'node_modules/secretlint/bin/secretlint.js'))) {
    throw new Error('secretlint is not installed: run npm install (it is a devDependency)');
  }
  const corpusDir = path.join(benchDir, 'secret-corpus');
  const corpus = writeCorpus(corpusDir);
  log(
    `secrets: corpus of ${corpus.files} files, ${corpus.secrets} secrets (${corpus.secretKinds} kinds), ${corpus.decoys} decoys`,
  );
  const checklist = path.join(benchDir, 'secrets-checklist.yml');
  writeFileSync(checklist, checklistYaml());

  const ours = await preflight(projectDir, checklist, corpusDir);
  const theirs = await secretlint(projectDir, corpusDir);
  const accuracy = {
    preflight: score(ours.found, corpus.manifest),
    secretlint: score(theirs.found, corpus.manifest),
  };

  log('secrets: warming the page cache (one untimed preflight run on the tree)');
  await preflight(projectDir, checklist, treeDir);
  log(
    `secrets: ${rounds} timed runs of each on ${tree.files} files, interleaved (secretlint takes ~30 s a run)`,
  );
  const [a, b] = await interleave(
    rounds,
    [() => preflight(projectDir, checklist, treeDir), () => secretlint(projectDir, treeDir)],
    { before: () => warmTree(treeDir) },
  );
  return {
    corpus: {
      files: corpus.files,
      secrets: corpus.secrets,
      decoys: corpus.decoys,
      kinds: corpus.secretKinds,
    },
    accuracy,
    preflightS: median(a.map((r) => r.ms)) / 1000,
    secretlintS: median(b.map((r) => r.ms)) / 1000,
    runs: { preflight: a.map((r) => r.ms / 1000), secretlint: b.map((r) => r.ms / 1000) },
    treeFindings: { preflight: a.at(-1).found.length, secretlint: b.at(-1).found.length },
  };
}

/** Report lines: accuracy of both, with the targets (at least secretlint's precision and recall). */
export function secretsLines(s) {
  const pct = (x) => `${(x * 100).toFixed(1)}%`;
  const row = (name, a) =>
    `  ${name.padEnd(11)} precision ${pct(a.precision).padStart(6)}  recall ${pct(a.recall).padStart(6)}` +
    `  (found ${a.tp}, missed ${a.missed}; false findings ${a.fp}, on decoys ${a.onDecoys})`;
  const p = s.accuracy.preflight;
  const l = s.accuracy.secretlint;
  const verdict = (ours, ref) => (ours >= ref ? 'ok' : 'MISSED');
  const list = (m) =>
    Object.entries(m)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `secrets: corpus of ${s.corpus.files} files, ${s.corpus.secrets} planted secrets of ${s.corpus.kinds} kinds,` +
      ` ${s.corpus.decoys} decoys; a finding matches a planted line it covers in the same file`,
    row('preflight', p),
    row('secretlint', l),
    `  targets: precision >= secretlint's ${verdict(p.precision, l.precision)},` +
      ` recall >= secretlint's ${verdict(p.recall, l.recall)}`,
    `  missed by preflight: ${list(p.missedKinds)}; decoys it reported: ${list(p.decoyKinds)}`,
    `  missed by secretlint: ${list(l.missedKinds)}; decoys it reported: ${list(l.decoyKinds)}`,
    '  (Stripe test-mode secret keys are secrets here, publishable keys decoys: see docs/secrets.md)',
    `  speed on the tree: preflight runs ${s.runs.preflight.map((x) => x.toFixed(2)).join(', ')} s,` +
      ` secretlint runs ${s.runs.secretlint.map((x) => x.toFixed(2)).join(', ')} s;` +
      ` findings preflight ${s.treeFindings.preflight}, secretlint ${s.treeFindings.secretlint}`,
  ];
}
