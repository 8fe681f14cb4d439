/**
 * A small set of literals found in bytes 16 positions at a time, by the WebAssembly SIMD module of
 * src/scan/teddy.wat (in the manner of Teddy): each literal goes to one of 8 buckets, and nibble tables
 * over 3 bytes of it (its fingerprint: the rarest 3 consecutive bytes in source text, 2 in a set with a
 * literal of 2 bytes) say at which positions some bucket's fingerprint may be; only there are that
 * bucket's literals compared, exactly, inside the module. This file lays the literals and tables out in
 * the module's memory, copies the bytes in (a buffer larger than the input area in overlapping chunks)
 * and reads the hits back.
 *
 * It serves sets whose literals are all at least 2 bytes long and few enough for the buckets to stay
 * selective (src/scan/literal-search.ts decides); every other set keeps the searches of JavaScript.
 */

/** Where each part of the module's memory starts (the layout src/scan/teddy.wat reads). */
const BUCKET_STARTS = 384;
const STOPPED_AT = 128;
const ENTRIES = 512;
const ENTRY_BYTES = 32;
const DATA = 4096;
const HITS = 32768;
const HIT_CAPACITY = 4096;
const INPUT = 65536;
/** Bytes past the input that the module reads (a step looks 34 bytes ahead) but never reports. */
const PAD = 64;
const MEMORY_BYTES = 16 * 65536;

/** The most bytes searched per call: a longer buffer is searched in chunks that overlap. */
export const INPUT_CAPACITY = MEMORY_BYTES - INPUT - PAD;
/** The most literals the layout holds (each set has one entry per literal). */
export const MAX_SIMD_LITERALS = Math.floor((DATA - ENTRIES) / ENTRY_BYTES);
/** The most literal bytes the layout holds (each literal's bytes and as many case-mask bytes). */
const MAX_DATA_BYTES = HITS - DATA;

const BUCKETS = 8;

type Hit = (literal: number, offset: number) => void;

interface TeddyExports {
  memory: WebAssembly.Memory;
  scan2(n: number, from: number, to: number, stop: number, limit: number): number;
  scan3(n: number, from: number, to: number, stop: number, limit: number): number;
}

const isLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 32 : b);

/** Whether the layout can hold these literals (lengths in bytes): at least 2 bytes each, not too many. */
export function simdFits(literals: readonly Uint8Array[]): boolean {
  if (literals.length === 0 || literals.length > MAX_SIMD_LITERALS) return false;
  let data = 0;
  for (const l of literals) {
    if (l.length < 2) return false;
    data += 2 * l.length;
  }
  return data <= MAX_DATA_BYTES;
}

/**
 * How often each byte comes in source text, per mille (measured on this project's own TypeScript and
 * Markdown; other bytes: printable ASCII 0.5, others 0.05). It chooses where in a literal its
 * fingerprint is taken and which literals share a bucket: only the order of the weights matters much.
 */
const COMMON: Record<string, number> = {
  ' ': 169,
  e: 76,
  t: 60,
  s: 45,
  r: 42,
  n: 41,
  o: 40,
  a: 38,
  i: 37,
  c: 25,
  '\n': 24,
  l: 23,
  d: 21,
  p: 19,
  u: 19,
  '.': 18,
  "'": 18,
  m: 16,
  h: 16,
  '(': 16,
  ')': 15,
  ',': 14,
  f: 13,
  ':': 12,
  g: 11,
  ';': 10,
  b: 8,
  '=': 7,
  y: 7,
  '{': 7,
  '}': 7,
  '/': 7,
  w: 7,
  '-': 6,
  k: 6,
  x: 6,
  v: 5,
  '`': 4,
  '*': 4,
  '[': 4,
  ']': 4,
  '|': 3,
  '0': 3,
  '"': 3,
  _: 2,
  '>': 2,
  '<': 1,
  '1': 2,
  '2': 1,
  j: 2,
  q: 1,
  '\t': 2,
};
const WEIGHT = Float64Array.from({ length: 256 }, (_, b) => {
  const known = COMMON[String.fromCharCode(b)];
  if (known !== undefined) return known;
  if (b >= 0x41 && b <= 0x5a) return 2;
  return b > 0x20 && b < 0x7f ? 0.5 : 0.05;
});

/** The weight of the bytes a position's pair of nibble sets accepts (every low nibble with every high one). */
function accepted(lo: number, hi: number): number {
  let w = 0;
  for (let h = 0; h < 16; h += 1) {
    if (!(hi & (1 << h))) continue;
    for (let l = 0; l < 16; l += 1) if (lo & (1 << l)) w += WEIGHT[(h << 4) | l] as number;
  }
  return w;
}

/** A literal's fingerprint: `width` bytes from `offset` (folded in a case-insensitive set). */
interface Fingerprint {
  offset: number;
  bytes: number[];
}

/** The rarest `width` bytes of a literal by the weights (in either case where letters fold). */
function fingerprint(l: Uint8Array, width: number, ignoreCase: boolean): Fingerprint {
  const weight = (b: number) =>
    (WEIGHT[b] as number) + (ignoreCase && isLetter(b) ? (WEIGHT[b ^ 0x20] as number) : 0);
  let best = 0;
  let bestWeight = Infinity;
  for (let o = 0; o + width <= l.length; o += 1) {
    let w = 1;
    for (let j = 0; j < width; j += 1) w *= weight(l[o + j] as number);
    if (w < bestWeight) {
      bestWeight = w;
      best = o;
    }
  }
  return { offset: best, bytes: Array.from(l.subarray(best, best + width)) };
}

/** One bucket while buckets are chosen: its literals and, per fingerprint position, its nibble sets. */
interface Bucket {
  members: number[];
  lo: number[];
  hi: number[];
}

export class SimdLiteralSearch {
  private readonly exports: TeddyExports;
  private readonly memory: Uint8Array;
  private readonly words: Int32Array;
  private readonly scan: (n: number, from: number, to: number, stop: number, limit: number) => number;
  /** The largest offset of a literal's fingerprint in it. */
  private readonly reach: number;
  private readonly longest: number;
  private readonly limit: number;
  private readonly chunk: number;

  /**
   * `literals` as bytes (each at least 2 long, `simdFits`); with `ignoreCase`, ASCII letters match in
   * either case. Hits name a literal by its index in this list. `chunk` (for tests) lowers the bytes
   * searched per call.
   */
  constructor(
    literals: readonly Uint8Array[],
    ignoreCase: boolean,
    module: WebAssembly.Module,
    chunk: number = INPUT_CAPACITY,
  ) {
    if (!simdFits(literals)) throw new RangeError('the literals do not fit the SIMD search');
    this.exports = new WebAssembly.Instance(module, {}).exports as unknown as TeddyExports;
    this.memory = new Uint8Array(this.exports.memory.buffer);
    this.words = new Int32Array(this.exports.memory.buffer);
    const width = Math.min(3, ...literals.map((l) => l.length));
    this.scan = width === 3 ? this.exports.scan3 : this.exports.scan2;
    this.longest = Math.max(...literals.map((l) => l.length));
    this.chunk = Math.max(Math.min(chunk, INPUT_CAPACITY), 2 * this.longest);
    this.limit = (HIT_CAPACITY - literals.length) * 8;
    const folded = literals.map((l) => (ignoreCase ? Uint8Array.from(l, lower) : Uint8Array.from(l)));
    const prints = folded.map((l) => fingerprint(l, width, ignoreCase));
    this.reach = Math.max(...prints.map((f) => f.offset));
    this.layOut(folded, prints, chooseBuckets(prints, width, ignoreCase), width, ignoreCase);
  }

  /** Writes the nibble tables, the bucket starts, the entries and the literal data into the memory. */
  private layOut(
    folded: Uint8Array[],
    prints: Fingerprint[],
    buckets: number[][],
    width: number,
    ignoreCase: boolean,
  ): void {
    const mem = this.memory;
    const view = new DataView(this.exports.memory.buffer);
    mem.fill(0, 0, INPUT);
    let entry = 0;
    let data = DATA;
    buckets.forEach((members, b) => {
      view.setInt32(BUCKET_STARTS + 4 * b, entry, true);
      for (const id of members) {
        const l = folded[id] as Uint8Array;
        const print = prints[id] as Fingerprint;
        print.bytes.forEach((x, j) => {
          for (const v of ignoreCase && isLetter(x) ? [x, x ^ 0x20] : [x]) {
            mem[32 * j + (v & 15)] = (mem[32 * j + (v & 15)] as number) | (1 << b);
            mem[32 * j + 16 + (v >> 4)] = (mem[32 * j + 16 + (v >> 4)] as number) | (1 << b);
          }
        });
        const at = ENTRIES + ENTRY_BYTES * entry;
        let prefix = 0;
        let mask = 0;
        let caseMask = 0;
        for (let j = 0; j < Math.min(4, l.length); j += 1) {
          const x = l[j] as number;
          prefix |= x << (8 * j);
          mask |= 0xff << (8 * j);
          if (ignoreCase && isLetter(x)) caseMask |= 0x20 << (8 * j);
        }
        view.setInt32(at, prefix, true);
        view.setInt32(at + 4, mask, true);
        view.setInt32(at + 8, caseMask, true);
        view.setInt32(at + 12, l.length, true);
        view.setInt32(at + 16, data, true);
        view.setInt32(at + 20, id, true);
        view.setInt32(at + 24, print.offset, true);
        mem.set(l, data);
        for (let j = 0; j < l.length; j += 1)
          mem[data + l.length + j] = ignoreCase && isLetter(l[j] as number) ? 0x20 : 0;
        data += 2 * l.length;
        entry += 1;
      }
    });
    view.setInt32(BUCKET_STARTS + 4 * BUCKETS, entry, true);
  }

  /** Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no set order. */
  find(bytes: Uint8Array, hit: Hit): void {
    const n = bytes.length;
    const { memory, words, chunk, limit } = this;
    // Chunks overlap by a literal's length less one: a literal starting before a chunk's last `step`
    // bytes ends inside it (and its fingerprint, at most `reach` bytes in, is in it too); one starting
    // later is found by the next chunk.
    const step = chunk - (this.longest - 1);
    for (let base = 0; base < n; base += step) {
      const length = Math.min(chunk, n - base);
      memory.set(bytes.subarray(base, base + length), INPUT);
      const last = base + length >= n;
      const stop = last ? length : step;
      const to = last ? length : Math.min(length, step + this.reach);
      for (let from = 0; from < to;) {
        const count = this.scan(length, from, to, stop, limit);
        for (let k = 0; k < count; k += 1) {
          const w = (HITS >> 2) + 2 * k;
          hit(words[w] as number, base + (words[w + 1] as number));
        }
        from = words[STOPPED_AT >> 2] as number;
      }
      if (last) break;
    }
  }
}

/**
 * Puts the literals in buckets: literals with the same fingerprint together, and each group, heaviest
 * fingerprints first, in the bucket whose tables it widens least (by the weight of the bytes the
 * tables would then accept at each position, multiplied).
 */
function chooseBuckets(prints: Fingerprint[], width: number, ignoreCase: boolean): number[][] {
  const groups = new Map<string, number[]>();
  prints.forEach((f, id) => {
    const key = f.bytes.join(',');
    groups.set(key, [...(groups.get(key) ?? []), id]);
  });
  const buckets: Bucket[] = Array.from({ length: BUCKETS }, () => ({
    members: [],
    lo: new Array<number>(width).fill(0),
    hi: new Array<number>(width).fill(0),
  }));
  const cost = (lo: number[], hi: number[]) => lo.reduce((p, l, j) => p * accepted(l, hi[j] as number), 1);
  const weightOf = (ids: number[]) => {
    const lo = new Array<number>(width).fill(0);
    const hi = new Array<number>(width).fill(0);
    addBytes(lo, hi, (prints[ids[0] as number] as Fingerprint).bytes, ignoreCase);
    return cost(lo, hi);
  };
  const order = [...groups.values()].sort((a, b) => weightOf(b) - weightOf(a));
  for (const ids of order) {
    const bytes = (prints[ids[0] as number] as Fingerprint).bytes;
    let best = 0;
    let bestIncrease = Infinity;
    buckets.forEach((bucket, b) => {
      const lo = bucket.lo.slice();
      const hi = bucket.hi.slice();
      addBytes(lo, hi, bytes, ignoreCase);
      const before = bucket.members.length === 0 ? 0 : cost(bucket.lo, bucket.hi);
      const increase = cost(lo, hi) - before;
      if (increase < bestIncrease) {
        bestIncrease = increase;
        best = b;
      }
    });
    const bucket = buckets[best] as Bucket;
    addBytes(bucket.lo, bucket.hi, bytes, ignoreCase);
    bucket.members.push(...ids);
  }
  return buckets.map((b) => b.members);
}

function addBytes(lo: number[], hi: number[], bytes: readonly number[], ignoreCase: boolean): void {
  bytes.forEach((x, j) => {
    for (const v of ignoreCase && isLetter(x) ? [x, x ^ 0x20] : [x]) {
      lo[j] = (lo[j] as number) | (1 << (v & 15));
      hi[j] = (hi[j] as number) | (1 << (v >> 4));
    }
  });
}
