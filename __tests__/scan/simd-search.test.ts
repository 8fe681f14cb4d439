import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ByteAutomaton, MAX_TABLE_ENTRIES, tableEntries } from '../../src/scan/byte-automaton.js';
import { LiteralSearch, MAX_SIMD_SET } from '../../src/scan/literal-search.js';
import { INPUT_CAPACITY, SimdLiteralSearch } from '../../src/scan/simd-search.js';
import { teddyModule } from '../../src/scan/teddy-module.js';
import { PROJECT_ROOT } from '../helpers/demo-repo.js';
import { found, random } from '../helpers/literal-hits.js';

/** Every occurrence of every literal by plain comparison at every offset, ASCII letters folded if asked. */
function naive(literals: readonly Uint8Array[], bytes: Uint8Array, ignoreCase: boolean): string[] {
  const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
  const out: string[] = [];
  literals.forEach((lit, id) => {
    for (let at = 0; at + lit.length <= bytes.length; at += 1) {
      let j = 0;
      while (j < lit.length && fold(bytes[at + j] as number) === fold(lit[j] as number)) j += 1;
      if (j === lit.length) out.push(`${id}@${at}`);
    }
  });
  return out.sort();
}

const module = teddyModule();

describe('SIMD literal search', () => {
  it('is built and instantiates here (jest builds it from its text first)', () => {
    expect(module).not.toBeNull();
    expect(new LiteralSearch(['TODO', 'FIXME', 'XXX'], false).engine).toBe('simd');
  });

  it('agrees with plain comparison and the automaton on random sets, texts and chunk sizes', () => {
    const next = random(20261203);
    // ASCII letters in both cases, punctuation, bytes that are not text, and UTF-8 of other scripts.
    const pieces = [
      'a',
      'b',
      'A',
      'B',
      'k',
      'K',
      's',
      '_',
      '-',
      '.',
      ' ',
      '\n',
      '\x00',
      'é',
      'É',
      '日本',
      '\u212a',
      '\u017f',
    ];
    const pick = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i += 1) s += pieces[Math.floor(next() * pieces.length)];
      return s;
    };
    for (let round = 0; round < 150; round += 1) {
      const ignoreCase = round % 3 !== 0;
      const count = 1 + Math.floor(next() * MAX_SIMD_SET);
      const literals = Array.from({ length: count }, () => {
        // Mostly short literals, some long ones (past the 8-byte compare steps).
        const len = next() < 0.8 ? 2 + Math.floor(next() * 5) : 8 + Math.floor(next() * 30);
        return Buffer.from(pick(len), 'utf8').subarray(0, len);
      }).filter((l) => l.length >= 2);
      if (literals.length === 0) continue;
      const longest = Math.max(...literals.map((l) => l.length));
      // Small chunks put chunk boundaries (and their overlaps) everywhere in a short text.
      const chunk = [2 * longest, 64, 100, 333, INPUT_CAPACITY][round % 5] as number;
      const length = [0, 1, 31, 32, 33, 200, 1000, 5000][round % 8] as number;
      const bytes = Buffer.from(pick(length), 'utf8');
      // Literals planted at the start, the end, across each chunk boundary and overlapping each other.
      const plant = (at: number, lit: Uint8Array) => {
        if (at >= 0 && at + lit.length <= bytes.length) bytes.set(lit, at);
      };
      const first = literals[0] as Uint8Array;
      plant(0, first);
      plant(bytes.length - first.length, first);
      const step = Math.max(Math.min(chunk, INPUT_CAPACITY), 2 * longest) - (longest - 1);
      for (let edge = step; edge < bytes.length; edge += step) {
        const lit = literals[Math.floor(next() * literals.length)] as Uint8Array;
        plant(edge - Math.floor(next() * lit.length), lit);
      }
      plant(Math.floor(bytes.length / 2), first);
      plant(Math.floor(bytes.length / 2) + 1, first);
      if (ignoreCase) {
        // The same literal in the other case: ASCII letters flipped.
        const flipped = Uint8Array.from(first, (b) =>
          (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7a ? b ^ 0x20 : b,
        );
        plant(Math.floor(bytes.length / 3), flipped);
      }
      const simd = new SimdLiteralSearch(literals, ignoreCase, module as WebAssembly.Module, chunk);
      const want = naive(literals, bytes, ignoreCase);
      expect({ round, hits: found(simd, bytes) }).toEqual({ round, hits: want });
      if (literals.length > 3 && tableEntries(literals, ignoreCase) <= MAX_TABLE_ENTRIES) {
        expect({ round, hits: found(new ByteAutomaton(literals, ignoreCase), bytes) }).toEqual({
          round,
          hits: want,
        });
      }
    }
  });

  it('finds overlapping occurrences and more hits than its hit area holds at once', () => {
    const literals = ['aa', 'aaa', 'ab', 'ba'].map((l) => Buffer.from(l));
    const bytes = Buffer.from(`${'a'.repeat(9000)}b${'ab'.repeat(3000)}`);
    const simd = new SimdLiteralSearch(literals, false, module as WebAssembly.Module);
    const hits = found(simd, bytes);
    expect(hits).toEqual(naive(literals, bytes, false));
    // 8,999 of aa, 8,998 of aaa, then 3,001 ab and 3,000 ba.
    expect(hits).toHaveLength(8999 + 8998 + 3001 + 3000);
  });

  it('searches a buffer larger than its memory in overlapping chunks', () => {
    const literals = ['-----BEGIN PRIVATE KEY-----', 'TODO', 'needle'].map((l) => Buffer.from(l));
    const bytes = Buffer.alloc(3 * INPUT_CAPACITY + 12345, 'x');
    const at = [0, INPUT_CAPACITY - 10, INPUT_CAPACITY - 26, 2 * INPUT_CAPACITY - 3, bytes.length - 27];
    at.forEach((p, i) => bytes.set(literals[i % 3] as Uint8Array, p));
    bytes.set(literals[0] as Uint8Array, bytes.length - 27);
    const simd = new SimdLiteralSearch(literals, false, module as WebAssembly.Module);
    expect(found(simd, bytes)).toEqual(naive(literals, bytes, false));
    expect(found(simd, bytes)).toContain(`0@${bytes.length - 27}`);
  });

  it('folds ASCII letters only: é and É, the Kelvin sign and K stay apart', () => {
    const literals = ['KEY', 'café', '\u212a_x', '\u017fecret'].map((l) => Buffer.from(l));
    const bytes = Buffer.from('key KeY CAFÉ café Café k_x K_X \u212a_x \u017fecret SECRET \u017fECRET');
    const simd = new SimdLiteralSearch(literals, true, module as WebAssembly.Module);
    const hits = found(simd, bytes);
    expect(hits).toEqual(naive(literals, bytes, true));
    expect(hits.filter((h) => h.startsWith('0@'))).toHaveLength(2);
    expect(hits.filter((h) => h.startsWith('1@'))).toHaveLength(2);
    expect(hits.filter((h) => h.startsWith('2@'))).toHaveLength(1);
    expect(hits.filter((h) => h.startsWith('3@'))).toHaveLength(2);
  });
});

describe('LiteralSearch and the SIMD search', () => {
  const corpus = Buffer.from(
    [
      'const apiKey = process.env.API_KEY; // TODO: rotate',
      '  console.log("x", value); debugger; XXX FIXME',
      'import { a } from "../../../lib"; eval(code);',
      'xoxb-123 ghp_abc <<<<<<< HEAD localhost:8080 secret_key: 1',
      '-----BEGIN RSA PRIVATE KEY----- describe.only( @ts-ignore process.exit(',
    ]
      .join('\n')
      .repeat(40),
  );
  const benchLike = [
    'console.log(',
    'TODO',
    'CHANGE_THIS',
    'debugger;',
    'password',
    'AKIA',
    '-----BEGIN RSA PRIVATE KEY-----',
    'FIXME',
    'XXX',
    'eval(',
    ' from "../../../',
    'localhost:',
    '.internal',
    'ghp_',
    'xoxb-',
    'xoxp-',
    '<<<<<<< ',
    '>>>>>>> ',
    'describe.only(',
    'it.only(',
    '@ts-ignore',
    'process.exit(',
    'apikey',
    'secret_key',
  ];

  it('serves small sets of literals of 2 bytes or more, with the hits of the other searches', () => {
    for (const ignoreCase of [false, true]) {
      const fast = new LiteralSearch(benchLike, ignoreCase);
      const plain = new LiteralSearch(benchLike, ignoreCase, null);
      expect(fast.engine).toBe('simd');
      expect(plain.engine).not.toBe('simd');
      const hits = found(fast, corpus);
      expect(hits).toEqual(found(plain, corpus));
      expect(hits).toEqual(
        naive(
          benchLike.map((l) => Buffer.from(l)),
          corpus,
          ignoreCase,
        ),
      );
      expect(hits.length).toBeGreaterThan(500);
    }
  });

  it('keeps the other searches for large sets and sets with a 1-byte literal', () => {
    const many = Array.from({ length: MAX_SIMD_SET + 1 }, (_, i) => `kw${i}_`);
    expect(new LiteralSearch(many, true).engine).not.toBe('simd');
    expect(new LiteralSearch(['TODO', 'x'], false).engine).not.toBe('simd');
    const set = [...many, 'x'];
    expect(found(new LiteralSearch(set, false), corpus)).toEqual(
      naive(
        set.map((l) => Buffer.from(l)),
        corpus,
        false,
      ),
    );
  });

  it('falls back with the same hits when the module cannot be instantiated', () => {
    // A valid module with nothing in it: no memory, no scan functions.
    const empty = new WebAssembly.Module(Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
    const search = new LiteralSearch(benchLike, false, empty);
    expect(search.engine).not.toBe('simd');
    expect(found(search, corpus)).toEqual(
      naive(
        benchLike.map((l) => Buffer.from(l)),
        corpus,
        false,
      ),
    );
  });

  it('is carried by every bundle, built from the same text', () => {
    const built = readFileSync(path.join(PROJECT_ROOT, 'src/scan/teddy.wasm'));
    for (const dir of ['dist', 'dist/cli', 'dist/scan-worker']) {
      expect({ dir, same: readFileSync(path.join(PROJECT_ROOT, dir, 'teddy.wasm')).equals(built) }).toEqual({
        dir,
        same: true,
      });
    }
  });
});
