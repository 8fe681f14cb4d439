import type { CheckContext } from '../types.js';
import { fileNameMentionJob, mentions } from './mentions.js';
import { readText } from './read.js';

/** Dependencies that read a file of this name by themselves, so a repository using them uses the name. */
const LOADED_BY: Array<{ name: RegExp; packages: RegExp }> = [
  {
    name: /^\.env$/,
    packages:
      /^(?:dotenv|dotenv-flow|dotenv-cli|env-cmd|@next\/env|next|vite|nuxt|react-scripts|@remix-run\/dev|@vue\/cli-service|@nestjs\/config|astro|@sveltejs\/kit)$/,
  },
  {
    name: /^\.env\.(?:local|development|production|test)(?:\.local)?$/,
    packages:
      /^(?:dotenv-flow|@next\/env|next|vite|nuxt|react-scripts|@vue\/cli-service|astro|@sveltejs\/kit)$/,
  },
];

/**
 * Which of the file names (`.env`, `.env.local`) the repository uses: a file of that name is present, a
 * tracked text file mentions it (the read pass's `fileNameMentionJob`), or a dependency in a package.json
 * loads it.
 */
export async function usedNames(ctx: CheckContext, names: string[], present: string[]): Promise<Set<string>> {
  const baseOf = (f: string) => f.slice(f.lastIndexOf('/') + 1);
  const used = await mentions(ctx, fileNameMentionJob(names), names);
  for (const f of present) if (names.includes(baseOf(f))) used.add(baseOf(f));
  if (used.size === names.length) return used;
  const manifests = (await ctx.git.trackedFiles()).filter(
    (f) => baseOf(f) === 'package.json' && !f.includes('node_modules/'),
  );
  for (const file of manifests) {
    ctx.signal?.throwIfAborted();
    const text = await readText(ctx.repoDir, file).catch(() => undefined);
    if (text === undefined) continue;
    for (const dep of dependencies(text)) {
      for (const rule of LOADED_BY) {
        if (!rule.packages.test(dep)) continue;
        for (const n of names) if (rule.name.test(n)) used.add(n);
      }
    }
  }
  return used;
}

function dependencies(text: string): string[] {
  try {
    const pkg = JSON.parse(text) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) =>
      pkg[k] && typeof pkg[k] === 'object' ? Object.keys(pkg[k] as object) : [],
    );
  } catch {
    return [];
  }
}
