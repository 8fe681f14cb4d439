import { FileText } from './file-text.js';
import { compileFinder, type Finder } from './finder.js';
import { LiteralSearch, searchableAsBytes } from './literal-search.js';
import { patternShape } from './literals.js';

/** One distinct pattern of the run, with what the pre-filter knows of it. */
interface BankPattern {
  finder: Finder;
  lineLocal: boolean;
  /** Whether it has a literal set; without one it sees every wanted file's whole text. */
  filtered: boolean;
}

/** The literals of all patterns sharing one set of flags, searched as one alternation. */
interface FlagGroup {
  flags: string;
  ignoreCase: boolean;
  /** Literal (lower-cased in case-insensitive groups) → the patterns that require it. */
  literals: Map<string, number[]>;
  members: number[];
  /** Built on first use: the alternation, and what each searched literal selects. */
  search?: RegExp;
  selects?: Map<string, number[]>;
  /** Built on first use: the search of the file's bytes, when it means the same as the alternation. */
  bytes?: { search: LiteralSearch; selects: number[][] } | null;
}

export interface PatternLines {
  /** Lines of the text the pattern matches. */
  lines: number;
  /** The first matches (one per line), up to the cap: [line, col]. */
  hits: Array<[number, number]>;
}

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * The key of a literal in a case-insensitive group: ASCII letters in lower case, every other character as
 * written (`toLowerCase` may change a literal's meaning: `İ` becomes `i` and a combining dot).
 */
const foldKey = (s: string) => s.replace(/[A-Z]+/g, (c) => c.toLowerCase());

/**
 * The finders run on RE2, whose case folding is Unicode's: the Kelvin sign matches k and the long s
 * matches s, whatever the flags. A case-insensitive group's byte search therefore also looks for each
 * literal spelled with them; a literal is first cut before its fifth k or s, so that it has at most 16
 * spellings (every match of the literal still holds the cut one).
 */
const FOLDS_TO_ASCII: Record<string, string> = { k: '\u212a', s: '\u017f' };
const MAX_FOLD_LETTERS = 4;
const SURROGATE = /[\ud800-\udfff]/;

function unicodeSpellings(literal: string): string[] {
  let cut = literal;
  let seen = 0;
  for (let i = 0; i < literal.length; i += 1) {
    if (!/[ks]/i.test(literal[i] as string)) continue;
    seen += 1;
    if (seen > MAX_FOLD_LETTERS) {
      cut = literal.slice(0, i);
      break;
    }
  }
  let out = [''];
  for (const c of cut) {
    const other = FOLDS_TO_ASCII[c.toLowerCase()];
    out = out.flatMap((o) => (other ? [o + c, o + other] : [o + c]));
  }
  return out;
}

/**
 * Every user pattern of a run, behind combined pre-filters: per flag set, one alternation of the
 * patterns' required literals (no quantifier, so it cannot backtrack) runs once over a file's text, and
 * only the lines (or, for patterns that may span lines, the files) it selects reach a pattern's finder.
 */
export class PatternBank {
  private readonly patterns: BankPattern[] = [];
  private readonly groups: FlagGroup[] = [];
  private readonly ids = new Map<string, number>();

  /** The id of a pattern, added once however many jobs use it. */
  add(source: string, flags: string): number {
    const clean = [...new Set(flags.replace(/[gyd]/g, ''))].sort().join('');
    const key = `${clean}/${source}`;
    const known = this.ids.get(key);
    if (known !== undefined) return known;
    const id = this.patterns.length;
    this.ids.set(key, id);
    const shape = patternShape(source, clean);
    this.patterns.push({
      finder: compileFinder(source, clean),
      lineLocal: shape.lineLocal,
      filtered: shape.literals !== undefined,
    });
    if (shape.literals) this.addLiterals(id, shape.literals, clean.replace(/[ms]/g, ''));
    return id;
  }

  private addLiterals(id: number, literals: string[], flags: string): void {
    let group = this.groups.find((g) => g.flags === flags);
    if (!group) {
      group = { flags, ignoreCase: flags.includes('i'), literals: new Map(), members: [] };
      this.groups.push(group);
    }
    group.members.push(id);
    group.search = undefined;
    group.bytes = undefined;
    for (const l of literals) {
      const k = group.ignoreCase ? foldKey(l) : l;
      group.literals.set(k, [...(group.literals.get(k) ?? []), id]);
    }
  }

  /**
   * Only literals that no other literal starts with are searched; a hit selects the patterns of every
   * literal that starts with it (a superset, which the finder then narrows).
   */
  private seal(group: FlagGroup): { search: RegExp; selects: Map<string, number[]> } {
    if (group.search && group.selects) return { search: group.search, selects: group.selects };
    const all = [...group.literals.keys()];
    const searched = all.filter((k) => !all.some((o) => o !== k && k.startsWith(o)));
    // With `u`, a case-insensitive alternation folds as RE2 does (the Kelvin sign and the long s too).
    // A literal with a surrogate keeps the flags: with `u` a lone one no longer matches half a pair, and
    // a match at a pair would never move on (the search restarts a unit later, which `u` moves back).
    const unicode = group.ignoreCase && !/[uv]/.test(group.flags) && !all.some((k) => SURROGATE.test(k));
    group.search = new RegExp(searched.map(escape).join('|'), `${group.flags}g${unicode ? 'u' : ''}`);
    group.selects = new Map(
      searched.map((k) => [
        k,
        [...new Set(all.filter((o) => o.startsWith(k)).flatMap((o) => group.literals.get(o) ?? []))],
      ]),
    );
    return { search: group.search, selects: group.selects };
  }

  /** The byte search of a group, or null where only the text search keeps the meaning. */
  private sealBytes(group: FlagGroup): { search: LiteralSearch; selects: number[][] } | null {
    if (group.bytes !== undefined) return group.bytes;
    const all = [...group.literals.keys()];
    // The ASCII check is made on the literals as written; their spellings with the Kelvin sign and the
    // long s are then searched as bytes too (only ASCII letters fold in the byte search).
    if (!searchableAsBytes(all, group.ignoreCase, false)) return (group.bytes = null);
    const searched: string[] = [];
    const selects: number[][] = [];
    for (const k of all) {
      for (const spelling of group.ignoreCase ? unicodeSpellings(k) : [k]) {
        searched.push(spelling);
        selects.push(group.literals.get(k) ?? []);
      }
    }
    group.bytes = { search: new LiteralSearch(searched, group.ignoreCase), selects };
    return group.bytes;
  }

  /**
   * Matches the wanted patterns against one file (its bytes, decoded only where needed) or one text.
   * Returns, per wanted pattern id, its matching line count and first hits (lines are counted once, as
   * grep counts them).
   */
  run(source: FileText | string, wanted: ReadonlySet<number>, maxHits: number): Map<number, PatternLines> {
    const file = typeof source === 'string' ? undefined : source;
    const text = () => (typeof source === 'string' ? source : source.text);
    const out = new Map<number, PatternLines>();
    const whole = new Set<number>();
    /** Per pattern: the lines a literal selected, as [line, start, end] in the text's offsets. */
    const lines = new Map<number, Array<[number, number, number]>>();
    /** Per pattern: the byte offsets of its literals' hits, for the byte searches. */
    const offsets = new Map<number, number[]>();
    for (const id of wanted) if (!(this.patterns[id] as BankPattern).filtered) whole.add(id);
    for (const group of this.groups) {
      if (!group.members.some((m) => wanted.has(m))) continue;
      const bytes = file ? this.sealBytes(group) : null;
      if (file && bytes) {
        bytes.search.find(file.bytes, (literal, at) => {
          if (at < file.bom) return;
          for (const id of bytes.selects[literal] as number[]) {
            if (!wanted.has(id) || whole.has(id)) continue;
            if (!(this.patterns[id] as BankPattern).lineLocal) {
              whole.add(id);
              continue;
            }
            let list = offsets.get(id);
            if (!list) offsets.set(id, (list = []));
            list.push(at);
          }
        });
        continue;
      }
      this.searchText(group, text(), wanted, whole, lines);
    }
    const finderOf = (id: number) => (this.patterns[id] as BankPattern).finder;
    for (const [id, list] of lines) {
      if (whole.has(id)) continue;
      const found = onLines(finderOf(id), list, maxHits, (a, b) => text().slice(a, b));
      if (found.lines > 0) out.set(id, found);
    }
    if (file) {
      for (const [id, list] of offsets) {
        if (whole.has(id)) continue;
        list.sort((a, b) => a - b);
        const chosen: Array<[number, number, number]> = [];
        let lineEnd = -1;
        for (const at of list) {
          if (at < lineEnd) continue;
          const l = file.lineAt(at);
          chosen.push([l.line, l.start, l.end]);
          lineEnd = l.end + 1;
        }
        const found = onLines(finderOf(id), chosen, maxHits, (a, b) => file.slice(a, b));
        if (found.lines > 0) out.set(id, found);
      }
    }
    for (const id of whole) {
      const found = collect(text(), finderOf(id), maxHits);
      if (found.lines > 0) out.set(id, found);
    }
    return out;
  }

  /** One group's alternation over the text: the lines it selects for each wanted pattern. */
  private searchText(
    group: FlagGroup,
    text: string,
    wanted: ReadonlySet<number>,
    whole: Set<number>,
    lines: Map<number, Array<[number, number, number]>>,
  ): void {
    const { search, selects } = this.seal(group);
    search.lastIndex = 0;
    let line = 1;
    let counted = 0;
    let lineStart = 0;
    let lineEnd = -1;
    for (let m = search.exec(text); m !== null; m = search.exec(text)) {
      const at = m.index;
      search.lastIndex = at + 1;
      if (at >= lineEnd) {
        for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
          line += 1;
          lineStart = i + 1;
        }
        counted = at;
        lineEnd = text.indexOf('\n', at);
        if (lineEnd === -1) lineEnd = text.length;
      }
      const key = group.ignoreCase ? foldKey(m[0]) : m[0];
      const chosen = selects.get(key) ?? group.members;
      for (const id of chosen) {
        if (!wanted.has(id) || whole.has(id)) continue;
        if (!(this.patterns[id] as BankPattern).lineLocal) {
          whole.add(id);
          continue;
        }
        let list = lines.get(id);
        if (!list) lines.set(id, (list = []));
        if (list.at(-1)?.[0] !== line) list.push([line, lineStart, lineEnd]);
      }
    }
  }
}

/** A line-local pattern's finder on the selected lines ([line, start, end], `slice` gives their text). */
function onLines(
  finder: Finder,
  list: ReadonlyArray<[number, number, number]>,
  maxHits: number,
  slice: (start: number, end: number) => string,
): PatternLines {
  const found: PatternLines = { lines: 0, hits: [] };
  for (const [line, start, end] of list) {
    const lineText = slice(start, end);
    const m = finder.next(lineText, 0);
    if (!m) continue;
    if (m.index === lineText.length && lineText.endsWith('\r')) continue;
    found.lines += 1;
    if (found.hits.length < maxHits) found.hits.push([line, m.index + 1]);
  }
  return found;
}

/**
 * Matches over the whole text, one hit per line a match starts on. A match that starts past the final
 * line break, or between the CR and LF of a CRLF, is not on any line: `^` and `$` see a CR as a line end.
 */
function collect(text: string, finder: Finder, maxHits: number): PatternLines {
  const found: PatternLines = { lines: 0, hits: [] };
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let lastLine = -1;
  let from = 0;
  for (let m = finder.next(text, from); m !== undefined; m = finder.next(text, from)) {
    from = m.end === m.index ? m.end + 1 : m.end;
    const at = m.index;
    if (at === text.length && (at === 0 || text[at - 1] === '\n')) break;
    if (text[at] === '\n' && text[at - 1] === '\r') continue;
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    scanned = at;
    if (line === lastLine) continue;
    lastLine = line;
    found.lines += 1;
    if (found.hits.length < maxHits) found.hits.push([line, at - lineStart + 1]);
    if (from > text.length) break;
  }
  return found;
}
