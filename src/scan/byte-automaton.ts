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
  /**
   * Per hit state (its row offset / stride - the first hit state's number, k): the literals ending there
   * are endIds[endStart[k]] up to endIds[endStart[k + 1]].
   */
  private readonly endStart: Int32Array;
  private readonly endIds: Int32Array;
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

    // The trie in the table itself (one row per state, -1 where a state has no child; at most one state
    // per literal byte, so no more rows than tableEntries counted): building takes typed arrays of the
    // table's size, never an object per state. Literals ending at a state are kept for those states only.
    let bound = 1;
    for (const l of literals) bound += l.length;
    const delta = new Int32Array(bound * stride).fill(-1);
    const ends = new Map<number, number[]>();
    let states = 1;
    literals.forEach((l, id) => {
      let s = 0;
      for (const b of l) {
        const at = s * stride + (this.classes[b] as number);
        let t = delta[at] as number;
        if (t === -1) {
          t = states;
          states += 1;
          delta[at] = t;
        }
        s = t;
      }
      const own = ends.get(s);
      if (own) own.push(id);
      else ends.set(s, [id]);
    });

    // Breadth first: each state's fall-back (the longest proper suffix that is a trie state), its full
    // row of transitions, and its output link: the nearest state on its fall-back chain where a literal
    // of its own ends (the literals ending at a state are its own and its output link's, on and on).
    const fallback = new Int32Array(states);
    const outLink = new Int32Array(states).fill(-1);
    const order = new Int32Array(states);
    let queued = 1;
    for (let q = 0; q < queued; q += 1) {
      const s = order[q] as number;
      if (s !== 0) {
        const f = fallback[s] as number;
        outLink[s] = ends.has(f) ? f : (outLink[f] as number);
      }
      for (let c = 0; c < stride; c += 1) {
        const t = c === 0 ? -1 : (delta[s * stride + c] as number);
        const viaFallback = s === 0 ? 0 : (delta[(fallback[s] as number) * stride + c] as number);
        if (t === -1) {
          delta[s * stride + c] = viaFallback;
        } else {
          fallback[t] = viaFallback;
          order[queued] = t;
          queued += 1;
        }
      }
    }

    // Renumber: states where nothing ends first (the start state stays 0), then the others.
    const isLoud = (s: number) => ends.has(s) || outLink[s] !== -1;
    const quiet = [...order].filter((s) => !isLoud(s));
    const loud = [...order].filter(isLoud);
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
    const endStart = new Int32Array(loud.length + 1);
    const ids: number[] = [];
    loud.forEach((s, k) => {
      for (let u = s; u !== -1; u = outLink[u] as number) for (const id of ends.get(u) ?? []) ids.push(id);
      endStart[k + 1] = ids.length;
    });
    this.endStart = endStart;
    this.endIds = Int32Array.from(ids);
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
    const k = (s - this.firstHit) / this.stride;
    const { endIds } = this;
    for (let j = this.endStart[k] as number; j < (this.endStart[k + 1] as number); j += 1) {
      const id = endIds[j] as number;
      hit(id, end - (this.lengths[id] as number) + 1);
    }
  }
}
