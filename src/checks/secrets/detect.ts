import {
  genericValueQualifies,
  isDegenerate,
  isNonCredentialName,
  isLoopbackHost,
  isPlaceholder,
  isPlaceholderName,
  isShownAsExample,
  isTemplateReference,
  shannonEntropy,
} from './entropy.js';
import { LiteralSearch, searchableAsBytes } from '../../scan/literal-search.js';
import { isPublicSearchKey, isPublicValue } from './public-values.js';
import { ALL_RULES, GENERIC_RULE, PRIVATE_KEY_RULE, type SecretRule } from './rules.js';

/** A secret found in a text: 1-based line and column of its first character. */
export interface Detection {
  rule: SecretRule;
  line: number;
  col: number;
  secret: string;
  /** The pieces of the secret as they stand in the file (a key block's lines), for log masking. */
  pieces: string[];
}

export interface DetectResult {
  detections: Detection[];
  /** Secrets on lines carrying an inline ignore comment. */
  inlineIgnored: number;
}

/** Names of the groups that hold the secret (a rule with alternatives names one per alternative). */
const SECRET_GROUPS = ['secret', 'secret2', 'secret3', 'secret4'];

/** Comments that keep a line out of the scan: ours, and gitleaks' for repositories that already use it. */
const INLINE_IGNORES = ['preflight:ignore-secret', 'gitleaks:allow'];

/** How far around a generic match the scan looks for the rest of a search configuration. */
const SEARCH_CONFIG_WINDOW = 300;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Literals as one alternation factored by common prefixes (`a(?:kia|sia|ws)`): the regular expression
 * engine then rejects most positions on their first character. No literal may be a prefix of another.
 */
export function trie(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const w of words) groups.set(w.charAt(0), [...(groups.get(w.charAt(0)) ?? []), w.slice(1)]);
  const alternatives = [...groups].map(([c, rest]) => escape(c) + (rest.includes('') ? '' : trie(rest)));
  return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
}

/**
 * A file as the read pass holds it (src/scan/file-text.ts): its bytes as read, the text decoded on demand
 * (without the byte order mark the bytes may start with), and the line holding a byte offset.
 */
export interface EncodedText {
  readonly bytes: Uint8Array;
  /** Bytes of a byte order mark at the start, which the text leaves out. */
  readonly bom: number;
  readonly text: string;
  lineAt(offset: number): { line: number; start: number; end: number };
  slice(start: number, end: number): string;
}

export type Detect = ((text: string) => DetectResult) & {
  /**
   * The same verdicts for a file's bytes: the keyword search runs on the bytes, and a file without any
   * keyword is never decoded.
   */
  file(content: EncodedText): DetectResult;
};

/**
 * A detector for a rule set. One combined, case-insensitive keyword search runs over the whole text; the
 * keywords found on a line select the rules that run on that line, in the rule set's order.
 */
export function createDetector(rules: readonly SecretRule[] = ALL_RULES): Detect {
  const byKeyword = new Map<string, number[]>();
  rules.forEach((r, i) => {
    for (const k of r.keywords) byKeyword.set(k, [...(byKeyword.get(k) ?? []), i]);
  });
  // The search looks for the shortest keywords only ('key' covers 'key-'); a hit selects the rules of every
  // keyword that starts with it, which may run a rule on a line where its own keyword is absent: harmless.
  const all = [...byKeyword.keys()];
  const searched = all.filter((k) => !all.some((o) => o !== k && k.startsWith(o)));
  const selects = new Map(
    searched.map((k) => [
      k,
      [...new Set(all.filter((o) => o.startsWith(k)).flatMap((o) => byKeyword.get(o) ?? []))],
    ]),
  );
  const none = (): DetectResult => ({ detections: [], inlineIgnored: 0 });
  if (searched.length === 0) return Object.assign(() => none(), { file: () => none() });
  const prefilter = new RegExp(trie(searched), 'gi');
  // The same search on bytes, where it means the same (ASCII keywords, folded as the alternation folds).
  const lower = searched.map((k) => k.toLowerCase());
  const bytesSearch = searchableAsBytes(lower, true, false) ? new LiteralSearch(lower, true) : undefined;

  /** The rules the keyword hits (text offset, lower-case keyword, left to right) select, line by line. */
  const scan = (text: string, hits: Iterable<readonly [number, string]>): DetectResult => {
    const out: DetectResult = { detections: [], inlineIgnored: 0 };
    const cursor = lineCursor(text);
    const selected = new Set<number>();
    let start = -1;
    let end = -1;
    let resumeAt = 0;
    const flush = () => {
      if (selected.size === 0) return;
      const chosen = [...selected].sort((a, b) => a - b).map((i) => rules[i] as SecretRule);
      selected.clear();
      const lineText = text.slice(start, end).replace(/\r$/, '');
      resumeAt = scanLine(text, lineText, cursor(start), start, chosen, out);
    };
    for (const [index, key] of hits) {
      if (index < resumeAt) continue;
      if (index >= end) {
        flush();
        if (index < resumeAt) continue;
        start = text.lastIndexOf('\n', index - 1) + 1;
        end = text.indexOf('\n', index);
        if (end === -1) end = text.length;
      }
      for (const i of selects.get(key) ?? []) selected.add(i);
    }
    flush();
    return out;
  };

  function* textHits(text: string): Generator<readonly [number, string]> {
    prefilter.lastIndex = 0;
    for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
      yield [m.index, m[0].toLowerCase()];
    }
  }

  const detect = (text: string) => scan(text, textHits(text));
  const file = (content: EncodedText): DetectResult => {
    if (!bytesSearch) return detect(content.text);
    const found: Array<[number, number]> = [];
    bytesSearch.find(content.bytes, (k, at) => {
      if (at >= content.bom) found.push([at, k]);
    });
    if (found.length === 0) return none();
    // Leftmost and non-overlapping, as the alternation's matches are (no keyword searched starts
    // another, so at most one starts at any offset).
    found.sort((a, b) => a[0] - b[0]);
    const text = content.text;
    const toText = textOffsets(content, text);
    const hits: Array<readonly [number, string]> = [];
    let taken = 0;
    for (const [at, k] of found) {
      if (at < taken) continue;
      const key = lower[k] as string;
      taken = at + key.length;
      hits.push([toText(at), key]);
    }
    return scan(text, hits);
  };
  return Object.assign(detect, { file });
}

/**
 * Maps byte offsets of a file (at ASCII bytes, such as a keyword's start) to offsets in its text: the
 * same line, and the UTF-16 length of the line's bytes before it. When every byte gave one character
 * the offsets only shift by the byte order mark.
 */
function textOffsets(content: EncodedText, text: string): (at: number) => number {
  const shift = content.bom;
  if (text.length === content.bytes.length - shift) return (at) => at - shift;
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (at) => {
    const l = content.lineAt(at);
    return (starts[l.line - 1] as number) + content.slice(l.start, at).length;
  };
}

/** Runs the selected rules on one line; returns the offset before which the keyword search skips matches. */
function scanLine(
  text: string,
  lineText: string,
  line: number,
  start: number,
  rules: readonly SecretRule[],
  out: DetectResult,
): number {
  const taken: Array<[number, number]> = [];
  const found: Detection[] = [];
  let resumeAt = 0;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(lineText); m !== null; m = rule.pattern.exec(lineText)) {
      if (m[0] === '') rule.pattern.lastIndex += 1;
      const group = SECRET_GROUPS.find((n) => m.groups?.[n] !== undefined);
      const span = (group ? m.indices?.groups?.[group] : undefined) ??
        m.indices?.[0] ?? [m.index, m.index + m[0].length];
      if (taken.some(([a, b]) => span[0] < b && a < span[1])) continue;
      let detection: Detection | undefined;
      if (rule === PRIVATE_KEY_RULE) {
        const block = keyBlock(text, start + m.index + m[0].length);
        if (block) {
          detection = { rule, line, col: m.index + 1, secret: block.body, pieces: block.pieces };
          resumeAt = Math.max(resumeAt, block.end);
        }
      } else {
        let secret = (group ? m.groups?.[group] : undefined) ?? m[0];
        // Credentials in a URL to this machine open nothing anyone else can reach; a URL shown as an
        // example (a placeholder attribute, "e.g. https://user:pass@…") and a name where the password
        // goes (`postgres://app:STRONG_DB_PASSWORD@db`) hold none.
        const host = m.groups?.host;
        if (
          host !== undefined &&
          (isLoopbackHost(host) || isShownAsExample(lineText, m.index) || isPlaceholderName(secret))
        )
          continue;
        if (rule === GENERIC_RULE) {
          // A query string's value ends at the next parameter (`?api_key=TOKEN&items&max_id=0`).
          const next = /&[\w.-]+(?:=|&|$)/.exec(secret);
          if (next) secret = secret.slice(0, next.index);
          if (secret.length < 12) continue;
          const name = assignedName(lineText, m.index, span[0]);
          if (isNonCredentialName(name)) continue;
          const at = start + m.index;
          const around = text.slice(Math.max(0, at - SEARCH_CONFIG_WINDOW), at + SEARCH_CONFIG_WINDOW);
          if (isPublicSearchKey(name, around)) continue;
        }
        if (qualifies(rule, secret)) {
          detection = { rule, line, col: span[0] + 1, secret, pieces: [secret] };
        }
      }
      if (!detection) continue;
      taken.push([span[0], span[1]]);
      found.push(detection);
    }
  }
  if (found.length === 0) return resumeAt;
  const lower = lineText.toLowerCase();
  if (INLINE_IGNORES.some((c) => lower.includes(c))) out.inlineIgnored += found.length;
  else out.detections.push(...found.sort((a, b) => a.col - b.col));
  return resumeAt;
}

/** The identifier around a generic match's keyword: from the word's start to the assignment. */
function assignedName(lineText: string, keywordAt: number, valueAt: number): string {
  let from = keywordAt;
  while (from > 0 && /[\w.-]/.test(lineText.charAt(from - 1)) && keywordAt - from < 60) from -= 1;
  return lineText.slice(from, valueAt).replace(/['"`\s]*(?::=|=>|=|:)[\s'"`]*$/, '');
}

function qualifies(rule: SecretRule, secret: string): boolean {
  if (isPublicValue(secret)) return false;
  if (rule.strict) return !isDegenerate(secret, rule.prefix) && !isTemplateReference(secret);
  if (isPlaceholder(secret)) return false;
  if (rule === GENERIC_RULE) return genericValueQualifies(secret, rule.minEntropy ?? 3.5);
  return shannonEntropy(secret) >= (rule.minEntropy ?? 0);
}

const BLOCK_WINDOW = 16_384;

/**
 * The key material after a BEGIN line, up to its END line (or a window's end): base64 characters only,
 * with `\n` escapes of JSON strings removed. Placeholders (short or repetitive bodies) give undefined.
 */
function keyBlock(text: string, from: number): { body: string; pieces: string[]; end: number } | undefined {
  const window = text.slice(from, from + BLOCK_WINDOW);
  const stop = window.indexOf('-----END');
  const raw = stop === -1 ? window : window.slice(0, stop);
  const pieces: string[] = [];
  let headers = 0;
  for (const part of raw.split(/\\n|\\r|[\r\n]/)) {
    const piece = part.replace(/^[\s"',]+|[\s"',]+$/g, '');
    if (/^[A-Za-z0-9+/=]+$/.test(piece)) pieces.push(piece);
    else if (pieces.length === 0 && headers < 4 && (piece === '' || /^[\w-]+: /.test(piece))) headers += 1;
    else break;
  }
  const body = pieces.join('');
  if (body.length < 64 || shannonEntropy(body) < 4 || isPlaceholder(body)) return undefined;
  return { body, pieces, end: from + (stop === -1 ? window.length : stop) };
}

/** Line numbers for increasing offsets, counting line breaks only once over the whole text. */
function lineCursor(text: string): (offset: number) => number {
  let line = 1;
  let scanned = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line += 1;
      scanned = i + 1;
    }
    if (scanned < offset) scanned = offset;
    return line;
  };
}
