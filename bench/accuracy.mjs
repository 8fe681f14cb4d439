// Accuracy of the built-in repository items on real open-source services: each item's verdict against what
// a careful release manager expects (bench/accuracy/corpus.json), as false positives (fails that should
// not) and false negatives (passes that should fail). The repositories are not in this project: fetch them
// at the commits the corpus names into one folder (OWNER+NAME per repository, each a git work tree) and
// point PREFLIGHT_CORPUS at it. `node bench/accuracy.mjs --markdown` prints the table of docs/accuracy.md;
// PREFLIGHT_BASELINE_CLI=path/to/dist/cli/index.js also scores another build side by side.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const corpus = JSON.parse(readFileSync(path.join(projectDir, 'bench/accuracy/corpus.json'), 'utf8'));

/** Not failing: a pass, or a skip (the item does not apply). */
const failing = (status) => status === 'fail' || status === 'error';

/** Runs one CLI build on every repository present; per repository, item id → { status, summary }. */
export function runCorpus(cli, dir) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'preflight-accuracy-'));
  const checklist = path.join(tmp, 'corpus.yml');
  writeFileSync(checklist, stringify(corpus.checklist));
  const out = {};
  try {
    for (const r of corpus.repositories) {
      const repoDir = path.join(dir, r.repo.replace('/', '+'));
      if (!existsSync(repoDir)) continue;
      let text;
      try {
        text = execFileSync(process.execPath, [cli, 'check', '-c', checklist, '-C', repoDir, '-f', 'json'], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
          env: { PATH: process.env.PATH, API_URL: 'http://127.0.0.1:9' },
        });
      } catch (e) {
        text = e.stdout; // exit 1: some items fail
      }
      const report = JSON.parse(text);
      out[r.repo] = Object.fromEntries(
        (Array.isArray(report) ? report[0] : report).items.map((i) => [
          i.id,
          { status: i.status, summary: i.summary },
        ]),
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/** False positives and negatives of one run over every judged item. */
export function score(results) {
  const s = { repositories: 0, judged: 0, fp: [], fn: [], byKind: {} };
  for (const r of corpus.repositories) {
    const got = results[r.repo];
    if (!got) continue;
    s.repositories += 1;
    for (const [id, want] of Object.entries(r.items)) {
      const found = got[id];
      if (!found) continue;
      s.judged += 1;
      const wrong = failing(found.status) !== (want.expected === 'fail');
      if (!wrong) continue;
      (want.expected === 'fail' ? s.fn : s.fp).push({ repo: r.repo, id, status: found.status, want });
    }
  }
  return s;
}

export function accuracyBenchmark({ log }) {
  const dir = process.env.PREFLIGHT_CORPUS;
  if (!dir || !existsSync(dir)) {
    log('accuracy: PREFLIGHT_CORPUS is not set to a folder of the corpus repositories; skipped');
    return undefined;
  }
  const current = runCorpus(path.join(projectDir, 'dist/cli/index.js'), dir);
  const baselineCli = process.env.PREFLIGHT_BASELINE_CLI;
  const baseline = baselineCli ? runCorpus(baselineCli, dir) : undefined;
  return { current, baseline, score: score(current), baselineScore: baseline && score(baseline) };
}

function markdown(current, baseline) {
  const rows = ['| repository | item | expected | Preflight | why |', '| --- | --- | --- | --- | --- |'];
  for (const r of corpus.repositories) {
    const got = current[r.repo];
    if (!got) continue;
    for (const [id, want] of Object.entries(r.items)) {
      const status = got[id]?.status ?? 'absent';
      const wrong = failing(status) !== (want.expected === 'fail');
      const mark = wrong ? (want.expected === 'fail' ? ' (FN)' : ' (FP)') : '';
      const before = baseline?.[r.repo]?.[id]?.status;
      const was = before && before !== status ? ` (was ${before})` : '';
      rows.push(
        `| ${r.repo} | ${id} | ${want.expected} | ${status}${mark}${was} | ${want.why.replace(/\|/g, '\\|')} |`,
      );
    }
  }
  return `${rows.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const result = accuracyBenchmark({ log: (m) => process.stderr.write(`${m}\n`) });
  if (result) {
    const line = (name, s) =>
      `${name}: ${s.judged} items on ${s.repositories} repositories: ${s.fp.length} false positives, ${s.fn.length} false negatives`;
    process.stdout.write(`${line('preflight', result.score)}\n`);
    if (result.baselineScore) process.stdout.write(`${line('baseline', result.baselineScore)}\n`);
    for (const x of result.score.fp) process.stdout.write(`  FP ${x.repo} ${x.id}: ${x.want.why}\n`);
    for (const x of result.score.fn) process.stdout.write(`  FN ${x.repo} ${x.id}: ${x.want.why}\n`);
    if (process.argv.includes('--markdown'))
      process.stdout.write(`\n${markdown(result.current, result.baseline)}`);
  }
}
