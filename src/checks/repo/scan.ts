import { mapLimit } from '../../util/map-limit.js';
import { readText } from './read.js';

/** One match of one pattern: 1-based line and column. */
export interface PatternHit {
  file: string;
  line: number;
  col: number;
  pattern: number;
}

export interface ScanResult {
  hits: PatternHit[];
  /** All matches, including those beyond `maxHits`. */
  total: number;
  filesScanned: number;
  binarySkipped: number;
  /** Per pattern: the files it matched. */
  filesPerPattern: Array<Set<string>>;
}

export interface ScanOptions {
  maxHits: number;
  concurrency?: number;
  signal?: AbortSignal;
}

/**
 * Scans text files for regular expressions, line-aware like grep. Each file is read once; a pattern is
 * searched line by line only in files where a whole-text test found it, which keeps clean files cheap.
 */
export async function scanFiles(
  repoDir: string,
  files: readonly string[],
  patterns: readonly RegExp[],
  options: ScanOptions,
): Promise<ScanResult> {
  const testers = patterns.map(
    (p) => new RegExp(p.source, p.flags.replace('g', '') + (p.flags.includes('m') ? '' : 'm')),
  );
  const finders = testers.map((p) => new RegExp(p.source, `${p.flags}g`));
  const result: ScanResult = {
    hits: [],
    total: 0,
    filesScanned: 0,
    binarySkipped: 0,
    filesPerPattern: patterns.map(() => new Set()),
  };
  const perFile: Array<{ hits: PatternHit[]; patterns: number[] }> = [];
  await mapLimit(
    files,
    options.concurrency ?? 32,
    async (file, index) => {
      let text: string | undefined;
      try {
        text = await readText(repoDir, file);
      } catch {
        return;
      }
      if (text === undefined) {
        result.binarySkipped += 1;
        return;
      }
      result.filesScanned += 1;
      for (let p = 0; p < testers.length; p += 1) {
        if (!(testers[p] as RegExp).test(text)) continue;
        const own = (perFile[index] ??= { hits: [], patterns: [] });
        const lines = collect(text, file, p, finders[p] as RegExp, own.hits, options.maxHits);
        if (lines === 0) continue;
        own.patterns.push(p);
        result.total += lines;
      }
    },
    options.signal,
  );
  // Files finish reading in any order; results follow the order of `files`.
  perFile.forEach((own, index) => {
    for (const p of own.patterns) (result.filesPerPattern[p] as Set<string>).add(files[index] as string);
    if (result.hits.length >= options.maxHits) return;
    own.hits.sort((a, b) => a.line - b.line || a.col - b.col || a.pattern - b.pattern);
    result.hits.push(...own.hits.slice(0, options.maxHits - result.hits.length));
  });
  return result;
}

/**
 * Adds up to `maxHits` hits (one per matching line) to `into`; returns how many lines matched. A match that
 * starts past the final line break, or between the CR and LF of a CRLF, is not on any line: `^` and `$` see
 * a CR as a line end of its own.
 */
function collect(
  text: string,
  file: string,
  pattern: number,
  finder: RegExp,
  into: PatternHit[],
  maxHits: number,
): number {
  let total = 0;
  finder.lastIndex = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let lastLine = -1;
  for (let m = finder.exec(text); m !== null; m = finder.exec(text)) {
    if (m[0] === '') finder.lastIndex += 1;
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
    total += 1;
    if (total <= maxHits) into.push({ file, line, col: at - lineStart + 1, pattern });
  }
  return total;
}
