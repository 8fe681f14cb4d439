/**
 * One file's content as the read pass holds it: the bytes as read, and the text (UTF-8 decoded, a byte
 * order mark dropped) decoded only when a job asks for it. Pre-filters search the bytes, so most files of
 * a pattern-only pass are never decoded. Lines are the same in both: a line feed byte is a line feed
 * character, and never part of a longer UTF-8 sequence.
 */
export class FileText {
  private decoded?: string;
  private breaks?: number[];
  /** Bytes of the byte order mark, which the text leaves out (0 or 3). */
  readonly bom: number;

  constructor(readonly bytes: Buffer) {
    this.bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  }

  /** The whole text, decoded once. */
  get text(): string {
    this.decoded ??= this.bytes.toString('utf8', this.bom);
    return this.decoded;
  }

  /** Whether the bytes hold this ASCII string (as `text.includes` would find it). */
  includesAscii(s: string): boolean {
    return this.bytes.includes(s, this.bom, 'latin1');
  }

  /** The line (1-based) holding byte `offset`, with the bytes it spans (line feed excluded). */
  lineAt(offset: number): { line: number; start: number; end: number } {
    const breaks = this.lineBreaks();
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((breaks[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    const start = lo === 0 ? this.bom : (breaks[lo - 1] as number) + 1;
    const end = lo < breaks.length ? (breaks[lo] as number) : this.bytes.length;
    return { line: lo + 1, start, end };
  }

  /**
   * Whether a line holds more than `n` bytes: one backward search per `n` bytes, not one search per line
   * (most files have no long line, and this is asked of nearly every file).
   */
  hasLineLongerThan(n: number): boolean {
    const bytes = this.bytes;
    let pos = this.bom;
    while (bytes.length - pos > n) {
      const lf = bytes.lastIndexOf(10, pos + n);
      if (lf < pos) return true;
      pos = lf + 1;
    }
    return false;
  }

  /** The longest line in bytes (line feeds excluded) and the number of lines, counted as the text's. */
  lineLengths(): { longest: number; lines: number } {
    const breaks = this.lineBreaks();
    let longest = 0;
    let start = this.bom;
    for (const b of breaks) {
      if (b - start > longest) longest = b - start;
      start = b + 1;
    }
    return { longest: Math.max(longest, this.bytes.length - start), lines: breaks.length + 1 };
  }

  /** The text of bytes [start, end), which lie on one line. */
  slice(start: number, end: number): string {
    return this.bytes.toString('utf8', start, end);
  }

  private lineBreaks(): number[] {
    if (this.breaks) return this.breaks;
    const out: number[] = [];
    for (let i = this.bytes.indexOf(10); i !== -1; i = this.bytes.indexOf(10, i + 1)) out.push(i);
    this.breaks = out;
    return out;
  }
}
