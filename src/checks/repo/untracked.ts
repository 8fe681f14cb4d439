import { globList, strictObject } from '../params.js';
import { defineKind, type Finding } from '../types.js';
import { pathFilter, samplePaths } from './globs.js';
import { listSome, plural } from '../wording.js';

interface Params {
  paths: string[];
  except?: string[];
  'must-be-ignored'?: boolean;
}

export const untracked = defineKind<Params>({
  kind: 'repo.untracked',
  description:
    'No file matching the globs is tracked by git, and .gitignore covers them so a `git add .` cannot commit one (for example .env files).',
  params: strictObject(
    {
      paths: globList('Files that must never be committed.'),
      except: globList('Files that may be committed even though they match (for example .env.example).'),
      'must-be-ignored': {
        type: 'boolean',
        description: 'Also require .gitignore to cover them (default true).',
      },
    },
    ['paths'],
  ),
  async run(p, ctx) {
    const keep = pathFilter(p.paths, p.except);
    const tracked = (await ctx.git.trackedFiles()).filter(keep);
    const findings: Finding[] = tracked.map((file) => ({
      file,
      line: 1,
      message: 'this file is committed; remove it from git and rotate what it holds',
    }));
    let unignored: string[] = [];
    let uncovered: string[] = [];
    if (p['must-be-ignored'] ?? true) {
      unignored = (await ctx.git.untrackedFiles()).filter(keep);
      const samples = [...new Set(p.paths.flatMap(samplePaths).filter((s) => keep(s)))];
      const ignored = await ctx.git.ignored(samples);
      uncovered = samples.filter((s) => !ignored.has(s));
    }
    const evidence = { tracked, unignored, notCoveredByGitignore: uncovered };
    const problems: string[] = [];
    if (tracked.length > 0)
      problems.push(`${plural(tracked.length, 'file')} committed: ${listSome(tracked)}`);
    if (unignored.length > 0)
      problems.push(`${plural(unignored.length, 'file')} not ignored: ${listSome(unignored)}`);
    if (uncovered.length > 0) problems.push(`.gitignore does not cover ${listSome(uncovered)}`);
    if (problems.length === 0) {
      return {
        status: 'pass',
        summary: `none tracked, and .gitignore covers ${p.paths.join(', ')}`,
        evidence,
      };
    }
    return { status: 'fail', summary: problems.join('; '), evidence, findings };
  },
});
