import { repoGlobMatcher } from '../../util/glob.js';
import { parse as parseYaml } from 'yaml';
import { readText } from './read.js';
import type { CheckContext } from '../types.js';

/**
 * The package.json files of the workspaces a repository declares: npm and Yarn (`workspaces` as a list, or
 * `{ packages }`) and pnpm (`packages` in pnpm-workspace.yaml). Negated patterns (`!apps/legacy`) leave
 * packages out. Only tracked files count; node_modules never does.
 */
export async function workspacePackages(ctx: Pick<CheckContext, 'repoDir' | 'git'>): Promise<string[]> {
  const patterns: string[] = [];
  const pkg = await readText(ctx.repoDir, 'package.json').catch(() => undefined);
  if (pkg) {
    try {
      const ws = (JSON.parse(pkg) as { workspaces?: unknown }).workspaces;
      const list = Array.isArray(ws) ? ws : (ws as { packages?: unknown } | undefined)?.packages;
      if (Array.isArray(list)) patterns.push(...list.filter((x): x is string => typeof x === 'string'));
    } catch {
      /* not JSON: no workspaces declared there */
    }
  }
  const pnpm = await readText(ctx.repoDir, 'pnpm-workspace.yaml').catch(() => undefined);
  if (pnpm) {
    try {
      const list = (parseYaml(pnpm) as { packages?: unknown } | null)?.packages;
      if (Array.isArray(list)) patterns.push(...list.filter((x): x is string => typeof x === 'string'));
    } catch {
      /* not YAML: none */
    }
  }
  const include = patterns.filter((x) => !x.startsWith('!')).map(packageGlob);
  const exclude = patterns.filter((x) => x.startsWith('!')).map((x) => packageGlob(x.slice(1)));
  if (include.length === 0) return [];
  // The repository's own globs: matched in linear time; one that cannot run is left out.
  const inc = repoGlobMatcher(include, { dot: false }).match;
  const exc = repoGlobMatcher(exclude).match;
  return (await ctx.git.trackedFiles())
    .filter((f) => f !== 'package.json' && !f.includes('node_modules/') && inc(f) && !exc(f))
    .sort();
}

const packageGlob = (pattern: string) => `${pattern.replace(/^\.\//, '').replace(/\/+$/, '')}/package.json`;
