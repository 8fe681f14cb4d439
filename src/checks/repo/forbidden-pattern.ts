import { globList, regexProblems, regexString, strictObject } from '../params.js';
import { defineKind, type Finding } from '../types.js';
import { listSome, notReadEvidence, notReadNote, plural } from '../wording.js';
import type { PatternsJob } from '../../scan/jobs.js';
import { scanContent } from './content.js';
import { summarizePatterns } from './pattern-results.js';

interface Params {
  patterns: string[];
  include?: string[];
  exclude?: string[];
  'ignore-case'?: boolean;
  'max-findings'?: number;
  'code-only'?: boolean;
  'skip-minified'?: boolean;
}

export const forbiddenPattern = defineKind<Params>({
  kind: 'repo.forbidden-pattern',
  description: 'No tracked file matches any of the patterns (for example console.log, CHANGE_THIS, TODO).',
  params: strictObject(
    {
      patterns: { type: 'array', items: regexString('A pattern that must not occur.'), minItems: 1 },
      include: globList('Only these files are scanned.'),
      exclude: globList('These files are not scanned.'),
      'ignore-case': { type: 'boolean' },
      'code-only': {
        type: 'boolean',
        description:
          'In JavaScript and TypeScript files (and Vue, Svelte), match only code: not comments, strings, template text or regular-expression literals (default false).',
      },
      'skip-minified': {
        type: 'boolean',
        description:
          'Leave out minified or bundled files (lines of a thousand characters and more); default false.',
      },
      'max-findings': {
        type: 'integer',
        minimum: 1,
        maximum: 1000,
        description: 'Findings listed (default 50).',
      },
    },
    ['patterns'],
  ),
  validate: (p) =>
    regexProblems(
      p.patterns.map((source, i) => ({ path: ['patterns', i], source })),
      { ignoreCase: p['ignore-case'] === true, multiline: true },
    ),
  content: (p) => [job(p)],
  async run(p, ctx) {
    const scan = summarizePatterns(
      await scanContent(ctx, job(p)),
      p.patterns.length,
      p['max-findings'] ?? 50,
    );
    const evidence = {
      filesScanned: scan.filesScanned,
      binarySkipped: scan.binarySkipped,
      ...(p['skip-minified'] ? { minifiedSkipped: scan.minifiedSkipped } : {}),
      notRead: scan.notRead,
      ...notReadEvidence(scan.notReadFiles),
      matches: scan.total,
      perPattern: p.patterns.map((pattern, i) => ({ pattern, files: scan.filesPerPattern[i]?.size ?? 0 })),
      shown: scan.hits.map((h) => `${h.file}:${h.line}:${h.col} /${p.patterns[h.pattern]}/`),
    };
    if (scan.total === 0) {
      return {
        status: 'pass',
        summary: `no match for ${plural(p.patterns.length, 'pattern')} in ${plural(scan.filesScanned, 'file')}${notReadNote(scan.notReadFiles)}`,
        evidence,
      };
    }
    const findings: Finding[] = scan.hits.map((h) => ({
      file: h.file,
      line: h.line,
      col: h.col,
      message: `forbidden pattern /${p.patterns[h.pattern]}/`,
    }));
    const where = listSome([...new Set(scan.hits.map((h) => `${h.file}:${h.line}`))], 3);
    const fileCount = new Set(scan.filesPerPattern.flatMap((s) => [...s])).size;
    return {
      status: 'fail',
      summary: `${plural(scan.total, 'match', 'matches')} in ${plural(fileCount, 'file')}: ${where}${notReadNote(scan.notReadFiles)}`,
      evidence,
      findings,
    };
  },
});

function job(p: Params): PatternsJob {
  return {
    analyzer: 'patterns',
    include: p.include,
    exclude: p.exclude,
    patterns: p.patterns,
    flags: p['ignore-case'] ? 'im' : 'm',
    maxHits: p['max-findings'] ?? 50,
    ...(p['code-only'] ? { codeOnly: true } : {}),
    ...(p['skip-minified'] ? { skipMinified: true } : {}),
  };
}
