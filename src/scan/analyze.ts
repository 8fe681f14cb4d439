import { createHash } from 'node:crypto';
import { createDetector } from '../checks/secrets/detect.js';
import { isPkcs12WithKey } from '../checks/secrets/pkcs12.js';
import { ALL_RULES, PKCS12_RULE } from '../checks/secrets/rules.js';
import { CODE_FILES, codeOnly, looksMinified } from '../checks/repo/code-text.js';
import { envAssignments } from '../checks/env/env-assignments.js';
import { envReads } from '../checks/env/env-usage.js';
import { parseEnvFile } from '../checks/env/env-files.js';
import type {
  ContentJob,
  NamedPlace,
  PatternHit,
  PatternsFileResult,
  PatternsJob,
  SecretsFileResult,
} from './jobs.js';
import type { FileText } from './file-text.js';
import { PatternBank, type PatternLines } from './pattern-bank.js';

/**
 * Runs the wanted jobs on one file's text; undefined where a job has nothing to report for it. `file` (the
 * path in the repository) decides whether a code-only pattern job sees the file as code. `binary` looks at
 * a binary file's bytes: results when a job has something to report (a key store), otherwise undefined
 * (the file stays skipped as binary).
 */
export type Analyze = ((content: FileText, jobs: readonly number[], file?: string) => Array<unknown>) & {
  binary(bytes: Uint8Array, jobs: readonly number[]): Array<unknown> | undefined;
};

/** The text a pattern job searches: the file's own, or its code with comments and strings blanked. */
type View = 'raw' | 'code';

/**
 * Compiles every job of a pass once (in each worker): pattern jobs share one PatternBank per view of the
 * text (as written, or code only), so each file's text is searched once by the combined pre-filters however
 * many items want patterns.
 */
export function createAnalyzer(jobs: readonly ContentJob[]): Analyze {
  const banks: Record<View, PatternBank> = { raw: new PatternBank(), code: new PatternBank() };
  const patternIds = new Map<number, { view: View; ids: number[] }>();
  let maxHits = 0;
  const found: Record<View, Map<number, PatternLines>> = { raw: new Map(), code: new Map() };
  let minified = false;
  const binaryPer: Array<((bytes: Uint8Array) => unknown) | undefined> = jobs.map(() => undefined);
  const per = jobs.map((job, index): ((content: FileText) => unknown) => {
    switch (job.analyzer) {
      case 'patterns': {
        const view: View = job.codeOnly ? 'code' : 'raw';
        const bank = banks[view];
        const ids = job.patterns.map((p) => bank.add(p, job.flags));
        patternIds.set(index, { view, ids });
        maxHits = Math.max(maxHits, job.maxHits);
        const max = job.maxHits;
        const skipMinified = job.skipMinified === true;
        return () => {
          if (skipMinified && minified) return { minified: true, hits: [], lines: [] };
          const seen = found[view];
          if (!ids.some((id) => seen.has(id))) return undefined;
          const result: PatternsFileResult = { hits: [], lines: ids.map(() => 0) };
          const hits: PatternHit[] = [];
          ids.forEach((id, pattern) => {
            const f = seen.get(id);
            if (!f) return;
            result.lines[pattern] = f.lines;
            for (const [line, col] of f.hits) hits.push({ line, col, pattern });
          });
          hits.sort((a, b) => a.line - b.line || a.col - b.col || a.pattern - b.pattern);
          result.hits = hits.slice(0, max);
          return result;
        };
      }
      case 'secrets': {
        const disabled = new Set(job.disabledRules);
        const detect = createDetector(ALL_RULES.filter((r) => !disabled.has(r.id)));
        if (!disabled.has(PKCS12_RULE.id)) {
          binaryPer[index] = (bytes) => {
            if (!isPkcs12WithKey(bytes)) return undefined;
            // The secret's identity is the file's digest: nothing of the key itself leaves the worker.
            const digest = createHash('sha256').update(bytes).digest('hex');
            const result: SecretsFileResult = {
              inlineIgnored: 0,
              detections: [{ ruleId: PKCS12_RULE.id, line: 1, col: 1, secret: digest, pieces: [] }],
            };
            return result;
          };
        }
        return (content) => {
          const found = detect.file(content);
          if (found.detections.length === 0 && found.inlineIgnored === 0) return undefined;
          const result: SecretsFileResult = {
            inlineIgnored: found.inlineIgnored,
            detections: found.detections.map((d) => ({
              ruleId: d.rule.id,
              line: d.line,
              col: d.col,
              secret: d.secret,
              pieces: d.pieces,
            })),
          };
          return result;
        };
      }
      case 'env-reads':
        return (content) => {
          // Every read names `process.env` or `import.meta.env`: a file without "env" has none.
          if (!content.includesAscii('env')) return undefined;
          const reads: NamedPlace[] = envReads(content.text);
          return reads.length > 0 ? reads : undefined;
        };
      case 'env-assignments':
        return (content) => {
          // Every assignment names `process.env.` (envAssignments looks for nothing else).
          if (!content.includesAscii('process.env.')) return undefined;
          const found = envAssignments(content.text);
          return found.length > 0 ? found : undefined;
        };
      case 'env-file':
        return (content) => {
          const keys: NamedPlace[] = parseEnvFile(content.text).map((e) => ({
            name: e.key,
            line: e.line,
            col: e.col,
          }));
          return keys.length > 0 ? keys : undefined;
        };
    }
  });
  const analyze = (content: FileText, wanted: readonly number[], file?: string) => {
    // One search of each view of the text for the patterns of every pattern job that wants this file; a
    // job that leaves minified files out does not search them (nor, if no other job wants them, does any).
    const ids: Record<View, Set<number>> = { raw: new Set(), code: new Set() };
    let minifiedKnown = false;
    minified = false;
    for (const j of wanted) {
      const p = patternIds.get(j);
      if (!p) continue;
      if ((jobs[j] as PatternsJob).skipMinified) {
        if (!minifiedKnown) {
          minified = mayBeMinified(content) && looksMinified(content.text);
          minifiedKnown = true;
        }
        if (minified) continue;
      }
      for (const id of p.ids) ids[p.view].add(id);
    }
    found.raw = ids.raw.size > 0 ? banks.raw.run(content, ids.raw, maxHits) : new Map();
    found.code = ids.code.size > 0 ? banks.code.run(content, ids.code, maxHits) : new Map();
    // Blanking comments and strings only takes matches away (for patterns that cannot match the spaces it
    // leaves), so the code view is built only for code files where the text as written has a match.
    if (found.code.size > 0 && file !== undefined && CODE_FILES.test(file))
      found.code = banks.code.run(codeOnly(content.text), ids.code, maxHits);
    return wanted.map((j) => (per[j] as (c: FileText) => unknown)(content));
  };
  const binary = (bytes: Uint8Array, wanted: readonly number[]) => {
    if (!wanted.some((j) => binaryPer[j])) return undefined;
    const out = wanted.map((j) => binaryPer[j]?.(bytes));
    return out.some((r) => r !== undefined) ? out : undefined;
  };
  return Object.assign(analyze, { binary });
}

/**
 * Whether a file may look minified (looksMinified's test on its text): its lines measured in bytes, which
 * are never shorter than in UTF-16 units, so a file whose byte lines pass the test is not decoded for it.
 */
function mayBeMinified(content: FileText): boolean {
  if (!content.hasLineLongerThan(500)) return false;
  const { longest, lines } = content.lineLengths();
  const average = (content.bytes.length - content.bom) / lines;
  return longest > 1000 || (longest > 500 && average > 200);
}
