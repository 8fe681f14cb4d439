/**
 * A set of literals searched in a file's bytes (UTF-8, as read) in one pass, without decoding the file:
 * the pre-filter of the read pass. A small set of literals of 2 bytes or more goes through the
 * WebAssembly SIMD search (src/scan/simd-search.ts), 16 positions at a time. Otherwise literals of at
 * least `width` bytes go through a Wu-Manber search (a shift table over byte pairs: most positions are
 * skipped without a look at their literals); shorter ones through the buffer's own search
 * (case-sensitive) or one alternation over the bytes viewed as Latin-1 (one character per byte, no
 * decoding); or, where the window would be too short to skip, the whole set through a byte automaton.
 *
 * Why not a library: the Aho-Corasick packages on npm walk JavaScript strings character by character
 * through maps, slower than the engine's own alternation; bytes need none of that.
 */

import { ByteAutomaton, MAX_TABLE_ENTRIES, tableEntries } from './byte-automaton.js';
import { SimdLiteralSearch, simdFits } from './simd-search.js';
import { teddyModule } from './teddy-module.js';

/**
 * The most literals the SIMD search takes. Its 8 buckets then hold 6 literals each, and on samples of
 * source text it ran 2-18 times as fast as the other searches with 48 literals (case-insensitive secret
 * keywords), about as fast with 64 and slower with 96 or more: the candidates its nibble tables let
 * through grow with the literals in a bucket, and each is compared in full (docs/bench.md).
 */
export const MAX_SIMD_SET = 48;

/** The most bytes of a literal's start the shift table looks at: longer windows skip more, up to a point. */
const MAX_WIDTH = 5;

/**
 * Below this window the shift table skips too little (a window of 3 bytes moves at most 2 at a time, and
 * common byte pairs stop it at most positions): the set goes through a byte automaton instead.
 */
const MIN_SKIPPING_WIDTH = 4;

/** Folds ASCII letters to lower case (case-insensitive sets); every other byte stays as it is. */
const LOWER = Uint8Array.from({ length: 256 }, (_, b) => (b >= 0x41 && b <= 0x5a ? b + 32 : b));
const SAME = Uint8Array.from({ length: 256 }, (_, b) => b);

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Whether a set can be searched as bytes with the same meaning as the text search it stands for: the
 * text's own replacement characters (invalid UTF-8) and lone surrogates have no byte form, and a
 * case-insensitive set folds only ASCII letters as bytes, so it must hold ASCII literals only, without k
 * and s where Unicode case folding (u, v) also maps the Kelvin sign and the long s to them.
 */
export function searchableAsBytes(
  literals: readonly string[],
  ignoreCase: boolean,
  unicode: boolean,
): boolean {
  return literals.every((l) => {
    if (/[\ufffd\ud800-\udfff]/.test(l)) return false;
    if (!ignoreCase) return true;
    // eslint-disable-next-line no-control-regex
    if (!/^[\x00-\x7f]*$/.test(l)) return false;
    return !(unicode && /[ks]/i.test(l));
  });
}

type Hit = (literal: number, offset: number) => void;

/**
 * The window of a set's shift table: the shortest literal's length, unless literals that short are few
 * (those go to the buffer's own search or an alternation, and the window grows).
 */
function windowWidth(bytes: readonly Buffer[]): number {
  const longest = Math.max(0, ...bytes.map((b) => b.length));
  let width = Math.min(MAX_WIDTH, longest);
  while (width > 2 && bytes.filter((b) => b.length < width).length > 3) width -= 1;
  return width;
}

/**
 * A set of literals searched in bytes: through the SIMD search when the set is small enough for it and
 * its module is at hand; otherwise through the shift table, or through a byte automaton when the table's
 * window would be too short to skip (and the automaton's table fits its bound: users write the patterns,
 * so a huge set keeps the shift table).
 */
export class LiteralSearch {
  private readonly search: { find(bytes: Uint8Array, hit: Hit): void };
  /** Which search serves the set. */
  readonly engine: 'simd' | 'automaton' | 'shift-table';

  /**
   * `literals` as the pattern wrote them (JavaScript strings); hits name their index in this list.
   * `simd`: the compiled SIMD module (default: the one built beside this file or the bundle); null, or
   * a module that cannot be instantiated, keeps the searches of JavaScript, with the same hits.
   */
  constructor(
    literals: readonly string[],
    ignoreCase: boolean,
    simd: WebAssembly.Module | null = teddyModule(),
  ) {
    const bytes = literals.map((l) => Buffer.from(l, 'utf8'));
    const fast =
      simd && bytes.length <= MAX_SIMD_SET && simdFits(bytes) ? trySimd(bytes, ignoreCase, simd) : null;
    if (fast) {
      this.search = fast;
      this.engine = 'simd';
      return;
    }
    const width = windowWidth(bytes);
    const automaton =
      width < MIN_SKIPPING_WIDTH && bytes.length > 3 && tableEntries(bytes, ignoreCase) <= MAX_TABLE_ENTRIES;
    this.search = automaton
      ? new ByteAutomaton(bytes, ignoreCase)
      : new ShiftTableSearch(bytes, width, ignoreCase);
    this.engine = automaton ? 'automaton' : 'shift-table';
  }

  /**
   * Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no
   * particular order.
   */
  find(bytes: Uint8Array, hit: Hit): void {
    this.search.find(bytes, hit);
  }
}

/** The SIMD search of a set, or null where its module cannot be instantiated here. */
function trySimd(
  bytes: readonly Buffer[],
  ignoreCase: boolean,
  module: WebAssembly.Module,
): SimdLiteralSearch | null {
  try {
    return new SimdLiteralSearch(bytes, ignoreCase, module);
  } catch {
    return null;
  }
}

/** The Wu-Manber search: a shift table over byte pairs, short literals through the buffer's own search. */
class ShiftTableSearch {
  private readonly fold: Uint8Array;
  private readonly long: Uint8Array[] = [];
  private readonly longIds: number[] = [];
  private readonly width: number;
  private readonly shift: Uint8Array;
  /** Per byte pair that ends a literal's window: the first such literal (into `long`), then `chain`. */
  private readonly heads: Int32Array;
  private readonly chain: Int32Array;
  private readonly short?: RegExp;
  /** Case-sensitive short literals: their bytes, searched one by one with the buffer's own search. */
  private readonly shortBytes: Array<[Buffer, number]> = [];
  /** The short literals in their Latin-1 view (folded in case-insensitive sets), with their index. */
  private readonly shortList: Array<[string, number]> = [];

  /** `bytes`: the literals' UTF-8 forms; hits name their index in this list. */
  constructor(bytes: readonly Buffer[], width: number, ignoreCase: boolean) {
    this.fold = ignoreCase ? LOWER : SAME;
    this.width = width;
    const short: string[] = [];
    bytes.forEach((b, i) => {
      if (b.length >= width && width >= 2) {
        this.long.push(Uint8Array.from(b, (x) => this.fold[x] as number));
        this.longIds.push(i);
      } else {
        // Latin-1 view: one character per byte of the literal's UTF-8 form.
        if (!ignoreCase) {
          this.shortBytes.push([b, i]);
          return;
        }
        const variants = caseVariants(b);
        if (variants) {
          for (const v of variants) this.shortBytes.push([v, i]);
          return;
        }
        const key = b.toString('latin1').toLowerCase();
        if (!short.includes(key)) short.push(key);
        this.shortList.push([key, i]);
      }
    });
    this.shift = new Uint8Array(65536).fill(Math.max(1, width - 1));
    this.heads = new Int32Array(65536).fill(-1);
    this.chain = new Int32Array(this.long.length).fill(-1);
    this.long.forEach((l, i) => {
      for (let q = 1; q < width; q += 1) {
        const k = ((l[q - 1] as number) << 8) | (l[q] as number);
        this.shift[k] = Math.min(this.shift[k] as number, width - 1 - q);
      }
      const k = ((l[width - 2] as number) << 8) | (l[width - 1] as number);
      this.chain[i] = this.heads[k] as number;
      this.heads[k] = i;
    });
    if (short.length > 0) {
      this.short = new RegExp(
        short
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join('|'),
        ignoreCase ? 'gi' : 'g',
      );
    }
  }

  find(bytes: Uint8Array, hit: Hit): void {
    if (this.long.length > 0) {
      if (this.fold === SAME) this.findLong(bytes, hit);
      else this.findLongFolded(bytes, hit);
    }
    if (this.shortBytes.length > 0) {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const [l, id] of this.shortBytes)
        for (let at = buf.indexOf(l); at !== -1; at = buf.indexOf(l, at + 1)) hit(id, at);
    }
    const short = this.short;
    if (short) {
      const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      short.lastIndex = 0;
      for (let m = short.exec(view); m !== null; m = short.exec(view)) {
        const at = m.index;
        short.lastIndex = at + 1;
        // Every short literal that starts here (one may be a prefix of another).
        for (const [key, id] of this.shortList) {
          const there = view.slice(at, at + key.length);
          if ((this.fold === LOWER ? there.toLowerCase() : there) === key) hit(id, at);
        }
      }
    }
  }

  /** The Wu-Manber loop, bytes compared as they are. */
  private findLong(bytes: Uint8Array, hit: (literal: number, offset: number) => void): void {
    const { long, width, shift, heads, chain, longIds } = this;
    const len = bytes.length;
    let i = width - 1;
    while (i < len) {
      const k = ((bytes[i - 1] as number) << 8) | (bytes[i] as number);
      const s = shift[k] as number;
      if (s !== 0) {
        i += s;
        continue;
      }
      const start = i - width + 1;
      for (let c = heads[k] as number; c !== -1; c = chain[c] as number) {
        const l = long[c] as Uint8Array;
        if (start + l.length > len) continue;
        let j = 0;
        while (j < l.length && bytes[start + j] === l[j]) j += 1;
        if (j === l.length) hit(longIds[c] as number, start);
      }
      i += 1;
    }
  }

  /** The same loop with ASCII letters folded to lower case. */
  private findLongFolded(bytes: Uint8Array, hit: (literal: number, offset: number) => void): void {
    const { fold, long, width, shift, heads, chain, longIds } = this;
    const len = bytes.length;
    let i = width - 1;
    while (i < len) {
      const k = ((fold[bytes[i - 1] as number] as number) << 8) | (fold[bytes[i] as number] as number);
      const s = shift[k] as number;
      if (s !== 0) {
        i += s;
        continue;
      }
      const start = i - width + 1;
      for (let c = heads[k] as number; c !== -1; c = chain[c] as number) {
        const l = long[c] as Uint8Array;
        if (start + l.length > len) continue;
        let j = 0;
        while (j < l.length && fold[bytes[start + j] as number] === l[j]) j += 1;
        if (j === l.length) hit(longIds[c] as number, start);
      }
      i += 1;
    }
  }
}

/** Every spelling of a short literal with ASCII letters in either case, when there are at most 8. */
function caseVariants(b: Buffer): Buffer[] | undefined {
  const letters = [...b.keys()].filter(
    (i) => LOWER[b[i] as number] !== (b[i] as number) || isLower(b[i] as number),
  );
  if (letters.length > 3) return undefined;
  const out: Buffer[] = [];
  for (let mask = 0; mask < 1 << letters.length; mask += 1) {
    const v = Buffer.from(b);
    letters.forEach((at, bit) => {
      const c = LOWER[v[at] as number] as number;
      v[at] = mask & (1 << bit) ? c - 32 : c;
    });
    out.push(v);
  }
  return out;
}

function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}
