import { globList, strictObject } from '../params.js';
import { defineKind } from '../types.js';
import { pathFilter } from './globs.js';
import { listSome, plural } from '../wording.js';
import { presentFiles } from './present.js';

interface Params {
  paths: string[];
  except?: string[];
  'tracked-only'?: boolean;
}

export const filesAbsent = defineKind<Params>({
  kind: 'repo.files-absent',
  description: 'No file in the repository matches the globs (for example backups, dumps or debug files).',
  params: strictObject(
    {
      paths: globList('No file may match these.'),
      except: globList('Files allowed even though they match.'),
      'tracked-only': {
        type: 'boolean',
        description: 'Look only at files git tracks (default: also new, unignored files).',
      },
    },
    ['paths'],
  ),
  async run(p, ctx) {
    const present = (await presentFiles(ctx, p['tracked-only'] ?? false)).filter(
      pathFilter(p.paths, p.except),
    );
    if (present.length === 0)
      return { status: 'pass', summary: `no file matches ${p.paths.join(', ')}`, evidence: { found: [] } };
    return {
      status: 'fail',
      summary: `${plural(present.length, 'file')} should not be here: ${listSome(present)}`,
      evidence: { found: present.slice(0, 50) },
      findings: present
        .slice(0, 50)
        .map((file) => ({ file, line: 1, message: `file must not exist (matches ${p.paths.join(', ')})` })),
    };
  },
});
