import type { JobResult, PatternsFileResult } from '../../scan/jobs.js';

/** One match of one pattern: 1-based line and column. */
export interface PatternHit {
  file: string;
  line: number;
  col: number;
  pattern: number;
}

export interface ScanSummary {
  /** The first hits, in file order, then line and column. */
  hits: PatternHit[];
  /** All matching lines, including those beyond the hits shown. */
  total: number;
  filesScanned: number;
  binarySkipped: number;
  /** Files left out as minified (jobs with skipMinified). */
  minifiedSkipped: number;
  /** Files not read: links (never followed), FIFOs and devices, unreadable or too large. */
  notRead: number;
  /** Those files, with why, in file order. */
  notReadFiles: JobResult['notRead'];
  /** Per pattern: the files it matched. */
  filesPerPattern: Array<Set<string>>;
}

/** What a patterns job found, summed over its files. */
export function summarizePatterns(
  result: JobResult<PatternsFileResult>,
  patterns: number,
  maxHits = Infinity,
): ScanSummary {
  const summary: ScanSummary = {
    hits: [],
    total: 0,
    filesScanned: result.scanned,
    binarySkipped: result.skipped.binary,
    minifiedSkipped: 0,
    notRead: result.notRead.length,
    notReadFiles: result.notRead,
    filesPerPattern: Array.from({ length: patterns }, () => new Set<string>()),
  };
  for (const { file, result: found } of result.files) {
    if (found.minified) {
      summary.minifiedSkipped += 1;
      summary.filesScanned -= 1;
      continue;
    }
    found.lines.forEach((n, p) => {
      if (n === 0) return;
      summary.total += n;
      (summary.filesPerPattern[p] as Set<string>).add(file);
    });
    for (const h of found.hits) {
      if (summary.hits.length >= maxHits) break;
      summary.hits.push({ file, ...h });
    }
  }
  return summary;
}
