import { pathFilter } from '../repo/globs.js';
import { presentFiles } from '../repo/present.js';
import { readText } from '../repo/read.js';
import type { CheckContext } from '../types.js';
import { parseCompose, type ComposeService } from './compose-model.js';

export const DOCKERFILES = ['**/Dockerfile', '**/Dockerfile.*', '**/*.Dockerfile', '**/*.dockerfile'];
export const COMPOSE_FILES = [
  '**/compose.yml',
  '**/compose.yaml',
  '**/compose.*.yml',
  '**/compose.*.yaml',
  '**/docker-compose*.yml',
  '**/docker-compose*.yaml',
];
const ALWAYS_EXCLUDED = ['**/node_modules/**'];

/** Files of the repository (tracked, or new and not ignored) matching the globs. */
export async function matchingFiles(
  ctx: CheckContext,
  include: string[],
  exclude: string[] = [],
): Promise<string[]> {
  return (await presentFiles(ctx, false)).filter(pathFilter(include, [...ALWAYS_EXCLUDED, ...exclude]));
}

/** Text of a repository file, or undefined when it is missing or binary. */
export async function textOf(ctx: CheckContext, file: string): Promise<string | undefined> {
  return readText(ctx.repoDir, file).catch(() => undefined);
}

/** Every service of the repository's compose files, with the file it is in; unreadable files are skipped. */
export async function composeServices(
  ctx: CheckContext,
): Promise<Array<{ file: string; service: ComposeService }>> {
  const out: Array<{ file: string; service: ComposeService }> = [];
  for (const file of await matchingFiles(ctx, COMPOSE_FILES)) {
    const text = await textOf(ctx, file);
    const parsed = text === undefined ? undefined : parseCompose(file, text);
    if (parsed?.ok) out.push(...parsed.services.map((service) => ({ file, service })));
  }
  return out;
}
