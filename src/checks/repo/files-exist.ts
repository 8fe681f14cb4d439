import { globMatcher } from '../../util/glob.js';
import { globList, strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { listSome, plural } from '../wording.js';
import { presentFiles } from './present.js';

interface Params {
  paths: string[];
  'tracked-only'?: boolean;
  'only-if'?: string[];
}

export const filesExist = defineKind<Params>({
  kind: 'repo.files-exist',
  description:
    'Every glob matches at least one file in the repository (for example a README, a CHANGELOG, a Dockerfile).',
  params: strictObject(
    {
      paths: globList('Each must match at least one file.'),
      'tracked-only': {
        type: 'boolean',
        description: 'Count only files git tracks (default: also new, unignored files).',
      },
      'only-if': globList(
        'The item applies only when one of these matches a file (for example package.json for a Node.js item); skipped otherwise.',
      ),
    },
    ['paths'],
  ),
  async run(p, ctx) {
    const files = await presentFiles(ctx, p['tracked-only'] ?? false);
    const applies = p['only-if'] ? globMatcher(p['only-if'], { dot: true }) : undefined;
    if (applies && !files.some((f) => applies(f))) {
      return {
        status: 'skipped' as const,
        summary: `not applicable: no file matches ${(p['only-if'] ?? []).join(', ')}`,
      };
    }
    const found = p.paths.map((glob) => {
      const match = globMatcher(glob, { dot: true });
      return { glob, files: files.filter((f) => match(f)) };
    });
    const missing = found.filter((f) => f.files.length === 0).map((f) => f.glob);
    const evidence = { found: Object.fromEntries(found.map((f) => [f.glob, f.files.slice(0, 10)])), missing };
    if (missing.length > 0) {
      return { status: 'fail', summary: `missing: ${listSome(missing)}`, evidence };
    }
    const all = found.flatMap((f) => f.files);
    return {
      status: 'pass',
      summary: `${plural(new Set(all).size, 'file')} found: ${listSome([...new Set(all)], 3)}`,
      evidence,
    };
  },
});
