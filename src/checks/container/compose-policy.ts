import { globList, strictObject } from '../params.js';
import { defineKind, type CheckOutcome, type Finding } from '../types.js';
import { listSome, plural } from '../wording.js';
import { parseCompose, type ComposeService } from './compose-model.js';
import { judgeServices, type ComposeRules } from './compose-rules.js';
import { builtImages, COMPOSE_FILES, matchingFiles, notShipped, textOf } from './files.js';
import { parseImageRef } from './image-ref.js';

type Params = Partial<ComposeRules> & {
  files?: string[];
  exclude?: string[];
  'healthcheck-in-dockerfile'?: boolean;
  'shipped-only'?: boolean;
  'if-none'?: 'fail' | 'skip';
};

const NO_RULES = {
  'non-root': false,
  healthcheck: true,
  'multi-stage': false,
  pinned: false,
  'require-digest': false,
  'no-secrets': false,
};

export const composePolicy = defineKind<Params>({
  kind: 'compose.policy',
  description:
    'Every service of the Docker Compose files has a healthcheck and a restart policy, and no environment variable holds a default password.',
  scope: 'repo',
  params: strictObject({
    files: globList(
      'Compose files (default **/compose.yml, **/compose.yaml, **/docker-compose*.yml and .yaml).',
    ),
    exclude: globList('Files not checked (node_modules never is).'),
    healthcheck: { type: 'boolean', description: 'Every service has a healthcheck (default true).' },
    'healthcheck-in-dockerfile': {
      type: 'boolean',
      description: 'A HEALTHCHECK in the local Dockerfile a service builds from also counts (default false).',
    },
    restart: {
      type: 'boolean',
      description: 'Every service has a restart policy other than "no" (default true).',
    },
    pinned: {
      type: 'boolean',
      description:
        'Every image a service pulls has a tag other than latest, or a digest (default true; `${VAR}` tags are not judged).',
    },
    'shipped-only': {
      type: 'boolean',
      description:
        'Leave out compose files for development, tests or examples (by folder or name: docker-compose.dev.yml, test/, examples/, .devcontainer/); default false.',
    },
    'if-none': {
      enum: ['fail', 'skip'],
      description: "No compose file to judge: 'fail' (default) or 'skip'.",
    },
    'default-passwords': {
      type: 'boolean',
      description:
        'No secret-named environment entry holds a default or placeholder such as postgres, root, password, example or changeme (default true).',
    },
  }),
  async run(p, ctx): Promise<CheckOutcome> {
    const rules: ComposeRules = {
      healthcheck: p.healthcheck ?? true,
      restart: p.restart ?? true,
      'default-passwords': p['default-passwords'] ?? true,
      pinned: p.pinned ?? true,
    };
    const all = await matchingFiles(ctx, p.files ?? COMPOSE_FILES, p.exclude);
    const files = p['shipped-only'] ? all.filter((f) => !notShipped(f)) : all;
    if (files.length === 0) {
      const none =
        all.length > 0
          ? `no compose file for production: ${listSome(all, 3)} ${all.length === 1 ? 'is' : 'are'} for development, tests or examples`
          : `no compose file matches ${(p.files ?? COMPOSE_FILES).join(', ')}`;
      return {
        status: p['if-none'] === 'skip' ? 'skipped' : 'fail',
        summary: p['if-none'] === 'skip' ? `${none}: nothing to judge` : none,
        evidence: { files: [], notShipped: all },
      };
    }
    const dockerHealth = new Map<string, boolean>();
    const built = p['healthcheck-in-dockerfile'] ? await builtImages(ctx) : new Map<string, string>();
    const imageHealthcheck = async (s: ComposeService) => {
      // A service that pulls an image this repository publishes is judged with the Dockerfile it comes from.
      const dockerfile = s.dockerfile ?? (s.image ? built.get(parseImageRef(s.image.value).name) : undefined);
      if (!p['healthcheck-in-dockerfile'] || !dockerfile) return undefined;
      if (!dockerHealth.has(dockerfile)) {
        const text = await textOf(ctx, dockerfile);
        // The Dockerfile parser is loaded when a Dockerfile is read.
        const { judgeDockerfile } = await import('./dockerfile-rules.js');
        dockerHealth.set(dockerfile, text !== undefined && judgeDockerfile(text, NO_RULES).healthcheck);
      }
      return dockerHealth.get(dockerfile);
    };
    const findings: Finding[] = [];
    const perFile: Record<string, unknown> = {};
    const unreadable: string[] = [];
    for (const file of files) {
      ctx.signal.throwIfAborted();
      const text = await textOf(ctx, file);
      const parsed = text === undefined ? undefined : parseCompose(file, text);
      if (!parsed?.ok) {
        unreadable.push(file);
        const where = parsed ? { line: parsed.line, col: parsed.col } : {};
        findings.push({ file, ...where, message: parsed ? parsed.message : 'not a text file' });
        continue;
      }
      const known = new Map<string, boolean | undefined>();
      for (const s of parsed.services) known.set(s.name, await imageHealthcheck(s));
      const problems = judgeServices(parsed.services, rules, (s) => known.get(s.name));
      perFile[file] = {
        services: parsed.services.map((s) => ({
          name: s.name,
          healthcheck: s.healthcheck === 'set' || known.get(s.name) === true,
          restart: s.restart?.value ?? null,
          environment: s.environment.length,
          failed: [...new Set(problems.filter((x) => x.service === s.name).map((x) => x.rule))],
        })),
      };
      findings.push(...problems.map(({ line, col, message }) => ({ file, line, col, message })));
    }
    const evidence = {
      rules,
      files: perFile,
      unreadable,
      ...(p['shipped-only'] ? { notShipped: all.filter((f) => !files.includes(f)) } : {}),
    };
    if (findings.length === 0) {
      return {
        status: 'pass',
        summary: `${plural(files.length, 'compose file')} pass: ${listSome(files, 3)}`,
        evidence,
      };
    }
    return {
      status: 'fail',
      summary: `${plural(findings.length, 'problem')} in ${listSome([...new Set(findings.map((f) => f.file))], 3)}: ${listSome(
        findings.map((f) => f.message),
        2,
      )}`,
      evidence,
      findings,
    };
  },
});
