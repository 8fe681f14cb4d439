import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { globList, strictObject } from '../params.js';
import { defineKind, type Finding } from '../types.js';
import { pathFilter, samplePaths } from './globs.js';
import { listSome, plural } from '../wording.js';
import { fileNameMentionJob } from './mentions.js';
import { usedNames } from './name-usage.js';

const baseName = (file: string) => file.slice(file.lastIndexOf('/') + 1);

interface Params {
  paths: string[];
  except?: string[];
  'must-be-ignored'?: boolean | 'when-used';
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
        enum: [true, false, 'when-used'],
        description:
          "Also require .gitignore to cover them (default true); 'when-used': only names the repository uses (a file of that name exists, a tracked file mentions it, or a dependency loads it, as dotenv loads .env and Vite or Next.js load .env.local).",
      },
    },
    ['paths'],
  ),
  content: (p) => (p['must-be-ignored'] === 'when-used' ? [fileNameMentionJob(sampledNames(p))] : []),
  async run(p, ctx) {
    const keep = pathFilter(p.paths, p.except);
    // A committed symbolic link (backend/.env → ../.env) holds a path, not the file's contents.
    const matching = (await ctx.git.trackedFiles()).filter(keep);
    const links = new Set(
      (
        await Promise.all(
          matching.map(async (f) =>
            (await lstat(path.join(ctx.repoDir, f)).catch(() => undefined))?.isSymbolicLink() ? f : '',
          ),
        )
      ).filter((f) => f !== ''),
    );
    const tracked = matching.filter((f) => !links.has(f));
    const findings: Finding[] = tracked.map((file) => ({
      file,
      line: 1,
      message: 'this file is committed; remove it from git and rotate what it holds',
    }));
    let unignored: string[] = [];
    let uncovered: string[] = [];
    const mode = p['must-be-ignored'] ?? true;
    let unused: string[] = [];
    if (mode !== false) {
      const untrackedNow = await ctx.git.untrackedFiles();
      unignored = untrackedNow.filter(keep);
      let samples = sampled(p);
      if (mode === 'when-used') {
        const used = await usedNames(ctx, sampledNames(p), [...tracked, ...untrackedNow]);
        unused = [...new Set(samples.map(baseName).filter((b) => !used.has(b)))];
        samples = samples.filter((s) => used.has(baseName(s)));
      }
      const ignored = await ctx.git.ignored(samples);
      uncovered = samples.filter((s) => !ignored.has(s));
    }
    const evidence = {
      tracked,
      unignored,
      notCoveredByGitignore: uncovered,
      ...(mode === 'when-used' ? { notUsed: unused } : {}),
      ...(links.size > 0 ? { symlinksNotCounted: [...links] } : {}),
    };
    const problems: string[] = [];
    if (tracked.length > 0)
      problems.push(`${plural(tracked.length, 'file')} committed: ${listSome(tracked)}`);
    if (unignored.length > 0)
      problems.push(`${plural(unignored.length, 'file')} not ignored: ${listSome(unignored)}`);
    if (uncovered.length > 0) problems.push(`.gitignore does not cover ${listSome(uncovered)}`);
    if (problems.length === 0) {
      const covered =
        mode === false
          ? ''
          : unused.length > 0 && mode === 'when-used'
            ? `, and .gitignore covers the names the repository uses (${listSome(unused)} ${unused.length === 1 ? 'is' : 'are'} never used)`
            : `, and .gitignore covers ${p.paths.join(', ')}`;
      return { status: 'pass', summary: `none tracked${covered}`, evidence };
    }
    return { status: 'fail', summary: problems.join('; '), evidence, findings };
  },
});

/** Paths the globs would match, to ask git whether .gitignore covers them. */
function sampled(p: Params): string[] {
  const keep = pathFilter(p.paths, p.except);
  return [...new Set(p.paths.flatMap(samplePaths).filter((s) => keep(s)))];
}

/** The file names of those paths (`.env`, `.env.local`), whose use in the repository is looked for. */
function sampledNames(p: Params): string[] {
  return [...new Set(sampled(p).map(baseName))];
}
