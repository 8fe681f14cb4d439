import { globList, regexProblems, regexString, strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome, notReadEvidence, notReadNote, plural } from '../wording.js';
import type { PatternsJob } from '../../scan/jobs.js';
import { scanContent } from './content.js';
import { summarizePatterns } from './pattern-results.js';

interface Params {
  pattern: string;
  files: string[];
  exclude?: string[];
  in?: 'any' | 'each';
  'ignore-case'?: boolean;
}

export const requiredPattern = defineKind<Params>({
  kind: 'repo.required-pattern',
  description:
    'A pattern occurs in the matching tracked files: in at least one (in: any) or in every one (in: each).',
  params: strictObject(
    {
      pattern: regexString('The pattern that must occur.'),
      files: globList('The files to look in.'),
      exclude: globList('Files not to look in.'),
      in: {
        enum: ['any', 'each'],
        description: 'any (default): one file suffices; each: every file must match.',
      },
      'ignore-case': { type: 'boolean' },
    },
    ['pattern', 'files'],
  ),
  validate: (p) =>
    regexProblems([{ path: ['pattern'], source: p.pattern }], {
      ignoreCase: p['ignore-case'] === true,
      multiline: true,
    }),
  content: (p) => [job(p)],
  async run(p, ctx) {
    const result = await scanContent(ctx, job(p));
    const files = result.selected;
    if (files.length === 0) {
      return {
        status: 'fail',
        summary: `no tracked file matches ${p.files.join(', ')}`,
        evidence: { files: 0 },
      };
    }
    const scan = summarizePatterns(result, 1, 20);
    const found = scan.filesPerPattern[0] ?? new Set<string>();
    const missing = files.filter((f) => !found.has(f));
    const mode = p.in ?? 'any';
    const evidence = {
      files: files.length,
      matching: [...found].slice(0, 20),
      missing: missing.slice(0, 20),
      ...notReadEvidence(result.notRead),
    };
    const unread = notReadNote(result.notRead);
    const ok = mode === 'any' ? found.size > 0 : missing.length === 0;
    if (ok) {
      const where = listSome(
        scan.hits.map((h) => `${h.file}:${h.line}`),
        3,
      );
      return {
        status: 'pass',
        summary: `/${p.pattern}/ found in ${plural(found.size, 'file')}: ${where}${unread}`,
        evidence,
      };
    }
    const summary =
      mode === 'any'
        ? `/${p.pattern}/ not found in ${plural(files.length, 'file')} matching ${p.files.join(', ')}`
        : `/${p.pattern}/ missing from ${plural(missing.length, 'file')}: ${listSome(missing, 3)}`;
    return {
      status: 'fail',
      summary: summary + unread,
      evidence,
      findings: (mode === 'each' ? missing.slice(0, 50) : []).map((file) => ({
        file,
        message: `required pattern /${p.pattern}/ not found`,
      })),
    };
  },
});

function job(p: Params): PatternsJob {
  return {
    analyzer: 'patterns',
    include: p.files,
    exclude: p.exclude,
    patterns: [p.pattern],
    flags: p['ignore-case'] ? 'im' : 'm',
    maxHits: 1,
  };
}
