import { pathFilter } from '../repo/globs.js';
import { presentFiles } from '../repo/present.js';
import { readText } from '../repo/read.js';
import type { CheckContext } from '../types.js';
import { parseCompose, type ComposeService } from './compose-model.js';
import { parseImageRef } from './image-ref.js';

export const DOCKERFILES = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/dockerfile',
  '**/*.Dockerfile',
  '**/*.dockerfile',
];

/** Folders whose Dockerfiles and compose files are for development, tests or examples, not for shipping. */
const NOT_SHIPPED_DIRS =
  /(?:^|\/)(?:\.devcontainer|\.github|dev|test|tests|__tests__|e2e|cypress|playwright|fixtures|examples?|samples?|docs?|scripts|tools|tooling|extra)\//i;
/** Names of images that are not the one that ships: bases and builders, development and test images. */
const NOT_SHIPPED_NAME =
  /(?:^|[./_-])(?:base|builder|build-env|dev|devel|development|test|tests|ci|local)(?:[./_-]|$)/i;

/** Whether a Dockerfile or compose file is, by where it lives and what it is called, not for production. */
export function notShipped(file: string): boolean {
  return NOT_SHIPPED_DIRS.test(file) || NOT_SHIPPED_NAME.test(stemOf(file));
}

/** A Dockerfile's or compose file's name without the words every such file has. */
function stemOf(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return name.replace(/^(?:docker-)?compose\b|^Dockerfile\b|\.?dockerfile$/gi, '');
}

/**
 * The Dockerfiles whose images ship. The ones the CI workflows build (`docker build -f FILE`, a build
 * action's `file:`) when any is named; else the root Dockerfile; else every Dockerfile not set apart as a
 * base, builder, development or test image. `all` is every Dockerfile, for the evidence.
 */
export async function shippedDockerfiles(
  ctx: CheckContext,
  include: string[] = DOCKERFILES,
  exclude: string[] = [],
): Promise<{ all: string[]; shipped: string[]; how: string }> {
  const all = await matchingFiles(ctx, include, exclude);
  const candidates = all.filter((f) => !notShipped(f));
  // What CI and the release scripts build ships, wherever it lives (a dev/build/ folder too).
  const built = new Set<string>();
  const sources = [
    '.github/workflows/*.{yml,yaml}',
    '.gitlab-ci.yml',
    'azure-pipelines.yml',
    '.circleci/config.yml',
  ];
  for (const wf of await matchingFiles(ctx, sources)) {
    const text = (await textOf(ctx, wf)) ?? '';
    for (const m of text.matchAll(/(?:\s-f\s+|--file[=\s]+|\bfile:\s*|\bdockerfile:\s*)['"]?([^\s'"]+)/gi)) {
      const named = (m[1] as string).replace(/^\.\//, '');
      if (all.includes(named) && !NOT_SHIPPED_NAME.test(stemOf(named))) built.add(named);
    }
  }
  if (built.size > 0) return { all, shipped: [...built].sort(), how: 'built by the CI workflows' };
  const root = candidates.filter((f) => /^(?:Dockerfile|dockerfile)$/.test(f));
  if (root.length > 0) return { all, shipped: root, how: 'the root Dockerfile' };
  return {
    all,
    shipped: candidates,
    how: 'Dockerfiles not set apart as base, builder, development or test images',
  };
}
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

/**
 * Images the repository builds itself, by name (no tag) → the Dockerfile: `docker build -f FILE -t NAME:TAG`
 * in package.json scripts and CI workflows, so a compose service that pulls the published image is judged
 * with the Dockerfile it comes from. When several Dockerfiles build images of one name (base, builder and
 * release tags), the first that is not set apart as a base, builder or development image is the one.
 */
export async function builtImages(ctx: CheckContext): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const texts: string[] = [];
  const pkg = await textOf(ctx, 'package.json');
  if (pkg) {
    try {
      const scripts = (JSON.parse(pkg) as { scripts?: Record<string, unknown> }).scripts ?? {};
      texts.push(...Object.values(scripts).filter((v): v is string => typeof v === 'string'));
    } catch {
      /* not JSON */
    }
  }
  for (const wf of await matchingFiles(ctx, ['.github/workflows/*.{yml,yaml}'])) {
    texts.push(...((await textOf(ctx, wf)) ?? '').split('\n'));
  }
  for (const line of texts) {
    const file = /\s(?:-f|--file)[=\s]+['"]?([^\s'"]+)/.exec(line)?.[1]?.replace(/^\.\//, '');
    if (!file) continue;
    for (const m of line.matchAll(/\s(?:-t|--tag)[=\s]+['"]?([^\s'"]+)/g)) {
      const name = parseImageRef(m[1] as string).name;
      // One name, several Dockerfiles (a base image, a builder, the release): the one that ships wins.
      const known = out.get(name);
      if (known === undefined || (notShipped(known) && !notShipped(file))) out.set(name, file);
    }
  }
  return out;
}
