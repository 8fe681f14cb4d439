/**
 * Many literals found in bytes in one pass, with a byte at a time and no look back: an Aho-Corasick
 * automaton turned into a full transition table (a deterministic automaton), for sets whose shortest
 * literals are too short for the shift table of src/scan/literal-search.ts to skip anything. A secret
 * scan's keywords are such a set: 152 of them, 17 of three bytes and two of two.
 *
 * What makes it fast in JavaScript:
 * - the bytes go through a class table first (the bytes no literal holds are one class; with ASCII
 *   folding, a capital letter is its small letter's class), so the table is states x classes, small
 *   enough to stay in the processor's nearest caches;
 * - states are numbered as offsets into the table (already multiplied by the class count), and the states
 *   where a literal ends come last, so a step is two loads and an add, and the test for a hit one compare;
 * - a long buffer is searched as four interleaved quarters: one step depends on the step before it, so a
 *   single pass waits on each load; four independent passes let the processor overlap them. Each quarter
 *   after the first starts in the start state a literal's length before its own first byte, so every
 *   literal ending in the quarter is found by it, and only by it.
 */

/** Below this many bytes a buffer is searched in one pass: setting up four costs more than it saves. */
const INTERLEAVE_MIN_BYTES = 4096;

/**
 * The most table entries an automaton may have (states x byte classes; 4 bytes each at most): 16 MiB.
 * Literals come from users' patterns, so a set that would need more is searched the other way
 * (src/scan/literal-search.ts), never built.
 */
export const MAX_TABLE_ENTRIES = 4 * 1024 * 1024;

/** An upper bound on the table's entries for these literals: one state per literal byte, and the start. */
export function tableEntries(literals: readonly Uint8Array[], ignoreCase: boolean): number {
  const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
  const distinct = new Set<number>();
  let states = 1;
  for (const l of literals) {
    states += l.length;
    for (const b of l) distinct.add(fold(b));
  }
  return states * (distinct.size + 1);
}

export class ByteAutomaton {
  /** Byte to class (times one: classes index a state's row). */
  private readonly classes: Uint8Array;
  /** Row offset of the next state, per (row offset of a state + class). */
  private readonly next: Uint16Array | Uint32Array;
  /** Row offsets at or above this are states where at least one literal ends. */
  private readonly firstHit: number;
  /** Per hit state (its row offset / stride - the first hit state's number): the literals ending there. */
  private readonly ending: Int32Array[];
  private readonly stride: number;
  private readonly lengths: Int32Array;
  private readonly longest: number;

  /**
   * `literals` as bytes; with `ignoreCase`, ASCII letters match in either case (the literals may be
   * written in either). Hits name a literal by its index in this list.
   */
  constructor(literals: readonly Uint8Array[], ignoreCase: boolean) {
    if (tableEntries(literals, ignoreCase) > MAX_TABLE_ENTRIES)
      throw new RangeError('the literals need a larger table than a byte automaton may have');
    const fold = (b: number) => (ignoreCase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
    const classOf = new Map<number, number>();
    for (const l of literals)
      for (const b of l) if (!classOf.has(fold(b))) classOf.set(fold(b), classOf.size + 1);
    const stride = classOf.size + 1;
    this.classes = Uint8Array.from({ length: 256 }, (_, b) => classOf.get(fold(b)) ?? 0);
    if (stride > 256) throw new Error('a byte automaton holds at most 255 distinct bytes');

    // The trie: per state, its child per class; per state, the literals that end there.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((l, id) => {
      let s = 0;
      for (const b of l) {
        const c = this.classes[b] as number;
        let t = (children[s] as Map<number, number>).get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          ends.push([]);
          (children[s] as Map<number, number>).set(c, t);
        }
        s = t;
      }
      (ends[s] as number[]).push(id);
    });

    // Breadth first: each state's fall-back (the longest proper suffix that is a trie state), its full
    // row of transitions, and the literals ending at it (its own and its fall-back's).
    const states = children.length;
    const delta = new Int32Array(states * stride);
    const fallback = new Int32Array(states);
    const order = [0];
    for (let q = 0; q < order.length; q += 1) {
      const s = order[q] as number;
      if (s !== 0) ends[s] = [...(ends[s] as number[]), ...(ends[fallback[s] as number] as number[])];
      for (let c = 0; c < stride; c += 1) {
        const t = c === 0 ? undefined : (children[s] as Map<number, number>).get(c);
        const viaFallback = s === 0 ? 0 : (delta[(fallback[s] as number) * stride + c] as number);
        if (t === undefined) {
          delta[s * stride + c] = viaFallback;
        } else {
          fallback[t] = viaFallback;
          delta[s * stride + c] = t;
          order.push(t);
        }
      }
    }

    // Renumber: states where nothing ends first (the start state stays 0), then the others.
    const quiet = order.filter((s) => (ends[s] as number[]).length === 0);
    const loud = order.filter((s) => (ends[s] as number[]).length > 0);
    const number = new Int32Array(states);
    [...quiet, ...loud].forEach((s, i) => (number[s] = i));
    const size = states * stride;
    this.next = size <= 0xffff ? new Uint16Array(size) : new Uint32Array(size);
    for (let s = 0; s < states; s += 1)
      for (let c = 0; c < stride; c += 1)
        this.next[(number[s] as number) * stride + c] =
          (number[delta[s * stride + c] as number] as number) * stride;
    this.stride = stride;
    this.firstHit = quiet.length * stride;
    this.ending = loud.map((s) => Int32Array.from(ends[s] as number[]));
    this.lengths = Int32Array.from(literals, (l) => l.length);
    this.longest = Math.max(0, ...literals.map((l) => l.length));
  }

  /** Calls `hit(literal, offset)` for every occurrence of every literal (overlapping ones too), in no set order. */
  find(bytes: Uint8Array, hit: (literal: number, offset: number) => void): void {
    const n = bytes.length;
    if (n < INTERLEAVE_MIN_BYTES) {
      this.run(bytes, 0, 0, n, hit);
      return;
    }
    const quarter = n >> 2;
    const warm = this.longest - 1;
    // Quarters 1 to 3 first read the bytes a literal ending in them may start with, finding nothing.
    const s1 = this.warm(bytes, quarter - warm, quarter);
    const s2 = this.warm(bytes, 2 * quarter - warm, 2 * quarter);
    const s3 = this.warm(bytes, 3 * quarter - warm, 3 * quarter);
    const last = this.interleaved(bytes, quarter, s1, s2, s3, hit);
    // The bytes past four equal quarters belong to the last one.
    this.run(bytes, last, 4 * quarter, n, hit);
  }

  /** The state after reading bytes [from, to) from the start state, hits ignored. */
  private warm(bytes: Uint8Array, from: number, to: number): number {
    const { classes, next } = this;
    let s = 0;
    for (let i = Math.max(0, from); i < to; i += 1)
      s = next[s + (classes[bytes[i] as number] as number)] as number;
    return s;
  }

  /** One pass over [from, to), starting in state `s`; returns the state it ends in. */
  private run(
    bytes: Uint8Array,
    start: number,
    from: number,
    to: number,
    hit: (literal: number, offset: number) => void,
  ): number {
    const { classes, next, firstHit } = this;
    let s = start;
    for (let i = from; i < to; i += 1) {
      s = next[s + (classes[bytes[i] as number] as number)] as number;
      if (s >= firstHit) this.report(s, i, hit);
    }
    return s;
  }

  /** The four quarters in one loop; returns the last quarter's state. */
  private interleaved(
    bytes: Uint8Array,
    quarter: number,
    start1: number,
    start2: number,
    start3: number,
    hit: (literal: number, offset: number) => void,
  ): number {
    const { classes, next, firstHit } = this;
    let s0 = 0;
    let s1 = start1;
    let s2 = start2;
    let s3 = start3;
    const b1 = quarter;
    const b2 = 2 * quarter;
    const b3 = 3 * quarter;
    for (let i = 0; i < quarter; i += 1) {
      s0 = next[s0 + (classes[bytes[i] as number] as number)] as number;
      s1 = next[s1 + (classes[bytes[b1 + i] as number] as number)] as number;
      s2 = next[s2 + (classes[bytes[b2 + i] as number] as number)] as number;
      s3 = next[s3 + (classes[bytes[b3 + i] as number] as number)] as number;
      if (s0 >= firstHit || s1 >= firstHit || s2 >= firstHit || s3 >= firstHit) {
        if (s0 >= firstHit) this.report(s0, i, hit);
        if (s1 >= firstHit) this.report(s1, b1 + i, hit);
        if (s2 >= firstHit) this.report(s2, b2 + i, hit);
        if (s3 >= firstHit) this.report(s3, b3 + i, hit);
      }
    }
    return s3;
  }

  /** The literals ending at byte `end` in hit state `s`. */
  private report(s: number, end: number, hit: (literal: number, offset: number) => void): void {
    const list = this.ending[(s - this.firstHit) / this.stride] as Int32Array;
    for (let k = 0; k < list.length; k += 1) {
      const id = list[k] as number;
      hit(id, end - (this.lengths[id] as number) + 1);
    }
  }
}
