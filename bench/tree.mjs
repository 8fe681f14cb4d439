// The benchmark tree: a reproducible git repository of source-like files, generated once and reused.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { binaryContent, BINARY_EXTS, TEXT_KINDS, textMaker } from './content.mjs';
import { run } from './measure.mjs';
import { createRandom } from './random.mjs';

export const TREE_PARAMS = {
  /** Bump when the generator changes, so that an old tree is not reused. */
  generator: 1,
  seed: 20250611,
  files: 50_000,
  totalBytes: 500_000_000,
  directories: 2_000,
  maxDepth: 7,
  binaryFiles: 100,
  /** Share of text files that get matching lines planted. */
  plantedShare: 0.03,
};

const DIR_NAMES = (
  'src lib app core components services utils helpers internal pkg packages modules handlers models ' +
  'views controllers routes middleware config scripts tools docs tests fixtures assets styles types ' +
  'schemas migrations jobs workers adapters clients server web cli common shared vendor'
).split(' ');
const FILE_NAMES = (
  'index main util helpers types model service handler client server router store reducer schema ' +
  'config constants errors format parse validate render loader worker queue cache session auth'
).split(' ');

/**
 * Makes sure `root` holds the tree for `params`, generating it when the marker next to it differs.
 * Returns the tree's figures and whether (and how fast) it was generated in this run.
 */
export function ensureTree(root, params = TREE_PARAMS, log = () => {}) {
  const marker = `${root}.json`;
  const wanted = JSON.stringify(params);
  if (existsSync(marker) && existsSync(path.join(root, '.git'))) {
    const saved = JSON.parse(readFileSync(marker, 'utf8'));
    if (JSON.stringify(saved.params) === wanted) return { ...saved.stats, generatedMs: undefined };
  }
  log(`generating the tree under ${root} (once; reused while ${path.basename(marker)} matches)`);
  const start = performance.now();
  rmSync(marker, { force: true });
  rmSync(root, { recursive: true, force: true });
  const stats = writeFiles(root, params);
  const writtenMs = performance.now() - start;
  commitAll(root);
  const generatedMs = performance.now() - start;
  log(
    `wrote ${stats.files} files (${(stats.bytes / 1e6).toFixed(0)} MB) in ${(writtenMs / 1000).toFixed(1)} s, ` +
      `git add + commit took ${((generatedMs - writtenMs) / 1000).toFixed(1)} s`,
  );
  writeFileSync(marker, `${JSON.stringify({ params, stats }, null, 2)}\n`);
  return { ...stats, generatedMs };
}

function writeFiles(root, params) {
  const r = createRandom(params.seed);
  const dirs = makeDirectories(r, params);
  for (const d of dirs) mkdirSync(path.join(root, d.path), { recursive: true });
  const sizes = fileSizes(r, params);
  const binaryEvery = Math.floor(params.files / params.binaryFiles);
  const text = textMaker(r);
  const kinds = TEXT_KINDS.flatMap((k) => Array(k.weight).fill(k.ext));
  const stats = { files: 0, bytes: 0, binaryFiles: 0, plantedFiles: 0 };
  for (let i = 0; i < params.files; i += 1) {
    const dir = r.pick(dirs).path;
    const binary = i % binaryEvery === binaryEvery - 1;
    const ext = binary ? r.pick(BINARY_EXTS) : r.pick(kinds);
    const file = path.join(root, dir, `${r.pick(FILE_NAMES)}-${i}.${ext}`);
    let content;
    if (binary) {
      content = binaryContent(r, sizes[i]);
      stats.binaryFiles += 1;
    } else {
      const planted = r.chance(params.plantedShare) ? r.range(1, 4) : 0;
      if (planted > 0) stats.plantedFiles += 1;
      content = text(ext, sizes[i], planted);
    }
    writeFileSync(file, content);
    stats.files += 1;
    stats.bytes += typeof content === 'string' ? content.length : content.byteLength;
  }
  return stats;
}

/** A random tree of directories (each picks a random earlier one as parent), at most `maxDepth` deep. */
function makeDirectories(r, { directories, maxDepth }) {
  const dirs = [{ path: '', depth: 0 }];
  for (let i = 1; i < directories; i += 1) {
    let parent = r.pick(dirs);
    if (parent.depth >= maxDepth) parent = dirs[0];
    dirs.push({ path: path.join(parent.path, `${r.pick(DIR_NAMES)}-${i}`), depth: parent.depth + 1 });
  }
  return dirs;
}

/** Log-normal sizes (many small files, a long tail), scaled so that they add up to about `totalBytes`. */
function fileSizes(r, { files, totalBytes }) {
  const raw = Array.from({ length: files }, () => Math.exp(r.normal()));
  const scale = totalBytes / raw.reduce((a, b) => a + b, 0);
  return raw.map((x) => Math.min(2_000_000, Math.max(64, Math.round(x * scale))));
}

function commitAll(root) {
  const git = (...args) => run('git', ['-C', root, ...args]);
  git('init', '-q', '-b', 'main');
  git('config', 'gc.auto', '0');
  git('config', 'core.autocrlf', 'false');
  git('-c', 'core.looseCompression=1', 'add', '-A');
  git(
    '-c',
    'user.name=Preflight Bench',
    '-c',
    'user.email=bench@example.invalid',
    '-c',
    'commit.gpgsign=false',
    'commit',
    '-q',
    '--no-verify',
    '-m',
    'Benchmark tree',
  );
}
