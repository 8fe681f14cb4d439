import { defaultRegistry } from '../checks/registry.js';
import { loadChecklist, MAX_EXTENDS_FILES, type LoadResult } from '../definition/load.js';
import { definitionReaderAt } from '../io/at-commit.js';
import { builtinNames } from '../io/files.js';

/** Reads one file of the repository as it is at a fixed commit (git, or GitHub's contents API). */
export type ReadAtCommit = (rel: string) => Promise<string | { error: string }>;

/**
 * Loads a definition as it is at a commit: the loader asks for files, the ones it could not have yet are
 * read at the commit, and it runs again until it asks for nothing new. Each round reads at least one new
 * file and the loader reads at most MAX_EXTENDS_FILES (cycles and chains deeper than MAX_EXTENDS_DEPTH
 * are its diagnostics), so the rounds are bounded whatever the chain.
 */
export async function loadDefinitionAt(
  read: ReadAtCommit,
  cwd: string,
  entry: string,
  env: Readonly<Record<string, string | undefined>>,
  targets: Record<string, string>,
  /** Files already read at the commit (the entry, usually), by path relative to `cwd`. */
  known: ReadonlyMap<string, string> = new Map(),
): Promise<LoadResult> {
  const files = new Map<string, string | { error: string }>(known);
  for (let round = 0; ; round += 1) {
    const missing = new Set<string>();
    const result = loadChecklist(entry, {
      readFile: definitionReaderAt(cwd, files, (rel) => missing.add(rel)),
      registry: defaultRegistry,
      builtins: builtinNames(),
      env,
      targetOverrides: targets,
    });
    if (missing.size === 0 || round > MAX_EXTENDS_FILES) return result;
    for (const rel of missing) files.set(rel, await read(rel));
  }
}
