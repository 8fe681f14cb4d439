import { describe, expect, test } from '@jest/globals';
import { parse, stringify } from 'yaml';
import { formatDiagnostic } from '../../src/definition/diagnostic.js';
import type { LoadResult } from '../../src/definition/load.js';
import { allItems } from '../../src/definition/model.js';
import { load, type Files } from './harness.js';

/**
 * Seeded fuzzing of the loader: valid seeds, mutated as text and as values, must never make it throw,
 * and every failure must come back as well-formed diagnostics.
 */

/** mulberry32: a tiny, fast, seedable PRNG. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const FULL = `# yaml-language-server: $schema=../schema/checklist.schema.json
id: fuzz-app
title: Fuzz service release
targets:
  prod: https://\${HOST}/app
  staging: \${STAGING_URL:-https://staging.example.com}
applies-to:
  base-branches: [main, 'release/*']
  labels: [release]
sections:
  - id: security
    title: Security
    items:
      - id: env-not-committed
        title: .env files are not committed
        check:
          kind: repo.untracked
          paths: ['**/.env', '**/.env.*']
          except: ['**/.env.example']
      - id: no-placeholder-secrets
        title: No placeholder secrets
        required: false
        check:
          kind: repo.forbidden-pattern
          patterns: ['CHANGE_THIS', '\\bchangeme\\b']
          exclude: ['**/*.md']
          ignore-case: true
      - id: oauth-redirects
        title: OAuth redirect URIs point at production
        description: Check the identity provider console.
        approvers: { permission: maintain, teams: [acme/sre] }
        reset-on-push: true
  - title: Code quality
    items:
      - id: has-test-script
        title: package.json defines a test script
        check: { kind: repo.value, file: package.json, path: scripts.test, not-empty: true }
      - id: tests-pass
        title: Tests pass
        timeout: 2m
        when:
          paths: ['src/**']
        check: { kind: command, run: npm test --silent, expect-exit: 0 }
      - id: smoke
        title: Smoke test against production
        timeout: 45
        check: { kind: command, run: ./smoke.sh, target: prod }
      - id: dockerfile-non-root
        title: The image does not run as root
        check:
          kind: repo.required-pattern
          files: [Dockerfile]
          pattern: '^USER\\s+\\S+'
`;

const CHILD = `id: fuzz-child
extends:
  - ./base.yml
  - web-service
targets:
  docs: https://docs.\${HOST:-example.com}
override:
  changelog:
    title: CHANGES.md is kept
    required: false
  rollback:
    approvers: { users: [alice] }
disable: [readme]
sections:
  - id: release
    title: Release
    items:
      - id: tagged
        title: The release is tagged
        when: { base-branches: [main] }
`;

const BASE_FILE = `id: fuzz-base
title: Fuzz base
sections:
  - id: release
    title: Release
    items:
      - id: rollback
        title: Rollback plan written
        approvers: { permission: write }
`;

const SMALL = `id: small
title: Small
sections:
  - title: Only
    items:
      - id: one
        title: One thing
`;

const SEEDS: readonly string[] = [FULL, CHILD, SMALL];
const SUPPORT: Files = { 'base.yml': BASE_FILE };

// prettier-ignore
const CHARS = [
  ':', '-', '[', ']', '{', '}', '&', '*', '\t', '\0', '"', "'", '#', '!', '|', '>', '%', '@', '`', ',', '?',
  ' ', '\n', '\r\n', '\\', '$', '${', '}', 'é', '日本', '🚀', '\u200b', '\ufeff', '\u2028', '---', '...',
  '!!binary ', '!!str ', '!custom ', '<<: ', 'x', '0', '-1', '1e999', '.nan', 'null', '~', 'true',
];
// prettier-ignore
const KEYS = [
  'titel', 'requird', 'kind', 'paths', 'target', 'id', 'title', 'items', 'sections', 'extends', 'override',
  'disable', 'targets', 'when', 'approvers', 'timeout', 'check', 'reset-on-push', 'zzz', '', '<<', '1', 'é',
  'patterns', 'run', 'base-branches',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function randomScalar(rng: Rng): Json {
  // prettier-ignore
  return rng.pick<Json>([
    null, true, false, 0, -1, 1.5, 1e300, '', 'x', 'Mixed Case', '2 minutes', '500ms', '0s', '[z-a]', '(',
    'builtin:repo-basics', './base.yml', '../../etc/passwd', 'https://example.com', '${UNSET_VAR}', '${',
    'line\nbreak', 'nul\0char', 'ünïcödé', 'repo.files-exist', 'command', 'repo.file-exist',
  ]);
}

function randomValue(rng: Rng, depth = 0): Json {
  const roll = rng.int(depth > 2 ? 1 : 4);
  if (roll === 0) return randomScalar(rng);
  if (roll === 1) return Array.from({ length: rng.int(4) }, () => randomValue(rng, depth + 1));
  if (roll === 2) {
    const out: { [key: string]: Json } = {};
    for (let i = rng.int(4); i > 0; i -= 1) out[rng.pick(KEYS)] = randomValue(rng, depth + 1);
    return out;
  }
  return deep(rng, rng.range(5, 60));
}

function deep(rng: Rng, depth: number): Json {
  let v: Json = randomScalar(rng);
  for (let i = 0; i < depth; i += 1) v = rng.chance(0.5) ? [v] : { [rng.pick(KEYS)]: v };
  return v;
}

/** Every place in a value, as a path of keys and indexes. */
function paths(v: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...prefix, i], out));
  else if (v !== null && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) paths(x, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: Array<string | number>, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  let parent: Json = root;
  for (const seg of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[seg] as Json;
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (value === undefined) parent.splice(last, 1);
    else parent[last] = value;
  } else if (parent !== null && typeof parent === 'object') {
    const obj = parent as Record<string, Json>;
    if (value === undefined) delete obj[String(last)];
    else obj[String(last)] = value;
  }
  return root;
}

function mutateValue(rng: Rng, text: string): string {
  let root = parse(text) as Json;
  for (let n = rng.range(1, 3); n > 0; n -= 1) {
    const all = paths(root);
    const at = rng.pick(all);
    const op = rng.int(7);
    if (op === 0) root = setAt(root, at, randomScalar(rng));
    else if (op === 1) root = setAt(root, at, randomValue(rng));
    else if (op === 2 && at.length > 0) root = setAt(root, at, undefined);
    else if (op === 3) root = setAt(root, [...at, rng.pick(KEYS)], randomValue(rng));
    else if (op === 4) root = setAt(root, at, deep(rng, rng.range(10, 150)));
    else if (op === 5) {
      const size = rng.chance(0.05) ? 1024 * 1024 + rng.int(1000) : rng.range(1000, 200_000);
      root = setAt(root, at, rng.pick(['x', 'ab', 'é', '\n', ' ']).repeat(size));
    } else {
      // A key whose value is swapped with another place's value.
      const other = rng.pick(all);
      const get = (p: Array<string | number>) =>
        p.reduce<Json>((v, seg) => (v as Record<string | number, Json>)?.[seg] ?? null, root);
      root = setAt(root, at, structuredClone(get(other)));
    }
  }
  return stringify(root, { aliasDuplicateObjects: false, lineWidth: 0 });
}

function mutateText(rng: Rng, text: string): string {
  let lines = text.split('\n');
  for (let n = rng.range(1, 4); n > 0; n -= 1) {
    const i = rng.int(Math.max(lines.length, 1));
    const line = lines[i] ?? '';
    switch (rng.int(10)) {
      case 0:
        lines.splice(i, 1);
        break;
      case 1:
        lines.splice(i, 0, line);
        break;
      case 2: {
        const j = rng.int(lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', line];
        break;
      }
      case 3: {
        const at = rng.int(line.length + 1);
        lines[i] = line.slice(0, at) + rng.pick(CHARS) + line.slice(at);
        break;
      }
      case 4: {
        const at = rng.int(line.length + 1);
        lines[i] = line.slice(0, at) + line.slice(at + rng.range(1, 5));
        break;
      }
      case 5:
        lines[i] = rng.chance(0.5) ? ` ${line}` : line.replace(/^ {1,2}/, '');
        break;
      case 6:
        lines = lines.slice(0, rng.int(lines.length + 1));
        break;
      case 7: {
        // Flow collections, sometimes nested far deeper than the loader allows.
        const depth = rng.chance(0.5) ? rng.range(10, 200) : rng.range(500, 5000);
        const [open, close] = rng.pick([
          ['[', ']'],
          ['{a: ', '}'],
        ]);
        const nested = open.repeat(depth) + (rng.chance(0.8) ? close.repeat(depth) : '');
        lines[i] = /:\s/.test(line) ? line.replace(/:\s.*$/, `: ${nested}`) : `${line}${nested}`;
        break;
      }
      case 8: {
        // An anchor on one value and an alias on another (maybe before the anchor).
        const a = rng.int(lines.length);
        const b = rng.int(lines.length);
        const name = rng.pick(['a', 'x', 'item']);
        lines[a] = (lines[a] ?? '').replace(/: (\S)/, `: &${name} $1`).replace(/^(\s*)- /, `$1- &${name} `);
        lines[b] = (lines[b] ?? '').replace(/: .*$/, `: *${rng.pick([name, 'nope'])}`);
        break;
      }
      default:
        lines.splice(
          i,
          0,
          `${' '.repeat(rng.int(10))}${rng.pick(KEYS)}:${rng.chance(0.5) ? ` ${String(randomScalar(rng))}` : ''}`,
        );
    }
  }
  let out = lines.join('\n');
  if (rng.chance(0.05)) out = out.slice(0, rng.int(out.length + 1));
  return out;
}

function aliasBomb(rng: Rng): string {
  const levels = rng.range(3, 9);
  const width = rng.range(2, 10);
  const rows = [`l0: &l0 [${Array.from({ length: width }, () => '"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i += 1)
    rows.push(`l${i}: &l${i} [${Array.from({ length: width }, () => `*l${i - 1}`).join(', ')}]`);
  return `${rows.join('\n')}\nid: bomb\ntitle: *l${levels - 1}\n`;
}

function generate(seed: number, count: number): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = rng.pick(SEEDS);
    const kind = rng.int(20);
    if (kind === 0) out.push(aliasBomb(rng));
    else if (kind < 9) out.push(mutateValue(rng, base));
    else if (kind < 18) out.push(mutateText(rng, base));
    else out.push(mutateText(rng, mutateValue(rng, base)));
  }
  return out;
}

function run(text: string): LoadResult {
  return load({ ...SUPPORT, 'preflight.yml': text }, { env: { HOST: 'example.com' } });
}

function summary(result: LoadResult): string {
  return result.ok
    ? `ok ${allItems(result.checklist).length}`
    : result.diagnostics.map(formatDiagnostic).join(' | ');
}

const STACK_FRAME = /\bat (?:\S+ )?\(?(?:file:|node:|\/)\S*:\d+:\d+\)?/;
const ERROR_NAME = /\b(?:Type|Range|Reference|Syntax|Eval|URI)?Error\b/;

/** Everything wrong with one result, as text (empty when it is well-formed). */
function problems(text: string, result: LoadResult): string[] {
  const out: string[] = [];
  if (result.ok) {
    for (const item of allItems(result.checklist)) {
      if (typeof item.id !== 'string' || item.id === '')
        out.push(`item without a string id: ${JSON.stringify(item)}`);
      if (typeof item.title !== 'string' || item.title === '')
        out.push(`item ${item.id} without a string title`);
    }
    if (typeof result.checklist.id !== 'string') out.push('checklist without an id');
    return out;
  }
  if (result.diagnostics.length === 0) out.push('failed without diagnostics');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const d of result.diagnostics) {
    const shown = formatDiagnostic(d).slice(0, 300);
    if (typeof d.file !== 'string' || d.file === '') out.push(`no file: ${shown}`);
    if (!Number.isInteger(d.line) || d.line < 0) out.push(`bad line: ${shown}`);
    if (!Number.isInteger(d.col) || d.col < 0) out.push(`bad col: ${shown}`);
    if (d.file === 'preflight.yml' && d.line > lineCount + 1) out.push(`line past the end: ${shown}`);
    if (typeof d.message !== 'string' || d.message.trim() === '') out.push(`empty message: ${shown}`);
    else if (/[\n\r\u2028\u2029]/.test(d.message)) out.push(`multi-line message: ${shown}`);
    else if (d.message.length > 600) out.push(`message too long: ${shown}`);
    else if (STACK_FRAME.test(d.message) || ERROR_NAME.test(d.message)) out.push(`stack trace: ${shown}`);
  }
  return out;
}

const SEED = 20240611;
const COUNT = 1000;

describe('fuzzing the loader', () => {
  test('the seeds are valid', () => {
    for (const text of SEEDS) {
      const result = run(text);
      expect(result.ok ? 'ok' : result.diagnostics.map(formatDiagnostic)).toBe('ok');
    }
  });

  /** Cases and results of the first run, kept for the determinism check. */
  let texts: string[] = [];
  const results: LoadResult[] = [];

  test(`${COUNT} mutated definitions never throw and fail with well-formed diagnostics`, () => {
    texts = generate(SEED, COUNT);
    expect(texts).toHaveLength(COUNT);
    const failures: string[] = [];
    const shapes = new Set<string>();
    texts.forEach((text, i) => {
      let result: LoadResult;
      try {
        result = run(text);
      } catch (e) {
        failures.push(`case ${i} threw ${(e as Error).stack ?? String(e)}\n${text.slice(0, 2000)}`);
        return;
      }
      results.push(result);
      if (!result.ok)
        for (const d of result.diagnostics) shapes.add(d.message.replace(/'[^']*'/g, "'…'").slice(0, 60));
      for (const p of problems(text, result)) failures.push(`case ${i}: ${p}\n${text.slice(0, 2000)}`);
    });
    expect(failures.slice(0, 5)).toEqual([]);
    // The generator is effective: most cases are broken, in many different ways, and some survive.
    const invalid = results.filter((r) => !r.ok).length;
    expect(invalid / COUNT).toBeGreaterThan(0.6);
    expect(invalid).toBeLessThan(COUNT);
    expect(shapes.size).toBeGreaterThan(40);
  });

  test('the same seed gives the same cases and the same results', () => {
    expect(results).toHaveLength(COUNT);
    const again = generate(SEED, COUNT);
    expect(again).toEqual(texts);
    expect(again.map((t) => summary(run(t)))).toEqual(results.map(summary));
    expect(generate(SEED + 1, 100)).not.toEqual(texts.slice(0, 100));
  });
});
