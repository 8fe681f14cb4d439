import type { CheckContext } from '../types.js';

/** Files a commit of the work tree would contain: tracked ones plus untracked ones that are not ignored. */
export async function presentFiles(ctx: CheckContext, trackedOnly: boolean): Promise<string[]> {
  const tracked = await ctx.git.trackedFiles();
  if (trackedOnly) return tracked;
  return [...tracked, ...(await ctx.git.untrackedFiles())].sort();
}
