// The literal pre-filter alone, old against new on the same buffers: the WebAssembly SIMD search against
// the JavaScript searches (shift table, byte automaton) it replaces, in MB/s over a sample of a tree's
// files read into memory once. `npm run bench:literals [-- DIR [FILES]]` (default: the generated tree,
// 5,000 files). Both must report the same hits, or the script fails.
//
// Sets: the bench's 20 patterns as the scan derives their literals (33; case-sensitive, and the same
// folded), the secret scan's 152 keywords (which keep the automaton), and random sets of 16 to 112 of
// those keywords through the SIMD search directly, which is how its limit of 48 literals was chosen.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LiteralSearch } from '../src/scan/literal-search.ts';
import { patternShape } from '../src/scan/literals.ts';
import { SimdLiteralSearch } from '../src/scan/simd-search.ts';
import { teddyModule } from '../src/scan/teddy-module.ts';
import { ALL_RULES } from '../src/checks/secrets/rules.ts';
import { PATTERNS } from './patterns.mjs';

const projectDir = fileURLToPath(new URL('..', import.meta.url));
const dir = process.argv[2] ?? path.join(projectDir, '.bench/tree');
const wanted = Number(process.argv[3] ?? 5000);
const ROUNDS = 5;

const files = execFileSync('git', ['ls-files', '-z'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 })
  .split('\0')
  .filter((f) => f !== '');
const every = Math.max(1, Math.floor(files.length / wanted));
const buffers = [];
let bytes = 0;
for (let i = 0; i < files.length && buffers.length < wanted; i += every) {
  try {
    const b = readFileSync(path.join(dir, files[i]));
    buffers.push(b);
    bytes += b.length;
  } catch {
    // A link to a folder, a file gone since: not part of the sample.
  }
}

const module = teddyModule();
if (!module) throw new Error('the SIMD module is not built (npm run wasm)');

/** One pass of a search over every buffer: its time and its hits (their count and a sum over their places). */
function pass(search) {
  let count = 0;
  let sum = 0;
  const start = process.hrtime.bigint();
  for (const b of buffers)
    search.find(b, (id, at) => {
      count += 1;
      // Added up, so the order of the hits (which no search promises) does not matter.
      let h = Math.imul(Math.imul(id + 1, 1000003) ^ at, 0x9e3779b1);
      h ^= h >>> 15;
      sum = (sum + h) | 0;
    });
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, count, sum };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The two searches, interleaved: median MB/s of each over ROUNDS passes (after one untimed pass each). */
function compare(name, oldSearch, newSearch) {
  pass(oldSearch);
  pass(newSearch);
  const times = [[], []];
  let hits;
  for (let r = 0; r < ROUNDS; r += 1) {
    const a = pass(oldSearch);
    const b = pass(newSearch);
    if (a.count !== b.count || a.sum !== b.sum)
      throw new Error(`${name}: the searches disagree (${a.count} hits against ${b.count})`);
    times[0].push(a.ms);
    times[1].push(b.ms);
    hits = a.count;
  }
  const rate = (ms) => bytes / 1e3 / ms;
  const [oldRate, newRate] = times.map((t) => rate(median(t)));
  console.log(
    `${name.padEnd(46)} old ${oldRate.toFixed(0).padStart(5)} MB/s  new ${newRate.toFixed(0).padStart(5)} MB/s  ` +
      `${(newRate / oldRate).toFixed(2)}x  (${hits} hits, old ${oldSearch.engine ?? 'js'}, new ${newSearch.engine ?? 'simd'})`,
  );
}

console.log(
  `${buffers.length} files, ${(bytes / 1e6).toFixed(1)} MB from ${dir}; medians of ${ROUNDS} interleaved passes`,
);
// The literals the scan searches for the 20 patterns (one set: the patterns share their flags).
const literals = [...new Set(PATTERNS.flatMap((p) => patternShape(p, '').literals ?? []))];
compare(
  `bench patterns (${literals.length} literals)`,
  new LiteralSearch(literals, false, null),
  new LiteralSearch(literals, false),
);
const folded = literals.map((l) => l.toLowerCase());
compare(`the same, case-insensitive`, new LiteralSearch(folded, true, null), new LiteralSearch(folded, true));
const all = [...new Set(ALL_RULES.flatMap((r) => r.keywords))];
const keywords = all.filter((k) => !all.some((o) => o !== k && k.startsWith(o))).map((k) => k.toLowerCase());
compare(
  `secret keywords (${keywords.length}, case-insensitive)`,
  new LiteralSearch(keywords, true, null),
  new LiteralSearch(keywords, true),
);
let seed = 5;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (const size of [16, 32, 48, 64, 96, 112]) {
  for (let round = 0; round < 2; round += 1) {
    const set = keywords
      .map((k) => [random(), k])
      .sort((a, b) => a[0] - b[0])
      .slice(0, size)
      .map(([, k]) => k);
    compare(
      `${size} random keywords (shortest ${Math.min(...set.map((k) => k.length))} bytes)`,
      new LiteralSearch(set, true, null),
      new SimdLiteralSearch(
        set.map((k) => Buffer.from(k)),
        true,
        module,
      ),
    );
  }
}
